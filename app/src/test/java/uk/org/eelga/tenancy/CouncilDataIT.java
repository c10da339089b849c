package uk.org.eelga.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.support.TestPorts;
import uk.org.eelga.tenancy.council.CouncilSuspension;
import uk.org.eelga.tenancy.keycloak.KeycloakDirectory;
import uk.org.eelga.tenancy.people.CouncilPeople;

/** Data export (nothing of another council leaks), the audit log search, and the reconcile check. */
@PlatformIT
class CouncilDataIT {

    @Inject
    CouncilPeople people;

    @Inject
    CouncilSuspension suspension;

    @Inject
    KeycloakDirectory keycloak;

    @BeforeEach
    @AfterEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
        keycloak.deleteOrganisation("stray-org");
        try (Connection owner = TestDatabase.asOwner()) {
            owner.createStatement().execute("delete from council where id = 'orphan-council'");
        }
    }

    @Test
    void a_council_admin_exports_their_councils_rows_and_no_other_councils() throws Exception {
        Fixtures.peopleOfTwoCouncils(people);
        suspension.suspend(Fixtures.CAMBRIDGE, Fixtures.associationAdmin(), "cambridge-only reason");

        Map<String, String> zip =
                unzip(download("/api/v1/council/export", DemoTokens.accessToken("admin@norwich.demo")));

        assertThat(zip).containsKeys("council_user.json", "council_user.csv", "audit_event.json");
        assertThat(zip.get("council_user.json")).contains("Nora", "Ned");
        assertThat(String.join("\n", zip.values()))
                .doesNotContain("Cam")
                .doesNotContain("cambridge")
                .doesNotContain("cambridge-only reason");
        assertThat(zip.get("council_user.csv").lines().count()).isEqualTo(3);
        assertThat(Api.get("/api/v1/councils/cambridge/export", DemoTokens.accessToken("admin@norwich.demo"))
                        .status())
                .isEqualTo(403);
        assertThat(Api.get("/api/v1/council/export", DemoTokens.accessToken("officer@norwich.demo"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void staff_search_the_audit_log_and_export_it_and_a_council_admin_sees_only_their_councils_entries() {
        suspension.suspend(Fixtures.CAMBRIDGE, Fixtures.associationAdmin(), "late payment");
        suspension.restore(Fixtures.CAMBRIDGE, Fixtures.associationAdmin(), "paid");
        suspension.suspend(Fixtures.NORWICH, Fixtures.associationAdmin(), "norwich review");
        suspension.restore(Fixtures.NORWICH, Fixtures.associationAdmin(), "reviewed");
        String staff = DemoTokens.accessToken("staff@eelga.demo");

        assertThat(Api.get("/api/v1/audit?council=cambridge", staff).json()).hasSize(2);
        assertThat(Api.get("/api/v1/audit?text=late%20pay", staff).json()).hasSize(1);
        assertThat(Api.get("/api/v1/audit?action=council.restored&who=admin@eelga", staff)
                        .json())
                .hasSize(2);
        assertThat(Api.get("/api/v1/audit?from=2000-01-01&to=2000-12-31", staff).json())
                .isEmpty();
        Api.Answer csv = Api.get("/api/v1/audit.csv?council=norwich", staff);
        assertThat(csv.body().lines()).hasSize(3).first().asString().startsWith("id,at,actor");
        // the codes for filters and other systems, and what happened in words, as the audit log page says it
        assertThat(csv.body().lines().toList().get(0)).endsWith(",reason,what happened");
        assertThat(csv.body())
                .contains("\"council.suspended\"")
                .contains("suspended Norwich City Council on ")
                .contains("restored Norwich City Council on ");

        Api.Answer own = Api.get("/api/v1/council/audit", DemoTokens.accessToken("admin@norwich.demo"));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json()).hasSize(2);
        assertThat(own.body()).doesNotContain("cambridge").doesNotContain("late payment");
        assertThat(Api.get("/api/v1/audit", DemoTokens.accessToken("admin@norwich.demo"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void the_audit_logs_date_filters_are_uk_days_as_the_log_shows_them() throws Exception {
        // 23:30 UTC on 4 June is 00:30 on 5 June in the UK (summer time): the log shows it on 5 June
        TestDatabase.executeAsOwner("insert into audit_event (at, actor_subject, actor_email, council_id, action)"
                + " values ('2026-06-04T23:30:00Z', 'sub', 'staff@eelga.demo', 'norwich', 'test.uk-day')");
        String staff = DemoTokens.accessToken("staff@eelga.demo");
        assertThat(Api.get("/api/v1/audit?action=test.uk-day&from=2026-06-05&to=2026-06-05", staff)
                        .json())
                .hasSize(1);
        assertThat(Api.get("/api/v1/audit?action=test.uk-day&from=2026-06-04&to=2026-06-04", staff)
                        .json())
                .isEmpty();
    }

    @Test
    void the_reconcile_check_reports_organisations_councils_and_users_that_do_not_match() throws Exception {
        keycloak.createOrFindOrganisation("stray-org", "Stray Organisation", java.util.List.of("stray.demo"));
        try (Connection owner = TestDatabase.asOwner()) {
            owner.createStatement()
                    .execute("insert into council (id, name, kind, county_area)"
                            + " values ('orphan-council', 'Orphan Council', 'DISTRICT', 'Essex')");
        }

        Api.Answer answer = Api.get("/api/v1/reconcile", DemoTokens.accessToken("staff@eelga.demo"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("organisationsWithoutCouncil").toString()).contains("stray-org");
        assertThat(answer.json().get("councilsWithoutOrganisation").toString())
                .contains("orphan-council")
                .doesNotContain("norwich");
        assertThat(answer.json().get("usersWithoutCouncil").toString())
                .contains("unlinked@nowhere.demo")
                .doesNotContain("officer@norwich.demo");
        assertThat(Api.get("/api/v1/reconcile", DemoTokens.accessToken("admin@norwich.demo"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void a_council_that_leaves_loses_its_personal_data_while_retained_tables_and_other_councils_keep_theirs()
            throws Exception {
        Fixtures.peopleOfTwoCouncils(people);
        uk.org.eelga.tenancy.TenantId harlow = uk.org.eelga.tenancy.TenantId.of("harlow");
        for (String name : java.util.List.of("Hal", "Hetty")) {
            uk.org.eelga.tenancy.TenantScope.runAs(
                    Fixtures.memberOf(harlow),
                    () -> people.recordSignIn(Fixtures.officer(harlow, "Harlow District Council", name)));
        }
        try (Connection owner = TestDatabase.asOwner()) {
            owner.createStatement()
                    .execute("create table if not exists leaving_probe (tenant_id text not null"
                            + " references council (id), note text)");
            owner.createStatement().execute("insert into leaving_probe values ('harlow', 'an invoice to keep')");
            owner.createStatement().execute("insert into leaving_retention values ('leaving_probe', 'test')");
        }
        try {
            Api.Answer answer = Api.postObject(
                    "/api/v1/councils/harlow/leave",
                    DemoTokens.accessToken("admin@eelga.demo"),
                    Map.of("reason", "left the association"));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.json().get("erased").get("council_user").asLong()).isEqualTo(2);
            try (Connection owner = TestDatabase.asOwner()) {
                assertThat(AuditTrail.count("select count(*) from council_user where tenant_id = 'harlow'"))
                        .isZero();
                assertThat(AuditTrail.count("select count(*) from council_user where tenant_id = 'norwich'"))
                        .isEqualTo(2);
                assertThat(count(owner, "select count(*) from leaving_probe")).isOne();
                assertThat(count(owner, "select count(*) from council where id = 'harlow' and status = 'LEFT'"))
                        .isOne();
                assertThat(AuditTrail.count("select count(*) from audit_event where action = 'council.left'"))
                        .isOne();
            }
            assertThat(Api.postObject(
                                    "/api/v1/councils/cambridge/leave",
                                    DemoTokens.accessToken("staff@eelga.demo"),
                                    Map.of("reason", "x"))
                            .status())
                    .isEqualTo(403);
        } finally {
            try (Connection owner = TestDatabase.asOwner()) {
                owner.createStatement().execute("drop table leaving_probe");
                owner.createStatement().execute("delete from leaving_retention where table_name = 'leaving_probe'");
            }
            keycloak.createOrFindOrganisation("harlow", "Harlow District Council", java.util.List.of("harlow.demo"));
        }
    }

    private static long count(Connection connection, String sql) throws Exception {
        try (var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static byte[] download(String path, String bearer) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + TestPorts.platform() + path))
                                .header("Authorization", "Bearer " + bearer)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
