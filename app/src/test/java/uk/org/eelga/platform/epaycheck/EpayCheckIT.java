package uk.org.eelga.platform.epaycheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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

/** ePayCheck end to end through the API with real tokens: subscriptions, pay data, the five-council rule, figures. */
@PlatformIT
class EpayCheckIT {

    private static final String OURS = "/api/v1/epaycheck";
    private static final String STAFF = "/api/v1/staff/epaycheck";
    private static final List<String> OTHERS = List.of("ipswich", "peterborough", "colchester", "luton", "essex");

    @Inject
    EpayCheck epayCheck;

    @Inject
    LiveMeasureCatalogue catalogue;

    @Inject
    AssociationWideRead wideRead;

    private final String norwichOfficer = DemoTokens.accessToken("officer@norwich.demo");
    private final String norwichAdmin = DemoTokens.accessToken("admin@norwich.demo");
    private final String cambridgeOfficer = DemoTokens.accessToken("officer@cambridge.demo");
    private final String cambridgeAdmin = DemoTokens.accessToken("admin@cambridge.demo");
    private final String staff = DemoTokens.accessToken("staff@eelga.demo");

    @BeforeEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
        TestDatabase.executeAsOwner("truncate epaycheck_pay_award, epaycheck_project restart identity");
    }

    @Test
    void a_council_admin_subscribes_once_and_is_invoiced_through_billing_an_officer_may_not() {
        assertThat(ApiWrite.post(OURS + "/subscription", norwichOfficer, "{}").status())
                .isEqualTo(403);
        assertThat(Api.get(OURS, norwichOfficer).json().get("subscribed").asBoolean())
                .isFalse();

        var racing = Race.run(() -> ApiWrite.post(OURS + "/subscription", norwichAdmin, "{}"));
        assertThat(Race.statuses(racing)).isEqualTo(Map.of(201, 1L, 409, 19L));
        JsonNode standing = Api.get(OURS, norwichOfficer).json();
        assertThat(standing.get("subscribed").asBoolean()).isTrue();
        assertThat(standing.get("suspended").asBoolean()).isFalse();
        long invoice = standing.get("invoiceId").asLong();
        assertThat(Race.count("select count(*) from billing_invoice where tenant_id = 'norwich' and id = " + invoice
                        + " and net_pence = " + EpayCheck.FEE_PENCE + " and description like 'ePayCheck%'"))
                .isEqualTo(1);
        assertThat(Race.count("select count(*) from billing_outbox where tenant_id = 'norwich'"))
                .isEqualTo(1);
        assertThat(Race.count("select count(*) from audit_event where action = 'epaycheck.subscribed'"))
                .isEqualTo(1);
        // Cambridge is not subscribed by Norwich's subscription; staff see one subscriber
        assertThat(Api.get(OURS, cambridgeOfficer).json().get("subscribed").asBoolean())
                .isFalse();
        assertThat(Api.get(STAFF + "/subscribers", staff).json()).hasSize(1);
        assertThat(ApiWrite.post(STAFF + "/subscribers/cambridge", staff, "{}").status())
                .isEqualTo(201);
        assertThat(ApiWrite.post(STAFF + "/subscribers/no-such-council", staff, "{}")
                        .status())
                .isEqualTo(404);
        assertThat(Api.get(STAFF + "/subscribers", staff).json()).hasSize(2);
    }

    @Test
    void another_councils_people_get_not_found_for_its_pay_data_and_council_people_cannot_use_staff_doors() {
        long id = submit(norwichOfficer, "PLANNING", "PO3", 3_600_000, 3_950_000);
        assertThat(Api.get(OURS + "/submissions/" + id, norwichOfficer)
                        .json()
                        .get("grade")
                        .asText())
                .isEqualTo("PO3");
        assertThat(Api.get(OURS + "/submissions/" + id, cambridgeOfficer).status())
                .isEqualTo(404);
        assertThat(Api.get(OURS + "/submissions", cambridgeOfficer).json()).isEmpty();
        assertThat(Api.get(OURS + "/submissions/not-a-number", norwichOfficer).status())
                .isEqualTo(400);

        // roles too low or wrong side
        assertThat(Api.get(STAFF + "/subscribers", norwichAdmin).status()).isEqualTo(403);
        assertThat(ApiWrite.post(STAFF + "/pay-awards", norwichAdmin, award(-5, -1))
                        .status())
                .isEqualTo(403);
        assertThat(Api.get(STAFF + "/projects/1/progress", cambridgeAdmin).status())
                .isEqualTo(403);
        assertThat(ApiWrite.post(OURS + "/submissions", staff, body("PLANNING", "PO3", 1, 2))
                        .status())
                .isEqualTo(403);
        assertThat(Api.get(OURS, null).status()).isEqualTo(401);

        // a genuine Norwich token with its council changed after signing is refused outright
        String tampered = tamper(norwichOfficer, "cambridge");
        assertThat(Api.get(OURS + "/submissions", tampered).status()).isEqualTo(401);
        assertThat(ApiWrite.post(OURS + "/submissions", tampered, body("PLANNING", "PO4", 1, 2))
                        .status())
                .isEqualTo(401);
        assertThat(Race.count("select count(*) from epaycheck_submission")).isEqualTo(1);
    }

    @Test
    void row_level_security_hides_and_refuses_another_councils_pay_rows_even_in_raw_sql() throws SQLException {
        submit(norwichOfficer, "LEGAL", "Solicitor", 4_000_000, 4_400_000);
        try (Connection app = TestDatabase.asApp();
                Statement sql = app.createStatement()) {
            app.setAutoCommit(false);
            sql.execute("select set_config('app.tenant_id', 'cambridge', true)");
            assertThat(count(sql, "select count(*) from epaycheck_submission")).isZero();
            assertThatThrownBy(() -> sql.execute("insert into epaycheck_submission (tenant_id, job_family, grade,"
                            + " min_salary_pence, max_salary_pence, allowances_pence, posts, vacancies, submitted_by,"
                            + " submitted_at) values ('norwich', 'LEGAL', 'x', 1, 2, 0, 1, 0, 'x', now())"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
            app.rollback();
        }
    }

    @Test
    void regional_benchmarks_need_five_councils_never_fewer_and_show_only_aggregates() {
        ApiWrite.post(OURS + "/subscription", norwichAdmin, "{}");
        assertThat(Api.get(OURS + "/benchmarks", cambridgeOfficer)
                        .json()
                        .get("code")
                        .asText())
                .isEqualTo("not-subscribed");
        // Norwich and three more councils: four councils' figures for PO3 planners, so no benchmark at all
        submit(norwichOfficer, "PLANNING", "PO3", 3_000_000, 3_300_000);
        for (int i = 0; i < 3; i++) {
            submitAs(OTHERS.get(i), JobFamily.PLANNING, "PO3", 3_100_000 + i * 100_000, 3_500_000 + i * 100_000);
        }
        // one council submitting the same grade many times is still one council
        for (int i = 0; i < 4; i++) {
            submitAs(OTHERS.get(0), JobFamily.PLANNING, "PO3", 3_100_000, 3_500_000);
        }
        assertThat(Api.get(OURS + "/benchmarks", norwichOfficer).json()).isEmpty();
        assertThat(Api.get(STAFF + "/benchmarks", staff).json()).isEmpty();
        String header = Api.get(OURS + "/benchmarks.csv", norwichOfficer).body();
        assertThat(header.lines().count()).as(header).isEqualTo(1);

        // the fifth council makes the group: shown as medians and quartiles over five, and in the CSV
        submitAs(OTHERS.get(3), JobFamily.PLANNING, "PO3", 3_400_000, 3_800_000);
        JsonNode benchmarks = Api.get(OURS + "/benchmarks", norwichOfficer).json();
        assertThat(benchmarks).hasSize(1);
        JsonNode po3 = benchmarks.get(0);
        assertThat(po3.get("councils").asInt()).isEqualTo(5);
        // bottoms 30,000 31,000 32,000 33,000 34,000 -> median 32,000; tops 33,000 .. 38,000 -> median 36,000
        assertThat(po3.get("medianMinPence").asLong()).isEqualTo(3_200_000);
        assertThat(po3.get("medianMaxPence").asLong()).isEqualTo(3_600_000);
        assertThat(po3.get("posts").asLong()).isEqualTo(20);
        assertThat(po3.toString()).doesNotContain("norwich", "ipswich", "councilId");
        assertThat(Api.get(OURS + "/benchmarks.csv", norwichOfficer).body())
                .contains("Planning,PO3,5,32000.00,36000.00");
        assertThat(Api.get(STAFF + "/benchmarks", staff).json()).hasSize(1);

        // the database function itself refuses groups of four, whoever calls it
        try (Connection app = TestDatabase.asApp();
                Statement sql = app.createStatement()) {
            sql.execute("select set_config('app.tenant_id', 'norwich', false)");
            assertThat(count(
                            sql,
                            "select count(*) from epaycheck_regional_benchmarks(now() - interval '1 year')"
                                    + " where councils < 5"))
                    .isZero();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_subscriber_not_updating_after_a_pay_award_is_suspended_from_benchmarks_until_it_updates() throws Exception {
        ApiWrite.post(OURS + "/subscription", norwichAdmin, "{}");
        submit(norwichOfficer, "IT", "Band 7", 3_500_000, 3_900_000);
        for (String other : OTHERS) {
            submitAs(other, JobFamily.IT, "Band 7", 3_600_000, 4_000_000);
        }
        assertThat(Api.get(OURS + "/benchmarks", norwichOfficer).status()).isEqualTo(200);
        // Norwich's data was submitted before the award; the award's update-by date was yesterday
        TestDatabase.executeAsOwner(
                "select set_config('app.tenant_id', 'norwich', false)",
                "update epaycheck_submission set submitted_at = now() - interval '40 days' where tenant_id = 'norwich'");
        Api.Answer award = ApiWrite.post(STAFF + "/pay-awards", staff, award(-20, -1));
        assertThat(award.status()).as(award.body()).isEqualTo(201);

        JsonNode standing = Api.get(OURS, norwichOfficer).json();
        assertThat(standing.get("suspended").asBoolean()).isTrue();
        Api.Answer refused = Api.get(OURS + "/benchmarks", norwichOfficer);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asText()).isEqualTo("suspended");
        assertThat(Api.get(OURS + "/benchmarks.csv", norwichOfficer).status()).isEqualTo(403);
        ReportingPeriod year = ReportingPeriod.containing(LocalDate.now(UkTime.ZONE));
        MeasureResult suspended = figure("epaycheck-suspended", Map.of(), year);
        assertThat(suspended.value()).isEqualByComparingTo("1");
        assertThat(suspended.evidence()).hasSize(1);
        assertThat(suspended.evidence().get(0).detail()).startsWith("suspended: no update since NJC");
        assertThat(Api.get(STAFF + "/subscribers", staff)
                        .json()
                        .get(0)
                        .get("suspended")
                        .asBoolean())
                .isTrue();

        // updating lifts the suspension at once
        submit(norwichOfficer, "IT", "Band 7", 3_600_000, 4_000_000);
        assertThat(Api.get(OURS + "/benchmarks", norwichOfficer).status()).isEqualTo(200);
        assertThat(figure("epaycheck-suspended", Map.of(), year).value()).isEqualByComparingTo("0");
        assertThat(figure("epaycheck-subscribers", Map.of(), year).value()).isEqualByComparingTo("1");
    }

    @Test
    void priority_data_project_completion_counts_subscribers_that_submitted_every_named_family_in_the_window() {
        ApiWrite.post(OURS + "/subscription", norwichAdmin, "{}");
        ApiWrite.post(OURS + "/subscription", cambridgeAdmin, "{}");
        LocalDate today = LocalDate.now(UkTime.ZONE);
        Api.Answer created = ApiWrite.post(
                STAFF + "/projects",
                staff,
                "{\"name\":\"Legal and HR\",\"families\":[\"LEGAL\",\"HR\"],\"opensOn\":\"" + today
                        + "\",\"closesOn\":\"" + today.plusDays(60) + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long project = created.json().get("id").asLong();
        assertThat(created.json().get("subscribers").asLong()).isEqualTo(2);

        submit(norwichOfficer, "LEGAL", "Solicitor", 4_000_000, 4_400_000);
        submit(norwichOfficer, "HR", "HR adviser", 3_000_000, 3_300_000);
        submit(cambridgeOfficer, "LEGAL", "Solicitor", 4_100_000, 4_500_000);

        JsonNode progress =
                Api.get(STAFF + "/projects/" + project + "/progress", staff).json();
        assertThat(progress).hasSize(2);
        assertThat(progress.findValuesAsText("councilId")).containsExactlyInAnyOrder("norwich", "cambridge");
        JsonNode cambridge =
                progress.get(0).get("councilId").asText().equals("cambridge") ? progress.get(0) : progress.get(1);
        assertThat(cambridge.get("missing").get(0).asText()).isEqualTo("HR");
        assertThat(Api.get(STAFF + "/projects", staff)
                        .json()
                        .get(0)
                        .get("completed")
                        .asLong())
                .isEqualTo(1);
        // the council sees its own part only
        JsonNode ours = Api.get(OURS + "/projects", cambridgeOfficer).json();
        assertThat(ours.get(0).get("missing").get(0).asText()).isEqualTo("HR");
        assertThat(Api.get(STAFF + "/projects/99999/progress", staff).status()).isEqualTo(404);

        ReportingPeriod year = ReportingPeriod.containing(today);
        MeasureResult completion = figure("epaycheck-project-completion", Map.of(), year);
        assertThat(completion.numerator()).isEqualTo(1);
        assertThat(completion.denominator()).isEqualTo(2);
        assertThat(completion.value()).isEqualByComparingTo("50");
        assertThat(figure("epaycheck-project-completion", Map.of("project", "" + project), year)
                        .denominator())
                .isEqualTo(2);
        assertThat(figure("epaycheck-project-completion", Map.of(), ReportingPeriod.parse("2012-13"))
                        .hasFigure())
                .isFalse();
    }

    @Test
    void malformed_and_huge_input_is_refused_with_a_problem_and_nothing_is_written() {
        Map<String, String> bad = Map.of(
                body("PLANNING", " ", 1, 2),
                "grade",
                body("PLANNING", "x".repeat(EpayCheck.GRADE_MAX + 1), 1, 2),
                "",
                body("PLANNING", "PO3", 3_000_000, 2_000_000),
                "max-salary",
                body("PLANNING", "PO3", -1, 2),
                "min-salary",
                body("PLANNING", "PO3", 1, EpayCheck.PAY_MAX_PENCE + 1),
                "max-salary",
                "{\"jobFamily\":null,\"grade\":\"PO3\",\"minSalaryPence\":1,\"maxSalaryPence\":2,\"posts\":1}",
                "job-family",
                "{\"jobFamily\":\"PLANNING\",\"grade\":\"PO3\",\"minSalaryPence\":1,\"maxSalaryPence\":2,\"posts\":1,"
                        + "\"vacancies\":2}",
                "vacancies",
                "{\"jobFamily\":\"PLANNING\",\"grade\":\"PO3\",\"minSalaryPence\":1,\"maxSalaryPence\":2}",
                "posts",
                "{\"jobFamily\":\"PLANNING\",\"grade\":\"PO\\u00073\",\"minSalaryPence\":1,\"maxSalaryPence\":2,"
                        + "\"posts\":1}",
                "");
        bad.forEach((json, code) -> {
            Api.Answer answer = ApiWrite.post(OURS + "/submissions", norwichOfficer, json);
            assertThat(answer.status()).as(json.length() > 200 ? "huge" : json).isBetween(400, 422);
            assertThat(answer.json().get("code").asText()).isNotBlank();
            if (!code.isEmpty()) {
                assertThat(answer.json().get("code").asText()).as(json).isEqualTo(code);
            }
        });
        for (String json : List.of(
                "not json",
                "{\"jobFamily\":\"ASTRONAUTS\",\"grade\":\"x\",\"minSalaryPence\":1,\"maxSalaryPence\":2,\"posts\":1}",
                "{\"jobFamily\":\"IT\",\"grade\":\"x\",\"minSalaryPence\":99999999999999999999,\"maxSalaryPence\":2,"
                        + "\"posts\":1}",
                "{\"jobFamily\":\"IT\",\"grade\":\"x\",\"minSalaryPence\":\"lots\",\"maxSalaryPence\":2,\"posts\":1}",
                "{\"jobFamily\":\"IT\",\"grade\":\"" + "y".repeat(200_000) + "\"}")) {
            Api.Answer answer = ApiWrite.post(OURS + "/submissions", norwichOfficer, json);
            assertThat(answer.status())
                    .as(json.length() > 200 ? "huge grade" : json)
                    .isBetween(400, 422);
        }
        assertThat(ApiWrite.post(STAFF + "/pay-awards", staff, award(5, 10))
                        .json()
                        .get("code")
                        .asText())
                .isEqualTo("agreed-on");
        assertThat(ApiWrite.post(STAFF + "/pay-awards", staff, award(-5, -10))
                        .json()
                        .get("code")
                        .asText())
                .isEqualTo("update-by");
        assertThat(ApiWrite.post(
                                STAFF + "/projects",
                                staff,
                                "{\"name\":\"x\",\"families\":[],\"opensOn\":\"" + LocalDate.now()
                                        + "\",\"closesOn\":\"" + LocalDate.now() + "\"}")
                        .json()
                        .get("code")
                        .asText())
                .isEqualTo("families");
        assertThat(Api.get(STAFF + "/subscribers?year=last-year", staff).status())
                .isEqualTo(422);
        assertThat(Race.count("select count(*) from epaycheck_submission")).isZero();
        assertThat(Race.count("select count(*) from epaycheck_pay_award")).isZero();
    }

    @Test
    void the_councils_data_export_includes_its_subscription_and_pay_data_and_no_other_councils() throws Exception {
        ApiWrite.post(OURS + "/subscription", norwichAdmin, "{}");
        submit(norwichOfficer, "FINANCE", "Accountant", 3_300_000, 3_700_000);
        submit(cambridgeOfficer, "FINANCE", "Accountant", 3_400_000, 3_800_000);
        Map<String, String> files = unzip(download("/api/v1/council/export", norwichAdmin));
        assertThat(files).containsKeys("epaycheck_subscription.csv", "epaycheck_submission.csv");
        assertThat(files.get("epaycheck_submission.csv"))
                .contains("Accountant", "3300000")
                .doesNotContain("3400000");
        assertThat(files.get("epaycheck_subscription.csv"))
                .contains(ReportingPeriod.containing(LocalDate.now(UkTime.ZONE)).yearLabel());
    }

    // ---- helpers

    private MeasureResult figure(String kind, Map<String, String> parameters, ReportingPeriod period) {
        return wideRead.read(Fixtures.staff(), "test", connection -> catalogue
                .find(kind)
                .orElseThrow()
                .compute(new LiveMeasureQuery(parameters, period, connection)));
    }

    private void submitAs(String council, JobFamily family, String grade, long min, long max) {
        var member = Fixtures.memberOf(TenantId.of(council));
        TenantScope.callAs(member, () -> epayCheck.submit(member, family, grade, min, max, 150_000L, 4, 1));
    }

    private static long submit(String token, String family, String grade, long min, long max) {
        Api.Answer answer = ApiWrite.post(OURS + "/submissions", token, body(family, grade, min, max));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asLong();
    }

    private static String body(String family, String grade, long min, long max) {
        return "{\"jobFamily\":\"" + family + "\",\"grade\":\"" + grade + "\",\"minSalaryPence\":" + min
                + ",\"maxSalaryPence\":" + max + ",\"allowancesPence\":150000,\"posts\":4,\"vacancies\":1}";
    }

    private static String award(int agreedDays, int updateByDays) {
        LocalDate today = LocalDate.now(UkTime.ZONE);
        return "{\"title\":\"NJC pay award\",\"agreedOn\":\"" + today.plusDays(agreedDays) + "\",\"updateBy\":\""
                + today.plusDays(updateByDays) + "\"}";
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

    private static byte[] download(String path, String bearer) throws Exception {
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.base() + path))
                                .header("Authorization", "Bearer " + bearer)
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new java.util.HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
