package uk.org.eelga.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.tenancy.council.CouncilSuspension;
import uk.org.eelga.tenancy.keycloak.KeycloakDirectory;
import uk.org.eelga.tenancy.merge.CouncilLineage;
import uk.org.eelga.tenancy.merge.CouncilMerge;
import uk.org.eelga.tenancy.merge.MergeRequest;
import uk.org.eelga.tenancy.people.CouncilPeople;

/** Councils merge into a successor: lineage, refusals, the listener hook, and history left where it was. */
@PlatformIT
class CouncilMergeIT {

    static final TenantId FOREST_HEATH = TenantId.of("forest-heath");
    static final TenantId ST_EDMUNDSBURY = TenantId.of("st-edmundsbury");
    static final TenantId BABERGH = TenantId.of("babergh");
    static final TenantId MID_SUFFOLK = TenantId.of("mid-suffolk");
    static final LocalDate APRIL_2019 = LocalDate.of(2019, 4, 1);

    @Inject
    CouncilMerge merges;

    @Inject
    CouncilLineage lineage;

    @Inject
    CouncilSuspension suspension;

    @Inject
    CouncilPeople people;

    @Inject
    RecordingMergeListener listener;

    @Inject
    KeycloakDirectory keycloak;

    @BeforeEach
    @AfterEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
        MergedDomains.restore(keycloak);
        listener.merges.clear();
        listener.refuse = false;
    }

    @Test
    void two_councils_merge_into_a_successor_which_reads_their_history_while_it_stays_theirs() throws Exception {
        TenantScope.runAs(
                Fixtures.memberOf(FOREST_HEATH),
                () -> people.recordSignIn(Fixtures.officer(FOREST_HEATH, "Forest Heath", "Fern")));

        Api.Answer answer = Api.postObject(
                "/api/v1/councils/merges",
                DemoTokens.accessToken("admin@eelga.demo"),
                Map.of(
                        "predecessors",
                        List.of("forest-heath", "st-edmundsbury"),
                        "successor",
                        "babergh",
                        "mergedOn",
                        "2019-04-01"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(lineage.lineageOf(BABERGH)).containsExactlyInAnyOrder(BABERGH, FOREST_HEATH, ST_EDMUNDSBURY);
        assertThat(lineage.predecessorsOf(BABERGH))
                .extracting(p -> p.council() + " " + p.mergedInto() + " " + p.mergedOn())
                .containsExactlyInAnyOrder("forest-heath babergh 2019-04-01", "st-edmundsbury babergh 2019-04-01");
        assertThat(status(FOREST_HEATH)).isEqualTo("MERGED");
        assertThat(listener.merges).singleElement().satisfies(merge -> {
            assertThat(merge.successor()).isEqualTo(BABERGH);
            assertThat(merge.predecessors()).containsExactlyInAnyOrder(FOREST_HEATH, ST_EDMUNDSBURY);
        });
        try (Connection app = TestDatabase.asApp()) {
            assertThat(readable(app, "babergh", "forest-heath")).isTrue();
            assertThat(readable(app, "babergh", "norwich")).isFalse();
            assertThat(readable(app, "forest-heath", "babergh")).isFalse();
        }
        assertThat(AuditTrail.count(
                        "select count(*) from council_user where email like 'Fern@%' and tenant_id = 'forest-heath'"))
                .isOne();
        assertThat(AuditTrail.actions()).contains("council.merged", "council.successor");
        Api.Answer predecessors =
                Api.get("/api/v1/councils/babergh/predecessors", DemoTokens.accessToken("officer@norwich.demo"));
        assertThat(predecessors.status()).isEqualTo(404);
    }

    @Test
    void a_council_admin_or_association_staff_cannot_merge_or_move_people_through_the_api() {
        Map<String, Object> merge =
                Map.of("predecessors", List.of("norwich"), "successor", "broadland", "mergedOn", "2019-04-01");
        for (String user : List.of("admin@norwich.demo", "officer@norwich.demo", "staff@eelga.demo")) {
            String token = DemoTokens.accessToken(user);
            assertThat(Api.postObject("/api/v1/councils/merges", token, merge).status())
                    .as(user)
                    .isEqualTo(403);
            assertThat(Api.postObject("/api/v1/councils/norwich/move-people", token, Map.of())
                            .status())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(status(TenantId.of("norwich"))).isEqualTo("ACTIVE");
        assertThat(AuditTrail.actions()).doesNotContain("council.merged");
    }

    @Test
    void lineage_spans_successive_reorganisations() {
        merges.merge(
                Fixtures.associationAdmin(),
                new MergeRequest(List.of("forest-heath", "st-edmundsbury"), "babergh", APRIL_2019));
        merges.merge(
                Fixtures.associationAdmin(),
                new MergeRequest(List.of("babergh"), "mid-suffolk", APRIL_2019.plusYears(5)));

        assertThat(lineage.lineageOf(MID_SUFFOLK))
                .containsExactlyInAnyOrder(MID_SUFFOLK, BABERGH, FOREST_HEATH, ST_EDMUNDSBURY);
    }

    @Test
    void merging_into_itself_a_suspended_or_merged_council_or_a_cycle_is_refused_and_changes_nothing() {
        var admin = Fixtures.associationAdmin();
        assertRefused(new MergeRequest(List.of("babergh"), "babergh", APRIL_2019), "into-itself");
        suspension.suspend(FOREST_HEATH, admin, "unpaid");
        assertRefused(new MergeRequest(List.of("forest-heath"), "babergh", APRIL_2019), "predecessor-not-active");
        assertRefused(new MergeRequest(List.of("babergh"), "forest-heath", APRIL_2019), "successor-not-active");
        merges.merge(admin, new MergeRequest(List.of("st-edmundsbury"), "babergh", APRIL_2019));
        assertRefused(new MergeRequest(List.of("babergh"), "st-edmundsbury", APRIL_2019), "successor-not-active");
        assertRefused(new MergeRequest(List.of("st-edmundsbury"), "mid-suffolk", APRIL_2019), "predecessor-not-active");
        assertRefused(new MergeRequest(List.of("no-such-council"), "babergh", APRIL_2019), "no-council");
        assertThat(status(BABERGH)).isEqualTo("ACTIVE");
        assertThat(lineage.lineageOf(MID_SUFFOLK)).containsExactly(MID_SUFFOLK);
        assertThatThrownBy(() ->
                        merges.merge(Fixtures.staff(), new MergeRequest(List.of("babergh"), "mid-suffolk", APRIL_2019)))
                .isInstanceOf(ActionRefused.class);
    }

    @Test
    void a_listener_that_cannot_carry_items_over_refuses_the_whole_merge() {
        listener.refuse = true;

        assertThatThrownBy(() -> merges.merge(
                        Fixtures.associationAdmin(),
                        new MergeRequest(List.of("forest-heath", "st-edmundsbury"), "babergh", APRIL_2019)))
                .hasMessageContaining("open bookings");

        assertThat(status(FOREST_HEATH)).isEqualTo("ACTIVE");
        assertThat(lineage.lineageOf(BABERGH)).containsExactly(BABERGH);
        assertThat(AuditTrail.actions()).doesNotContain("council.merged");
    }

    private void assertRefused(MergeRequest request, String code) {
        assertThatThrownBy(() -> merges.merge(Fixtures.associationAdmin(), request))
                .isInstanceOfSatisfying(ActionRefused.class, refused -> assertThat(refused.code())
                        .isEqualTo(code));
    }

    private static boolean readable(Connection app, String bound, String rowTenant) throws Exception {
        try (PreparedStatement st =
                app.prepareStatement("select set_config('app.tenant_id', ?, false), app_tenant_readable(?)")) {
            st.setString(1, bound);
            st.setString(2, rowTenant);
            try (ResultSet row = st.executeQuery()) {
                row.next();
                return row.getBoolean(2);
            }
        }
    }

    private static String status(TenantId council) {
        try (Connection owner = TestDatabase.asOwner();
                ResultSet row = owner.createStatement()
                        .executeQuery("select status from council where id = '" + council + "'")) {
            return row.next() ? row.getString(1) : null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
