package uk.org.eelga.platform.communications;

/** What a communication is about; lets figures count, say, infrastructure lobbying letters. */
public enum Topic {
    GENERAL("General"),
    INFRASTRUCTURE("Infrastructure"),
    HOUSING("Housing"),
    FINANCE("Local government finance"),
    WORKFORCE("Workforce and HR"),
    HEALTH_CARE("Health and social care"),
    EUROPE("Europe and leaving the EU");

    private final String label;

    Topic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
