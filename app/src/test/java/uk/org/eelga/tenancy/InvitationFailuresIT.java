package uk.org.eelga.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.tenancy.keycloak.FaultyKeycloakDirectory;
import uk.org.eelga.tenancy.keycloak.KeycloakDirectory;
import uk.org.eelga.tenancy.keycloak.KeycloakMember;

/**
 * An invitation that fails half-way says what happened and leaves the audit log true: the email failing for real
 * (Keycloak's SMTP server, GreenMail on SMTP_PORT, is not running), and Keycloak failing the roles step (and then
 * the clean-up) with everything else against the real Keycloak.
 */
@PlatformIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationFailuresIT implements TestPropertyProvider {

    static final String INVITED = "half.invited@norwich.demo";

    @Inject
    KeycloakDirectory keycloak;

    String norwichAdmin;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("test.keycloak.faults", "on");
    }

    @BeforeEach
    @AfterEach
    void clean() throws Exception {
        FaultyKeycloakDirectory.heal();
        TestDatabase.clearTenantData();
        keycloak.deleteUserByEmail(INVITED);
        norwichAdmin = DemoTokens.accessToken("admin@norwich.demo");
    }

    @Test
    void when_the_invitation_email_cannot_be_sent_the_answer_says_the_account_was_made_and_a_retry_sends_it() {
        // nothing listens on SMTP_PORT: Keycloak cannot send the email
        Api.Answer answer = invite();

        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        assertThat(answer.json().get("code").asText()).isEqualTo("invitation-not-sent");
        assertThat(answer.json().get("message").asText())
                .contains("account of " + INVITED + " was created", "council-officer", "could not be sent", "again");
        assertThat(answer.json().at("/member/email").asText()).isEqualTo(INVITED);
        KeycloakMember made = keycloak.findUserByEmail(INVITED).orElseThrow();
        assertThat(made.realmRoles()).contains("council-officer");
        String norwich = keycloak.findOrganisation("norwich").orElseThrow().id();
        assertThat(keycloak.isMember(norwich, made.id())).isTrue();
        assertThat(audit("user.invited")).singleElement().satisfies(reason -> assertThat(reason)
                .contains("invitation email not sent"));

        GreenMail smtp = InvitationMail.start();
        try {
            Api.Answer retry = invite();
            assertThat(retry.status()).as(retry.body()).isEqualTo(200);
            assertThat(InvitationMail.linkFor(smtp, INVITED)).contains("action-token");
        } finally {
            smtp.stop();
        }
        assertThat(audit("user.invited")).hasSize(2);
    }

    @Test
    void when_a_step_fails_the_account_it_made_is_removed_and_the_answer_says_nothing_was_kept() {
        FaultyKeycloakDirectory.failSettingRoles = true;

        Api.Answer answer = invite();

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.json().get("message").asText()).contains("give them their roles", "nothing was kept");
        assertThat(keycloak.findUserByEmail(INVITED)).isEmpty();
        assertThat(audit("user.invited")).isEmpty();
        assertThat(audit("user.invite-incomplete")).isEmpty();
    }

    @Test
    void when_the_clean_up_fails_too_the_answer_and_the_audit_log_say_what_exists() {
        FaultyKeycloakDirectory.failSettingRoles = true;
        FaultyKeycloakDirectory.failDeletingUsers = true;

        Api.Answer answer = invite();

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.json().get("code").asText()).isEqualTo("invitation-incomplete");
        assertThat(answer.json().get("message").asText())
                .contains(
                        "give them their roles",
                        "account of " + INVITED + " exists but is not complete",
                        "No invitation email was sent");
        KeycloakMember left = keycloak.findUserByEmail(INVITED).orElseThrow();
        assertThat(left.realmRoles()).doesNotContain("council-officer");
        assertThat(answer.json().at("/member/id").asText()).isEqualTo(left.id());
        assertThat(audit("user.invite-incomplete")).singleElement().satisfies(reason -> assertThat(reason)
                .contains("exists but is not complete"));

        // Keycloak is well again: inviting again completes the account, as the answer said
        FaultyKeycloakDirectory.heal();
        GreenMail smtp = InvitationMail.start();
        try {
            assertThat(invite().status()).isEqualTo(200);
        } finally {
            smtp.stop();
        }
        assertThat(keycloak.findUserByEmail(INVITED).orElseThrow().realmRoles()).contains("council-officer");
    }

    private Api.Answer invite() {
        return Api.postObject(
                "/api/v1/council/users",
                norwichAdmin,
                Map.of(
                        "email",
                        INVITED,
                        "firstName",
                        "Half",
                        "lastName",
                        "Invited",
                        "roles",
                        List.of("council-officer")));
    }

    /** The reasons of the audit entries with this action. */
    private static List<String> audit(String action) {
        try (var db = TestDatabase.asApp()) {
            db.setAutoCommit(false);
            db.createStatement().execute("set local role eelga_association_reader");
            List<String> reasons = new java.util.ArrayList<>();
            try (var rows = db.createStatement()
                    .executeQuery("select coalesce(reason, '') from audit_event where action = '" + action
                            + "' order by id")) {
                while (rows.next()) {
                    reasons.add(rows.getString(1));
                }
            }
            db.rollback();
            return reasons;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
