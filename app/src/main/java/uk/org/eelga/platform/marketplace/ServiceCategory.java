package uk.org.eelga.platform.marketplace;

/** What kind of commercial service a listing offers. */
public enum ServiceCategory {
    HR("HR and payroll"),
    LEGAL("Legal services"),
    FINANCE("Finance and audit"),
    ICT("ICT and digital"),
    PROCUREMENT("Procurement"),
    PROPERTY("Property and building control"),
    PLANNING("Planning"),
    WASTE("Waste and environmental services"),
    TRAINING("Training and development"),
    OTHER("Other");

    private final String label;

    ServiceCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
