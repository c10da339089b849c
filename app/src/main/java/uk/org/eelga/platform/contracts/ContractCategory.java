package uk.org.eelga.platform.contracts;

/** What a contract buys, for searching the register and spotting councils that could buy together. */
public enum ContractCategory {
    CONSTRUCTION("Construction and building works"),
    FACILITIES("Facilities management"),
    ICT("ICT and digital"),
    SOCIAL_CARE("Social care"),
    WASTE("Waste and recycling"),
    TRANSPORT("Transport and fleet"),
    ENERGY("Energy and utilities"),
    PROFESSIONAL("Professional services"),
    HIGHWAYS("Highways"),
    OTHER("Other");

    private final String label;

    ContractCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
