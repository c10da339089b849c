package uk.org.eelga.platform.marketplace;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import uk.org.eelga.tenancy.export.CouncilExportPart;

/**
 * The council's data export already holds its own listings and the enquiries it made (its rows); this adds the
 * enquiries and trades other councils made on its listings, which are the buyers' rows.
 */
@Factory
class MarketplaceExport {

    @Singleton
    CouncilExportPart enquiriesReceived() {
        return new CouncilExportPart(
                "marketplace_enquiries_received",
                "select * from marketplace_enquiries_received() where seller_id = ? order by enquired_at, id");
    }
}
