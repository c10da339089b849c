package uk.org.eelga.platform.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.framework.live.LiveMeasureCatalogue;
import uk.org.eelga.platform.framework.live.LiveMeasureQuery;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.ApiWrite;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.Race;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.rls.AssociationWideRead;

/** The marketplace end to end through the API with real tokens: isolation, trades, figures, refusals. */
@PlatformIT
class MarketplaceIT {

    private static final String M = "/api/v1/marketplace";

    @Inject
    LiveMeasureCatalogue catalogue;

    @Inject
    AssociationWideRead wideRead;

    private final String norwich = DemoTokens.accessToken("officer@norwich.demo");
    private final String cambridge = DemoTokens.accessToken("officer@cambridge.demo");
    private final String ipswich = DemoTokens.accessToken("officer@ipswich.demo");
    private final String staff = DemoTokens.accessToken("staff@eelga.demo");
    private final LocalDate today = LocalDate.now(UkTime.ZONE);

    @BeforeEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void another_councils_listings_and_enquiries_are_not_found_and_a_seller_sees_only_enquiries_to_it() {
        long listing = list(norwich, listing("Payroll bureau service"));
        assertThat(Api.get(M + "/listings/" + listing, cambridge).status()).isEqualTo(404);
        assertThat(ApiWrite.post(M + "/listings/" + listing + "/withdraw", cambridge, "{}")
                        .status())
                .isEqualTo(404);
        assertThat(Api.get(M + "/listings", cambridge).json()).isEmpty();
        // every member sees the live listing
        assertThat(Api.get(M + "/offers", cambridge).json().findValuesAsText("title"))
                .containsExactly("Payroll bureau service");

        long enquiry = enquire(cambridge, listing, "Could you run our payroll from April?");
        assertThat(Api.get(M + "/received", norwich).json().findValuesAsText("otherCouncilName"))
                .containsExactly("Cambridge City Council");
        assertThat(Api.get(M + "/received", ipswich).json()).isEmpty();
        assertThat(Api.get(M + "/received", cambridge).json()).isEmpty();
        // the seller cannot open or decide the buyer's enquiry; nor can a third council
        for (String other : List.of(norwich, ipswich)) {
            assertThat(Api.get(M + "/enquiries/" + enquiry, other).status()).isEqualTo(404);
            assertThat(ApiWrite.post(M + "/enquiries/" + enquiry + "/trade", other, trade(5_000_00))
                            .status())
                    .isEqualTo(404);
            assertThat(ApiWrite.post(M + "/enquiries/" + enquiry + "/no-trade", other, "{}")
                            .status())
                    .isEqualTo(404);
        }
        // a council cannot enquire about its own listing, nor about one that does not exist or is withdrawn
        Api.Answer own = ApiWrite.post(M + "/enquiries", norwich, enquiryJson(listing, "Ours"));
        assertThat(own.status()).isEqualTo(422);
        assertThat(own.json().get("code").asText()).isEqualTo("own-listing");
        assertThat(ApiWrite.post(M + "/enquiries", cambridge, enquiryJson(999_999, "None"))
                        .status())
                .isEqualTo(404);
        assertThat(ApiWrite.post(M + "/listings/" + listing + "/withdraw", norwich, "{}")
                        .status())
                .isEqualTo(200);
        assertThat(ApiWrite.post(M + "/enquiries", ipswich, enquiryJson(listing, "Too late"))
                        .status())
                .isEqualTo(404);

        // roles: staff do not act as a council; a council's people do not read staff figures; no token is 401
        assertThat(ApiWrite.post(M + "/listings", staff, listing("Staff")).status())
                .isEqualTo(403);
        assertThat(Api.get("/api/v1/staff/marketplace/activity", norwich).status())
                .isEqualTo(403);
        assertThat(Api.get(M + "/offers", null).status()).isEqualTo(401);
        assertThat(Race.count("select count(*) from audit_event where action like 'marketplace.%'"))
                .isEqualTo(3);
    }

    @Test
    void the_tables_stay_each_councils_under_row_level_security() throws Exception {
        long listing = list(norwich, listing("Legal services"));
        enquire(cambridge, listing, "Price for a planning appeal?");
        try (Connection app = TestDatabase.asApp();
                Statement sql = app.createStatement()) {
            app.setAutoCommit(false);
            sql.execute("select set_config('app.tenant_id', 'ipswich', true)");
            assertThat(count(sql, "select count(*) from marketplace_listing")).isZero();
            assertThat(count(sql, "select count(*) from marketplace_trade")).isZero();
            assertThat(count(sql, "select count(*) from marketplace_enquiries_received()"))
                    .isZero();
            assertThat(count(sql, "select count(*) from marketplace_offers()")).isEqualTo(1);
            assertThat(sql.executeUpdate("update marketplace_listing set withdrawn_on = now()"))
                    .isZero();
            assertThatThrownBy(() -> sql.execute("insert into marketplace_trade (tenant_id, listing_id, seller_id,"
                            + " listing_title, message, enquired_at, status, recorded_by, updated_at) values"
                            + " ('cambridge', " + listing + ", 'norwich', 'x', 'x', now(), 'ENQUIRY', 'x', now())"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
            app.rollback();
        }
    }

    @Test
    void a_trade_is_recorded_once_and_the_figures_count_sellers_and_buyers_from_the_records() throws Exception {
        ReportingPeriod year = ReportingPeriod.containing(today);
        assertThat(figure("marketplace-engaged", year).hasFigure()).isFalse();

        long listing = list(norwich, listing("Building control"));
        MeasureResult onlyListed = figure("marketplace-engaged", year);
        assertThat(onlyListed.numerator()).isEqualTo(1);
        long enquiry = enquire(cambridge, listing, "Cover for two surveyors?");

        // twenty racing callers record the trade: exactly one succeeds, the rest are told it is decided
        Map<Integer, Long> statuses = Race.statuses(Race.run(
                Race.CALLERS,
                i -> () -> ApiWrite.post(M + "/enquiries/" + enquiry + "/trade", cambridge, trade(1_250_000_00L))));
        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(200, 1L, 409, (long) Race.CALLERS - 1));
        JsonNode traded = Api.get(M + "/enquiries/" + enquiry, cambridge).json();
        assertThat(traded.get("status").asText()).isEqualTo("AGREED");
        assertThat(traded.get("valuePence").asLong()).isEqualTo(1_250_000_00L);

        MeasureResult engaged = figure("marketplace-engaged", year);
        assertThat(engaged.numerator()).isEqualTo(2);
        assertThat(engaged.denominator()).isGreaterThanOrEqualTo(50);
        assertThat(engaged.evidence().stream().filter(e -> e.counted()).map(e -> e.councilId()))
                .containsExactlyInAnyOrder("norwich", "cambridge");
        assertThat(figure("marketplace-trades", year).value()).isEqualByComparingTo("1");
        // a year before the marketplace had a listing has no figure, not 0%
        assertThat(figure("marketplace-engaged", ReportingPeriod.parse("2012-13"))
                        .hasFigure())
                .isFalse();

        JsonNode activity = Api.get("/api/v1/staff/marketplace/activity", staff).json();
        JsonNode cam = null;
        for (JsonNode a : activity) {
            if (a.get("councilId").asText().equals("cambridge")) {
                cam = a;
            }
        }
        assertThat(cam.get("boughtPence").asLong()).isEqualTo(1_250_000_00L);
        assertThat(Api.get("/api/v1/staff/marketplace/activity?period=nonsense", staff)
                        .status())
                .isEqualTo(422);
    }

    @Test
    void malformed_and_huge_input_is_refused_with_a_plain_problem_and_nothing_is_written() {
        Map<String, String> bad = Map.of(
                listing(" "), "title",
                listing("Email").replace("hr@norwich.gov.uk", "not-an-email"), "contact-email",
                listing("No kind").replace("\"HR\"", "null"), "category",
                listing("No price").replace("£450 a day", ""), "price-basis");
        bad.forEach((json, code) -> {
            Api.Answer answer = ApiWrite.post(M + "/listings", norwich, json);
            assertThat(answer.status()).as(json).isEqualTo(422);
            assertThat(answer.json().get("code").asText()).isEqualTo(code);
            assertThat(answer.body()).doesNotContain("Exception", "SQL");
        });
        for (String json : List.of(
                "not json",
                listing("Space").replace("\"HR\"", "\"SPACE\""),
                listing("x".repeat(201)),
                "{\"title\":\"" + "y".repeat(300_000) + "\"}")) {
            Api.Answer answer = ApiWrite.post(M + "/listings", norwich, json);
            assertThat(answer.status()).as(json.length() > 300 ? "huge" : json).isBetween(400, 422);
            assertThat(answer.body()).doesNotContain("Exception");
        }
        long listing = list(norwich, listing("Internal audit"));
        long enquiry = enquire(cambridge, listing, "Please quote");
        for (String json : List.of(
                trade(-1),
                trade(99).replace("\"" + today + "\"", "\"" + today.plusDays(3) + "\""),
                trade(99).replace("\"Two days a month\"", "\"\""),
                "{\"agreedOn\":\"31/12/2026\"}",
                "{\"valuePence\":99999999999999999999999}")) {
            assertThat(ApiWrite.post(M + "/enquiries/" + enquiry + "/trade", cambridge, json)
                            .status())
                    .as(json)
                    .isBetween(400, 422);
        }
        assertThat(ApiWrite.post(M + "/enquiries", cambridge, enquiryJson(listing, " "))
                        .status())
                .isEqualTo(422);
        assertThat(Api.get(M + "/listings/abc", norwich).status()).isEqualTo(400);
        assertThat(Race.count("select count(*) from marketplace_listing")).isEqualTo(1);
        assertThat(Race.count("select count(*) from marketplace_trade where status = 'ENQUIRY'"))
                .isEqualTo(1);
    }

    // ---- helpers

    private String listing(String title) {
        return "{\"title\":\"" + title + "\",\"description\":\"Delivered by our shared service team.\","
                + "\"category\":\"HR\",\"priceBasis\":\"£450 a day\",\"area\":\"Norfolk and Suffolk\","
                + "\"contactEmail\":\"hr@norwich.gov.uk\"}";
    }

    private String trade(long pence) {
        return "{\"agreedOn\":\"" + today + "\",\"valuePence\":" + pence + ",\"terms\":\"Two days a month\"}";
    }

    private static String enquiryJson(long listing, String message) {
        return "{\"listingId\":" + listing + ",\"message\":\"" + message + "\"}";
    }

    private static long list(String token, String json) {
        Api.Answer answer = ApiWrite.post(M + "/listings", token, json);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asLong();
    }

    private static long enquire(String token, long listing, String message) {
        Api.Answer answer = ApiWrite.post(M + "/enquiries", token, enquiryJson(listing, message));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asLong();
    }

    private MeasureResult figure(String kind, ReportingPeriod period) {
        return wideRead.read(Fixtures.staff(), "test", connection -> catalogue
                .find(kind)
                .orElseThrow()
                .compute(new LiveMeasureQuery(Map.of(), period, connection)));
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
