package uk.org.eelga.platform.epaycheck;

import uk.org.eelga.tenancy.Refusal;

/**
 * An ePayCheck step the rules do not allow; nothing was changed. "not-allowed", "not-subscribed" and "suspended"
 * are 403, "already-subscribed" 409, bad details 422.
 */
public class EpayCheckRefused extends Refusal {

    public EpayCheckRefused(String code, String message) {
        super(kindOf(code), code, message);
    }

    private static Kind kindOf(String code) {
        return switch (code) {
            case "not-allowed", "not-subscribed", "suspended" -> Kind.FORBIDDEN;
            case "already-subscribed" -> Kind.CONFLICT;
            default -> Kind.UNPROCESSABLE;
        };
    }
}
