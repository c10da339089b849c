package uk.org.eelga.platform.marketplace;

/** Where an enquiry stands: open, agreed as a trade, or closed without one. */
public enum TradeStatus {
    ENQUIRY("Enquiry made"),
    AGREED("Trade agreed"),
    NO_TRADE("Closed without a trade");

    private final String label;

    TradeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
