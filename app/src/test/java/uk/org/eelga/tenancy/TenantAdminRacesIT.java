package uk.org.eelga.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.Race;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.tenancy.council.CouncilSuspension;
import uk.org.eelga.tenancy.keycloak.KeycloakDirectory;

/** Twenty association admins at once: a council is suspended, restored, merged and onboarded once. */
@PlatformIT
class TenantAdminRacesIT {

    static final String NEW_ID = CouncilOnboardingIT.ID;
    static GreenMail smtp;

    @Inject
    CouncilSuspension suspension;

    @Inject
    KeycloakDirectory keycloak;

    @Inject
    RecordingMergeListener listener;

    private final String admin = DemoTokens.accessToken("admin@eelga.demo");

    @BeforeAll
    static void start() {
        smtp = InvitationMail.start();
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @BeforeEach
    @AfterEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
        MergedDomains.restore(keycloak);
        listener.merges.clear();
        listener.refuse = false;
        keycloak.deleteOrganisation(NEW_ID);
        keycloak.deleteUserByEmail(CouncilOnboardingIT.ADMIN);
        try (Connection owner = TestDatabase.asOwner()) {
            owner.createStatement().execute("delete from council_domain where council_id = '" + NEW_ID + "'");
            owner.createStatement().execute("delete from council where id = '" + NEW_ID + "'");
        }
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void twenty_suspensions_at_once_suspend_once_and_twenty_restorations_restore_once() {
        TenantId cambridge = Fixtures.CAMBRIDGE;

        List<String> suspended =
                Race.outcomes(() -> suspension.suspend(cambridge, Fixtures.associationAdmin(), "Unpaid fees"));

        assertThat(Race.counted(suspended)).isEqualTo(Map.of("ok", 1L, "CouncilStatusChangeRefused", 19L));
        assertThat(audited("council.suspended")).isEqualTo(1);

        List<String> restored =
                Race.outcomes(() -> suspension.restore(cambridge, Fixtures.associationAdmin(), "Fees paid"));

        assertThat(Race.counted(restored)).isEqualTo(Map.of("ok", 1L, "CouncilStatusChangeRefused", 19L));
        assertThat(audited("council.restored")).isEqualTo(1);
    }

    @Test
    void twenty_merges_of_one_council_at_once_merge_it_once() {
        List<Api.Answer> answers = Race.run(() -> Api.postObject(
                "/api/v1/councils/merges",
                admin,
                Map.of("predecessors", List.of("forest-heath"), "successor", "babergh", "mergedOn", "2019-04-01")));

        assertThat(Race.statuses(answers)).isEqualTo(Map.of(200, 1L, 409, 19L));
        assertThat(answers.stream().filter(a -> a.status() == 409))
                .allSatisfy(a -> assertThat(a.json().get("code").asText()).isIn("predecessor-not-active", "changed"));
        assertThat(listener.merges).hasSize(1);
        assertThat(audited("council.merged")).isEqualTo(1);
        assertThat(audited("council.successor")).isEqualTo(1);
    }

    @Test
    void merges_crossing_each_other_at_once_never_make_a_council_its_own_successor_twice_over() {
        // babergh into mid-suffolk and mid-suffolk into babergh, ten each, all at once: one direction wins
        List<Api.Answer> answers = Race.run(
                Race.CALLERS,
                i -> () -> Api.postObject(
                        "/api/v1/councils/merges",
                        admin,
                        Map.of(
                                "predecessors",
                                List.of(i % 2 == 0 ? "babergh" : "mid-suffolk"),
                                "successor",
                                i % 2 == 0 ? "mid-suffolk" : "babergh",
                                "mergedOn",
                                "2019-04-01")));

        assertThat(Race.statuses(answers)).as(answers.toString()).isEqualTo(Map.of(200, 1L, 409, 19L));
        assertThat(Race.count("select count(*) from council where id in ('babergh', 'mid-suffolk')"
                        + " and status = 'MERGED'"))
                .isEqualTo(1);
    }

    @Test
    void twenty_onboardings_of_one_new_council_at_once_onboard_it_once_and_invite_once() {
        List<Api.Answer> answers =
                Race.run(() -> Api.postObject("/api/v1/councils", admin, CouncilOnboardingIT.testVale()));

        assertThat(Race.statuses(answers)).as(answers.toString()).isEqualTo(Map.of(201, 1L, 409, 19L));
        assertThat(answers.stream().filter(a -> a.status() == 409))
                .allSatisfy(a -> assertThat(a.json().get("code").asText()).isIn("in-progress", "already-onboarded"));
        assertThat(audited("council.onboarding-started")).isEqualTo(1);
        assertThat(audited("council.onboarded")).isEqualTo(1);
        assertThat(keycloak.organisations().stream().filter(o -> o.alias().equals(NEW_ID)))
                .hasSize(1);
        InvitationMail.linkFor(smtp, CouncilOnboardingIT.ADMIN);
        assertThat(InvitationMail.countTo(smtp, CouncilOnboardingIT.ADMIN)).isEqualTo(1);
    }

    private static long audited(String action) {
        return Race.count("select count(*) from audit_event where action = '" + action + "'");
    }
}
