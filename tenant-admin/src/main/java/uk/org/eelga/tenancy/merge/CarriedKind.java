package uk.org.eelga.tenancy.merge;

/** The kinds of open item a merge carries to the successor (the {@code merge_carried_item.item_kind} values). */
public enum CarriedKind {
    COACHING_BOOKING("coaching places"),
    APPRAISAL_REQUEST("appraisal support requests"),
    TALENT_BANK_REQUEST("Talent Bank requests"),
    INVOICE("invoices"),
    EVENT_REGISTRATION("event registrations"),
    MARKETPLACE_LISTING("marketplace listings"),
    MARKETPLACE_ENQUIRY("marketplace enquiries"),
    COMMUNICATION_SUBSCRIPTION("email subscriptions");

    private final String label;

    CarriedKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
