package uk.org.eelga.platform.marketplace;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.rls.AssociationWideRead;

/**
 * The Local Government Marketplace. A council's people list the services it sells and withdraw them, see the other
 * councils' live listings (through the database function), enquire about one and record the trade agreed or that
 * none came of it; they see the enquiries made to their council. Staff see every council's activity through the
 * audited association-wide read.
 */
@Singleton
public class Marketplace {

    public static final int TITLE_MAX = Text.NAME;
    public static final int TEXT_MAX = 2000;

    /** The largest trade value accepted, in pence (£1,000,000,000,000). */
    public static final long VALUE_MAX_PENCE = 100_000_000_000_000L;

    static final String ACTIVITY = "select c.id, c.name,"
            + " (select count(*) from marketplace_listing l where l.tenant_id = c.id and l.listed_on <= ?"
            + "   and (l.withdrawn_on is null or l.withdrawn_on >= ?)) as listings,"
            + " (select count(*) from marketplace_trade t where t.tenant_id = c.id and t.enquired_at >= ?"
            + "   and t.enquired_at < ?) as made,"
            + " (select count(*) from marketplace_trade t where t.seller_id = c.id and t.enquired_at >= ?"
            + "   and t.enquired_at < ?) as received,"
            + " (select count(*) from marketplace_trade t where t.tenant_id = c.id and t.status = 'AGREED'"
            + "   and t.agreed_on between ? and ?) as bought,"
            + " (select coalesce(sum(t.value_pence), 0) from marketplace_trade t where t.tenant_id = c.id"
            + "   and t.status = 'AGREED' and t.agreed_on between ? and ?) as bought_pence,"
            + " (select count(*) from marketplace_trade t where t.seller_id = c.id and t.status = 'AGREED'"
            + "   and t.agreed_on between ? and ?) as sold,"
            + " (select coalesce(sum(t.value_pence), 0) from marketplace_trade t where t.seller_id = c.id"
            + "   and t.status = 'AGREED' and t.agreed_on between ? and ?) as sold_pence"
            + " from council c where c.status in ('ACTIVE', 'SUSPENDED') order by c.name";

    /** The code of the live measure kind of councils engaged ({@link MarketplaceMeasures}). */
    public static final String ENGAGED_KIND = "marketplace-engaged";

    private final MarketplaceSteps steps;
    private final JdbcOperations jdbc;
    private final AssociationWideRead wideRead;
    private final Clock clock;

    Marketplace(MarketplaceSteps steps, JdbcOperations jdbc, AssociationWideRead wideRead, Clock clock) {
        this.steps = steps;
        this.jdbc = jdbc;
        this.wideRead = wideRead;
        this.clock = clock;
    }

    public LocalDate today() {
        return UkTime.today(clock);
    }

    // ---- the selling council

    public Listing list(Caller person, ListingDetails details) {
        own(person);
        long id = steps.list(person, checked(details));
        return ourListing(id);
    }

    public Listing withdraw(Caller person, long id) {
        own(person);
        steps.withdraw(person, id);
        return ourListing(id);
    }

    @ReadOnly
    public List<Listing> ourListings() {
        String council = CurrentTenant.require().value();
        return jdbc.execute(connection -> listings(
                connection,
                "select l.*, l.tenant_id as council_id, c.name as council_name from marketplace_listing l join council c on c.id = l.tenant_id"
                        + " where l.tenant_id = ? order by l.withdrawn_on nulls first, l.listed_on desc, l.id desc",
                council));
    }

    @ReadOnly
    public Listing ourListing(long id) {
        String council = CurrentTenant.require().value();
        return jdbc
                .execute(connection -> listings(
                        connection,
                        "select l.*, l.tenant_id as council_id, c.name as council_name from marketplace_listing l join council c"
                                + " on c.id = l.tenant_id where l.tenant_id = ? and l.id = ?",
                        council,
                        id))
                .stream()
                .findFirst()
                .orElseThrow(MarketplaceNotFound::new);
    }

    /** The enquiries and trades on the council's own listings (the buyers are named). */
    @ReadOnly
    public List<Trade> enquiriesReceived(Caller person) {
        own(person);
        return Rows.all(
                jdbc,
                "select * from marketplace_enquiries_received() limit 1000",
                rows -> trade(rows, rows.getString("buyer_id"), rows.getString("buyer_name"), "contact"));
    }

    // ---- the buying council

    /** Every live listing of the member councils (the caller's own included), newest first. */
    @ReadOnly
    public List<Listing> offers(Caller person, @Nullable ServiceCategory category) {
        if (!person.isAssociationStaff()) {
            own(person);
        }
        return jdbc.execute(connection -> listings(
                connection,
                "select *, null::date as withdrawn_on from marketplace_offers() where (? = '' or category = ?)"
                        + " limit 1000",
                category == null ? "" : category.name(),
                category == null ? "" : category.name()));
    }

    public Trade enquire(Caller person, long listingId, String message) {
        TenantId council = own(person);
        String said = required("message", "your enquiry", message, TEXT_MAX, true);
        Listing offer = offers(person, null).stream()
                .filter(l -> l.id() == listingId)
                .findFirst()
                .orElseThrow(MarketplaceNotFound::new);
        if (offer.councilId().equals(council.value())) {
            throw new MarketplaceRefused("own-listing", "This is your own council's listing.");
        }
        return ourTrade(steps.enquire(person, offer, said));
    }

    public Trade recordTrade(Caller person, long id, LocalDate agreedOn, Long valuePence, String terms) {
        own(person);
        LocalDate today = today();
        if (agreedOn == null || agreedOn.isAfter(today) || agreedOn.isBefore(today.minusYears(10))) {
            throw new MarketplaceRefused("agreed-on", "Enter the day the trade was agreed, not in the future.");
        }
        if (valuePence == null || valuePence < 0 || valuePence > VALUE_MAX_PENCE) {
            throw new MarketplaceRefused("value", "Enter the trade's agreed value in pounds.");
        }
        String said = required("terms", "the terms agreed", terms, TEXT_MAX, true);
        Trade trade = ourTrade(id);
        if (agreedOn.isBefore(UkTime.dateOf(trade.enquiredAt()))) {
            throw new MarketplaceRefused("agreed-on", "The trade cannot be agreed before the enquiry was made.");
        }
        steps.decide(person, id, true, agreedOn, valuePence, said);
        return ourTrade(id);
    }

    public Trade recordNoTrade(Caller person, long id, @Nullable String note) {
        own(person);
        String said = note == null || note.isBlank()
                ? null
                : Text.check("the note", note.strip(), TEXT_MAX, true, m -> new MarketplaceRefused("note", m));
        ourTrade(id);
        steps.decide(person, id, false, null, null, said);
        return ourTrade(id);
    }

    @ReadOnly
    public List<Trade> ourTrades() {
        String council = CurrentTenant.require().value();
        return jdbc.execute(connection -> trades(connection, council, null));
    }

    @ReadOnly
    public Trade ourTrade(long id) {
        String council = CurrentTenant.require().value();
        return jdbc.execute(connection -> trades(connection, council, id)).stream()
                .findFirst()
                .orElseThrow(MarketplaceNotFound::new);
    }

    // ---- the association

    /** Every member council's activity in the financial year (or quarter) given. */
    public List<Activity> activity(Caller staff, ReportingPeriod period) {
        return wideRead.read(staff, "marketplace activity " + period.label(), connection -> {
            try {
                return activity(connection, period);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the marketplace", e);
            }
        });
    }

    static List<Activity> activity(Connection connection, ReportingPeriod period) throws SQLException {
        Date first = Date.valueOf(period.start());
        Date last = Date.valueOf(period.end());
        java.sql.Timestamp from = java.sql.Timestamp.from(period.from());
        java.sql.Timestamp to = java.sql.Timestamp.from(period.to());
        return Rows.all(
                connection,
                ACTIVITY,
                rows -> new Activity(
                        rows.getString("id"),
                        rows.getString("name"),
                        rows.getLong("listings"),
                        rows.getLong("made"),
                        rows.getLong("received"),
                        rows.getLong("bought"),
                        rows.getLong("bought_pence"),
                        rows.getLong("sold"),
                        rows.getLong("sold_pence")),
                last,
                first,
                from,
                to,
                from,
                to,
                first,
                last,
                first,
                last,
                first,
                last,
                first,
                last);
    }

    // ---- SQL

    private static List<Listing> listings(Connection connection, String sql, Object... values) throws SQLException {
        return Rows.all(connection, sql, Marketplace::listing, values);
    }

    private static Listing listing(ResultSet rows) throws SQLException {
        Date withdrawn = rows.getDate("withdrawn_on");
        return new Listing(
                rows.getLong("id"),
                rows.getString("council_id"),
                rows.getString("council_name"),
                rows.getString("title"),
                rows.getString("description"),
                ServiceCategory.valueOf(rows.getString("category")),
                rows.getString("price_basis"),
                rows.getString("area"),
                rows.getString("contact_email"),
                rows.getDate("listed_on").toLocalDate(),
                withdrawn == null ? null : withdrawn.toLocalDate());
    }

    private static List<Trade> trades(Connection connection, String council, Long id) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("select t.*, t.recorded_by as contact, c.name as seller_name"
                        + " from marketplace_trade t join council c on c.id = t.seller_id where t.tenant_id = ?"
                        + (id == null ? "" : " and t.id = ?")
                        + " order by t.enquired_at desc, t.id desc limit 1000")) {
            select.setString(1, council);
            if (id != null) {
                select.setLong(2, id);
            }
            return Rows.all(
                    select, rows -> trade(rows, rows.getString("seller_id"), rows.getString("seller_name"), "contact"));
        }
    }

    private static Trade trade(ResultSet rows, String otherId, String otherName, String madeBy) throws SQLException {
        Date agreed = rows.getDate("agreed_on");
        long value = rows.getLong("value_pence");
        Long shownValue = rows.wasNull() ? null : value;
        return new Trade(
                rows.getLong("id"),
                rows.getLong("listing_id"),
                rows.getString("listing_title"),
                otherId,
                otherName,
                rows.getString("message"),
                rows.getTimestamp("enquired_at").toInstant(),
                TradeStatus.valueOf(rows.getString("status")),
                agreed == null ? null : agreed.toLocalDate(),
                shownValue,
                rows.getString("terms"),
                rows.getString(madeBy));
    }

    // ---- checks

    private static ListingDetails checked(ListingDetails d) {
        if (d == null) {
            throw new MarketplaceRefused("title", "Enter the service's title.");
        }
        String title = required("title", "the service's title", d.title(), TITLE_MAX, false);
        String description = required("description", "what the service offers", d.description(), TEXT_MAX, true);
        if (d.category() == null) {
            throw new MarketplaceRefused("category", "Choose the kind of service.");
        }
        String price = required("price-basis", "the price basis", d.priceBasis(), TITLE_MAX, false);
        String area = required("area", "the area served", d.area(), TITLE_MAX, false);
        String email = required("contact-email", "the contact email address", d.contactEmail(), Text.EMAIL, false);
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new MarketplaceRefused(
                    "contact-email",
                    "Enter the contact email address in the correct format, like name@council.gov.uk.");
        }
        return new ListingDetails(title, description, d.category(), price, area, email);
    }

    private static String required(String code, String label, String value, int max, boolean multiline) {
        return Text.required(label, value, max, multiline, m -> new MarketplaceRefused(code, m));
    }

    private static TenantId own(Caller person) {
        return person.councilOrRefuse(
                () -> new MarketplaceRefused("not-allowed", "The marketplace is used by a council's own people."));
    }
}
