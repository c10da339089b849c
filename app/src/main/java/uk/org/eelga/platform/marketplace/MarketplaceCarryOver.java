package uk.org.eelga.platform.marketplace;

import jakarta.inject.Singleton;
import java.util.List;
import uk.org.eelga.tenancy.merge.CarriedKind;
import uk.org.eelga.tenancy.merge.CouncilMergeListener;
import uk.org.eelga.tenancy.merge.CouncilMerged;
import uk.org.eelga.tenancy.merge.OpenItemCarrier;

/**
 * When councils merge, a predecessor's live listings become the successor's (the marketplace shows only active
 * councils' listings, so they would otherwise vanish), and its open enquiries too, so the successor can agree or
 * close them. An enquiry made to the successor itself stays the predecessor's history (a council does not trade
 * with itself). Withdrawn listings and agreed or closed trades are history and stay, read through the lineage.
 */
@Singleton
class MarketplaceCarryOver implements CouncilMergeListener {

    private static final String LIVE_LISTINGS =
            "select id from marketplace_listing where tenant_id = ? and withdrawn_on is null order by id";
    // runs bound to the successor (OpenItemCarrier), so app_current_tenant() is the successor here
    private static final String OPEN_ENQUIRIES = "select id from marketplace_trade where tenant_id = ?"
            + " and status = 'ENQUIRY' and seller_id <> app_current_tenant() order by id";

    private final OpenItemCarrier carrier;

    MarketplaceCarryOver(OpenItemCarrier carrier) {
        this.carrier = carrier;
    }

    @Override
    public void councilsMerged(CouncilMerged merge) {
        carrier.moveFromEach(
                merge,
                CarriedKind.MARKETPLACE_LISTING,
                LIVE_LISTINGS,
                List.of("update marketplace_listing set tenant_id = ? where id = any(?)"));
        carrier.moveFromEach(
                merge,
                CarriedKind.MARKETPLACE_ENQUIRY,
                OPEN_ENQUIRIES,
                List.of("update marketplace_trade set tenant_id = ? where id = any(?)"));
    }
}
