package uk.org.eelga.platform.epaycheck;

/** The job families ePayCheck collects pay for (the seed's priority data projects name them). */
public enum JobFamily {
    CHIEF_OFFICERS("Chief officers"),
    ADULT_SERVICES("Adult services"),
    CHILDRENS_SERVICES("Children's services"),
    PLANNING("Planning"),
    BUILDING_CONTROL("Building control"),
    ENGINEERING("Engineering"),
    IT("IT"),
    PROCUREMENT("Procurement"),
    LEGAL("Legal services"),
    ENVIRONMENTAL_HEALTH("Environmental health"),
    FINANCE("Financial management and accountancy"),
    HR("Human resources");

    private final String label;

    JobFamily(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
