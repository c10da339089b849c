package uk.org.eelga.platform.marketplace;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.List;
import uk.org.eelga.platform.framework.live.LiveMeasureKind;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.platform.framework.live.SqlMeasureKind;

/** The marketplace's figures for the performance framework, each with the records behind it. */
@Factory
class MarketplaceMeasures {

    static final String NOT_OPEN = "no service listed on the marketplace yet";

    /**
     * "Proportion of councils who engage with the Marketplace as either a Seller or Buyer" (2019-20, 33%): member
     * councils that, in the period, had a service listed (a seller), made an enquiry or agreed a trade as buyer, or
     * received an enquiry as seller; of all member councils. Before any service was listed there is no figure.
     */
    @Singleton
    LiveMeasureKind engaged() {
        return new SqlMeasureKind(
                Marketplace.ENGAGED_KIND,
                "Councils engaged with the marketplace as seller or buyer",
                "Member councils with a service listed, or an enquiry made or received, in the period; as a share"
                        + " of all members.",
                List.of(),
                "select c.id, c.name, case when not exists (select 1 from marketplace_listing l where l.listed_on <= ?)"
                        + " then '" + NOT_OPEN + "' when x.listed + x.made + x.received = 0 then 'not engaged'"
                        + " else concat_ws('; ', case when x.listed > 0 then x.listed || ' service(s) listed' end,"
                        + "  case when x.made > 0 then x.made || ' enquiry(ies) made as buyer' end,"
                        + "  case when x.received > 0 then x.received || ' enquiry(ies) received as seller' end) end,"
                        + " x.listed + x.made + x.received > 0"
                        + " from council c cross join lateral (select"
                        + "  (select count(*) from marketplace_listing l where l.tenant_id = c.id and l.listed_on <= ?"
                        + "    and (l.withdrawn_on is null or l.withdrawn_on >= ?)) as listed,"
                        + "  (select count(*) from marketplace_trade t where t.tenant_id = c.id and t.enquired_at >= ?"
                        + "    and t.enquired_at < ?) as made,"
                        + "  (select count(*) from marketplace_trade t where t.seller_id = c.id and t.enquired_at >= ?"
                        + "    and t.enquired_at < ?) as received) x"
                        + " where c.status in ('ACTIVE', 'SUSPENDED') order by c.name",
                (query, scope) -> List.of(
                        query.lastDay(),
                        query.lastDay(),
                        query.firstDay(),
                        query.from(),
                        query.to(),
                        query.from(),
                        query.to()),
                (records, query, scope) ->
                        records.stream().allMatch(r -> r.detail().equals(NOT_OPEN))
                                ? MeasureResult.share(0, 0, List.of())
                                : SqlMeasureKind.share(records));
    }

    /** Trades agreed through the marketplace in the period (buyer, seller, value). */
    @Singleton
    LiveMeasureKind trades() {
        return new SqlMeasureKind(
                "marketplace-trades",
                "Trades agreed through the marketplace",
                "Trades between member councils agreed in the period, as recorded by the buying council.",
                List.of(),
                "select t.tenant_id, b.name || ' bought ' || t.listing_title || ' from ' || s.name,"
                        + " 'agreed ' || to_char(t.agreed_on, 'FMDD FMMonth YYYY') || ', £' || to_char(t.value_pence / 100.0,"
                        + " 'FM999,999,999,990.00'), true"
                        + " from marketplace_trade t join council b on b.id = t.tenant_id join council s on s.id = t.seller_id"
                        + " where t.status = 'AGREED' and t.agreed_on between ? and ? order by t.agreed_on, t.id",
                (query, scope) -> List.of(query.firstDay(), query.lastDay()),
                SqlMeasureKind.COUNTED);
    }
}
