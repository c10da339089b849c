package uk.org.eelga.platform.framework;

/** Whether an action is part of the core (subscription) service or a commercial (Talent Bank) one. */
public enum ServiceArea {
    CORE("Core service"),
    COMMERCIAL("Commercial service");

    private final String label;

    ServiceArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
