package uk.org.eelga.platform.marketplace;

import uk.org.eelga.tenancy.Refusal;

/** A marketplace step the rules do not allow; nothing was changed. "not-allowed" is 403, "decided" 409, else 422. */
public class MarketplaceRefused extends Refusal {

    public MarketplaceRefused(String code, String message) {
        super(
                switch (code) {
                    case "not-allowed" -> Kind.FORBIDDEN;
                    case "decided" -> Kind.CONFLICT;
                    default -> Kind.UNPROCESSABLE;
                },
                code,
                message);
    }
}
