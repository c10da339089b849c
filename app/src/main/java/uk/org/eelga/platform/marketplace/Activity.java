package uk.org.eelga.platform.marketplace;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A member council's marketplace activity in a financial year: services listed during it, enquiries made and
 * received, trades agreed as buyer and as seller with their value in pence. Engaged: listed, bought or sold.
 */
@Serdeable
public record Activity(
        String councilId,
        String councilName,
        long listings,
        long enquiriesMade,
        long enquiriesReceived,
        long tradesBought,
        long boughtPence,
        long tradesSold,
        long soldPence) {

    public boolean engaged() {
        return listings > 0 || enquiriesMade > 0 || enquiriesReceived > 0;
    }
}
