package uk.org.eelga.platform.marketplace;

import uk.org.eelga.tenancy.Refusal;

/** No such listing or enquiry, or not one the caller's council may see. */
public class MarketplaceNotFound extends Refusal {

    public MarketplaceNotFound() {
        super(Kind.NOT_FOUND, "not-found", "No such listing or enquiry");
    }
}
