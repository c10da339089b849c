package uk.org.eelga.platform.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
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
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.TenantScope;
import uk.org.eelga.tenancy.rls.AssociationWideRead;

/** The contract database end to end through the API with real tokens: isolation, sharing, reminders, figures. */
@PlatformIT
class ContractIT {

    private static final String OURS = "/api/v1/contracts";
    private static final String STAFF = "/api/v1/staff/contracts";

    @Inject
    ContractRegister register;

    @Inject
    LiveMeasureCatalogue catalogue;

    @Inject
    AssociationWideRead wideRead;

    private final String norwichOfficer = DemoTokens.accessToken("officer@norwich.demo");
    private final String norwichAdmin = DemoTokens.accessToken("admin@norwich.demo");
    private final String cambridgeOfficer = DemoTokens.accessToken("officer@cambridge.demo");
    private final String staff = DemoTokens.accessToken("staff@eelga.demo");
    private final LocalDate today = LocalDate.now(UkTime.ZONE);

    @BeforeEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void another_councils_people_get_not_found_for_its_contracts_and_roles_are_kept_apart() {
        long id = create(norwichOfficer, contract("Household waste collection", "WASTE", 400, true, false, true));
        assertThat(Api.get(OURS + "/" + id, norwichOfficer)
                        .json()
                        .get("supplier")
                        .asText())
                .isEqualTo("Biffa");
        assertThat(Api.get(OURS + "/" + id, cambridgeOfficer).status()).isEqualTo(404);
        assertThat(Api.put(OURS + "/" + id, cambridgeOfficer, contract("Mine now", "WASTE", 400, true, true, true))
                        .status())
                .isEqualTo(404);
        assertThat(Api.get(OURS, cambridgeOfficer).json()).isEmpty();
        assertThat(Api.get(OURS + "/abc", norwichOfficer).status()).isEqualTo(400);
        // the owner changes it; the change is audited
        Api.Answer changed = Api.put(
                OURS + "/" + id,
                norwichOfficer,
                contract("Household waste and recycling", "WASTE", 400, true, false, true));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(Race.count("select count(*) from audit_event where action like 'contract.%'"))
                .isEqualTo(2);

        assertThat(Api.get(STAFF + "/participation", norwichAdmin).status()).isEqualTo(403);
        assertThat(Api.get(STAFF + "/collaboration", cambridgeOfficer).status()).isEqualTo(403);
        assertThat(ApiWrite.post(OURS, staff, contract("Staff", "ICT", 10, true, false, true))
                        .status())
                .isEqualTo(403);
        assertThat(Api.get(OURS, null).status()).isEqualTo(401);
        assertThat(Api.get(OURS + "/regional", tamper(norwichOfficer, "cambridge"))
                        .status())
                .isEqualTo(401);
        assertThat(Race.count("select count(*) from contract")).isEqualTo(1);
    }

    @Test
    void the_regional_register_shows_only_shared_contracts_and_never_an_unshared_value_or_contact() throws Exception {
        create(norwichOfficer, contract("Microsoft licensing", "ICT", 500, true, false, true));
        create(norwichOfficer, contract("Revenues and benefits system", "ICT", 700, true, true, false));
        create(norwichOfficer, contract("Confidential settlement services", "PROFESSIONAL", 300, false, true, true));

        JsonNode seen = Api.get(OURS + "/regional", cambridgeOfficer).json();
        assertThat(seen.findValuesAsText("title"))
                .containsExactlyInAnyOrder("Microsoft licensing", "Revenues and benefits system");
        for (JsonNode entry : seen) {
            boolean valueShared = entry.get("title").asText().startsWith("Revenues");
            assertThat(entry.has("valuePence") && !entry.get("valuePence").isNull())
                    .as(entry.toString())
                    .isEqualTo(valueShared);
            assertThat(entry.has("contactEmail") && !entry.get("contactEmail").isNull())
                    .as(entry.toString())
                    .isEqualTo(!valueShared);
        }
        String body = Api.get(OURS + "/regional", cambridgeOfficer).body();
        assertThat(body).doesNotContain("Confidential");
        // the one value shared appears once: the unshared ones (the same amount) never
        assertThat(body.split("12345600", -1)).hasSize(2);
        assertThat(Api.get(OURS + "/regional?category=ICT&q=licen", cambridgeOfficer)
                        .json())
                .hasSize(1);
        assertThat(Api.get(OURS + "/regional?q=%25", cambridgeOfficer).json()).isEmpty();
        assertThat(Api.get(OURS + "/regional?category=SPACE", cambridgeOfficer).status())
                .isEqualTo(400);
        assertThat(Api.get(OURS + "/regional?q=" + "x".repeat(ContractRegister.SEARCH_MAX + 1), cambridgeOfficer)
                        .status())
                .isEqualTo(422);

        // the table itself stays the council's: raw SQL as Cambridge sees and changes none of Norwich's rows
        try (Connection app = TestDatabase.asApp();
                Statement sql = app.createStatement()) {
            app.setAutoCommit(false);
            sql.execute("select set_config('app.tenant_id', 'cambridge', true)");
            assertThat(count(sql, "select count(*) from contract")).isZero();
            assertThat(sql.executeUpdate("update contract set share_value = true"))
                    .isZero();
            assertThatThrownBy(() -> sql.execute("insert into contract (tenant_id, title, supplier, category,"
                            + " value_pence, start_on, end_on, contact_name, contact_email, recorded_by, updated_at)"
                            + " values ('norwich', 'x', 'x', 'ICT', 1, now(), now(), 'x', 'x@x.x', 'x', now())"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
            app.rollback();
        }
    }

    @Test
    void reminders_list_contracts_ending_soon_and_chances_need_three_councils_ending_within_a_year() {
        create(norwichOfficer, contract("Garden waste collection", "WASTE", 30, true, false, true));
        create(norwichOfficer, contract("Street lighting energy", "ENERGY", 600, true, false, true));
        JsonNode ending = Api.get(OURS + "/ending", norwichOfficer).json();
        assertThat(ending.findValuesAsText("title")).containsExactly("Garden waste collection");

        create(cambridgeOfficer, contract("Household waste collection", "WASTE", 200, false, false, false));
        assertThat(Api.get(STAFF + "/collaboration", staff).json()).isEmpty();
        var ipswich = Fixtures.memberOf(TenantId.of("ipswich"));
        TenantScope.callAs(ipswich, () -> register.register(ipswich, details("Recycling processing", "WASTE", 380)));
        JsonNode chances = Api.get(STAFF + "/collaboration", staff).json();
        assertThat(chances).hasSize(1);
        assertThat(chances.get(0).get("category").asText()).isEqualTo("WASTE");
        assertThat(chances.get(0).get("councils")).hasSize(3);
    }

    @Test
    void participation_counts_member_councils_with_a_register_changed_or_confirmed_in_the_year() {
        create(norwichOfficer, contract("Office cleaning", "FACILITIES", 200, true, false, true));
        Api.Answer confirmed = ApiWrite.post(OURS + "/register-confirmations", cambridgeOfficer, "{}");
        assertThat(confirmed.status()).isEqualTo(201);
        assertThat(confirmed.json().get("upToDate").asBoolean()).isTrue();
        ReportingPeriod year = ReportingPeriod.containing(today);
        MeasureResult participation = figure("contract-participation", year);
        assertThat(participation.numerator()).isEqualTo(2);
        assertThat(participation.evidence()).hasSizeGreaterThanOrEqualTo(50);
        assertThat(participation.evidence().stream().filter(e -> e.counted()).map(e -> e.councilId()))
                .containsExactlyInAnyOrder("norwich", "cambridge");
        assertThat(figure("contract-participation", ReportingPeriod.parse("2012-13"))
                        .numerator())
                .isZero();
        JsonNode staffView = Api.get(STAFF + "/participation", staff).json();
        assertThat(staffView.findValuesAsText("upToDate").stream()
                        .filter("true"::equals)
                        .count())
                .isEqualTo(2);
    }

    @Test
    void malformed_and_huge_input_is_refused_with_a_problem_and_nothing_is_written() {
        Map<String, String> bad = Map.of(
                contract(" ", "ICT", 100, true, false, true), "title",
                contract("x".repeat(201), "ICT", 100, true, false, true), "",
                contract("Email", "ICT", 100, true, false, true).replace("procurement@norwich.gov.uk", "not-an-email"),
                        "contact-email",
                contract("Ends before", "ICT", 100, true, false, true)
                                .replace("\"endOn\":\"" + today.plusDays(100), "\"endOn\":\"" + today.minusYears(3)),
                        "end-on",
                contract("Negative", "ICT", 100, true, false, true).replace("12345600", "-1"), "value",
                contract("No category", "ICT", 100, true, false, true).replace("\"ICT\"", "null"), "category");
        bad.forEach((json, code) -> {
            Api.Answer answer = ApiWrite.post(OURS, norwichOfficer, json);
            assertThat(answer.status()).as(json).isBetween(400, 422);
            assertThat(answer.json().get("code").asText()).isNotBlank();
            if (!code.isEmpty()) {
                assertThat(answer.json().get("code").asText()).as(json).isEqualTo(code);
            }
        });
        for (String json : List.of(
                "not json",
                contract("Space", "ICT", 100, true, false, true).replace("\"ICT\"", "\"SPACE\""),
                contract("Huge", "ICT", 100, true, false, true).replace("12345600", "99999999999999999999999"),
                "{\"title\":\"" + "y".repeat(300_000) + "\"}")) {
            assertThat(ApiWrite.post(OURS, norwichOfficer, json).status())
                    .as(json.length() > 300 ? "huge" : json)
                    .isBetween(400, 422);
        }
        assertThat(Race.count("select count(*) from contract")).isZero();
    }

    // ---- helpers

    private String contract(
            String title,
            String category,
            int endsInDays,
            boolean inRegister,
            boolean shareValue,
            boolean shareContact) {
        return "{\"title\":\"" + title + "\",\"supplier\":\"Biffa\",\"category\":\"" + category
                + "\",\"valuePence\":12345600,\"startOn\":\"" + today.minusYears(2) + "\",\"endOn\":\""
                + today.plusDays(endsInDays) + "\",\"extensionOptions\":\"One year\",\"contactName\":\"Jo Clarke\","
                + "\"contactEmail\":\"procurement@norwich.gov.uk\",\"inRegister\":" + inRegister + ",\"shareValue\":"
                + shareValue + ",\"shareContact\":" + shareContact + "}";
    }

    private ContractDetails details(String title, String category, int endsInDays) {
        return new ContractDetails(
                title,
                "Veolia",
                ContractCategory.valueOf(category),
                5_000_000L,
                today.minusYears(1),
                today.plusDays(endsInDays),
                null,
                "Sam Patel",
                "procurement@ipswich.gov.uk",
                true,
                false,
                true);
    }

    private static long create(String token, String json) {
        Api.Answer answer = ApiWrite.post(OURS, token, json);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asLong();
    }

    private MeasureResult figure(String kind, ReportingPeriod period) {
        return wideRead.read(Fixtures.staff(), "test", connection -> catalogue
                .find(kind)
                .orElseThrow()
                .compute(new LiveMeasureQuery(Map.of(), period, connection)));
    }

    private static String tamper(String token, String council) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            JWTClaimsSet claims = new JWTClaimsSet.Builder(jwt.getJWTClaimsSet())
                    .claim("organization", List.of(council))
                    .build();
            return jwt.getParsedParts()[0] + "." + Base64URL.encode(claims.toString()) + "." + jwt.getSignature();
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
