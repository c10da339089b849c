package uk.org.eelga.platform.billing;

/**
 * Where an invoice is. The rank orders them so webhooks that arrive late or twice never move an invoice back:
 * a paid or voided invoice stays so, an open one never returns to draft.
 */
public enum InvoiceStatus {
    PENDING("Not sent yet", 0),
    DRAFT("Draft", 1),
    OPEN("Open", 2),
    PAYMENT_FAILED("Payment failed", 3),
    PAID("Paid", 5),
    VOID("Void", 5);

    private final String label;
    private final int rank;

    InvoiceStatus(String label, int rank) {
        this.label = label;
        this.rank = rank;
    }

    public String label() {
        return label;
    }

    public boolean isFinal() {
        return rank == 5;
    }

    /** Whether an event saying {@code next}, created at {@code nextAt}, may replace this status set at {@code at}. */
    boolean mayBecome(InvoiceStatus next, java.time.Instant at, java.time.Instant nextAt) {
        if (isFinal() || next == this) {
            return false;
        }
        return next.rank > rank || (next.rank == rank && nextAt.isAfter(at));
    }

    static InvoiceStatus fromStripe(String status) {
        switch (status) {
            case "draft":
                return DRAFT;
            case "open":
                return OPEN;
            case "paid":
                return PAID;
            case "void":
            case "uncollectible":
                return VOID;
            default:
                throw new IllegalArgumentException("Unknown Stripe invoice status " + status);
        }
    }
}
