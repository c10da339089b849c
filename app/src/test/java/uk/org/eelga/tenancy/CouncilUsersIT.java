package uk.org.eelga.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.tenancy.keycloak.KeycloakDirectory;

/** A council admin manages their own council's people and nobody else's; every refusal path is tried. */
@PlatformIT
class CouncilUsersIT {

    static final String INVITED = "new.officer@norwich.demo";
    static GreenMail smtp;

    @Inject
    KeycloakDirectory keycloak;

    String norwichAdmin;

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
        keycloak.deleteUserByEmail(INVITED);
        // the demo leader's roles are changed by one test: put them back
        keycloak.findUserByEmail("leader@norwich.demo")
                .ifPresent(leader -> keycloak.setRealmRoles(
                        leader.id(),
                        java.util.Set.of("council-leader"),
                        java.util.Set.of("council-leader", "council-officer", "council-admin")));
        norwichAdmin = DemoTokens.accessToken("admin@norwich.demo");
    }

    @Test
    void a_council_admin_lists_only_their_own_councils_people() {
        Api.Answer answer = Api.get("/api/v1/council/users", norwichAdmin);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(emails(answer.json()))
                .contains("officer@norwich.demo", "leader@norwich.demo", "admin@norwich.demo")
                .noneMatch(email -> !email.endsWith("@norwich.demo"));
    }

    @Test
    void a_council_admin_invites_an_officer_of_their_domain_who_gets_an_email() {
        Api.Answer answer =
                Api.postObject("/api/v1/council/users", norwichAdmin, invitation(INVITED, "council-officer"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("roles").get(0).asText()).isEqualTo("council-officer");
        assertThat(InvitationMail.linkFor(smtp, INVITED)).contains("action-token");
        assertThat(emails(Api.get("/api/v1/council/users", norwichAdmin).json()))
                .contains(INVITED);
        assertThat(AuditTrail.actions()).contains("user.invited");
    }

    @Test
    void an_invitation_to_another_councils_domain_is_refused() {
        Api.Answer answer = Api.postObject(
                "/api/v1/council/users", norwichAdmin, invitation("someone@cambridge.demo", "council-officer"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("code").asText()).isEqualTo("foreign-domain");
        assertThat(keycloak.findUserByEmail("someone@cambridge.demo")).isEmpty();
    }

    @Test
    void an_association_role_typed_by_hand_is_refused() {
        for (String role : List.of("association-admin", "association-staff", "admin", "realm-admin")) {
            Api.Answer answer = Api.postObject("/api/v1/council/users", norwichAdmin, invitation(INVITED, role));
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().get("code").asText()).isEqualTo("not-a-council-role");
        }
        String leader = id("leader@norwich.demo");
        Api.Answer promote = Api.putObject(
                "/api/v1/council/users/" + leader + "/roles",
                norwichAdmin,
                Map.of("roles", List.of("association-admin")));
        assertThat(promote.status()).isEqualTo(400);
        assertThat(keycloak.findUser(leader).orElseThrow().realmRoles()).doesNotContain("association-admin");
        assertThat(keycloak.findUserByEmail(INVITED)).isEmpty();
    }

    @Test
    void another_councils_user_id_or_a_forged_id_is_not_found() {
        String cambridgeOfficer = id("officer@cambridge.demo");
        for (String forged : List.of(cambridgeOfficer, "00000000-0000-0000-0000-000000000000", "x'or'1'='1")) {
            assertThat(Api.putObject(
                                    "/api/v1/council/users/" + forged + "/roles",
                                    norwichAdmin,
                                    Map.of("roles", List.of("council-admin")))
                            .status())
                    .isEqualTo(404);
            assertThat(Api.postObject("/api/v1/council/users/" + forged + "/deactivate", norwichAdmin, null)
                            .status())
                    .isEqualTo(404);
        }
        assertThat(keycloak.findUser(cambridgeOfficer).orElseThrow().enabled()).isTrue();
        assertThat(keycloak.findUser(cambridgeOfficer).orElseThrow().realmRoles())
                .doesNotContain("council-admin");
    }

    @Test
    void a_council_admin_cannot_use_the_association_routes_for_any_council() {
        assertThat(Api.get("/api/v1/councils/cambridge/users", norwichAdmin).status())
                .isEqualTo(403);
        assertThat(Api.get("/api/v1/councils/norwich/users", norwichAdmin).status())
                .isEqualTo(403);
        assertThat(Api.get("/api/v1/council/users", DemoTokens.accessToken("officer@norwich.demo"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void a_council_admin_changes_a_role_and_deactivates_a_person_with_before_and_after_audited() {
        String leader = id("leader@norwich.demo");
        Api.Answer changed = Api.putObject(
                "/api/v1/council/users/" + leader + "/roles",
                norwichAdmin,
                Map.of("roles", List.of("council-leader", "council-officer")));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(keycloak.findUser(leader).orElseThrow().realmRoles()).contains("council-leader", "council-officer");

        Api.postObject("/api/v1/council/users", norwichAdmin, invitation(INVITED, "council-officer"));
        String invited = id(INVITED);
        Api.Answer deactivated = Api.postObject("/api/v1/council/users/" + invited + "/deactivate", norwichAdmin, null);
        assertThat(deactivated.status()).as(deactivated.body()).isEqualTo(200);
        assertThat(keycloak.findUser(invited).orElseThrow().enabled()).isFalse();
        assertThat(AuditTrail.actions()).contains("user.roles-changed", "user.deactivated");
    }

    @Test
    void association_admins_manage_any_councils_people() {
        String admin = DemoTokens.accessToken("admin@eelga.demo");
        Api.Answer cambridge = Api.get("/api/v1/councils/cambridge/users", admin);
        assertThat(cambridge.status()).isEqualTo(200);
        assertThat(emails(cambridge.json())).contains("officer@cambridge.demo").noneMatch(e -> e.contains("norwich"));
        Api.Answer wrongCouncil = Api.putObject(
                "/api/v1/councils/cambridge/users/" + id("leader@norwich.demo") + "/roles",
                admin,
                Map.of("roles", List.of("council-admin")));
        assertThat(wrongCouncil.status()).isEqualTo(404);
    }

    private String id(String email) {
        return keycloak.findUserByEmail(email).orElseThrow().id();
    }

    private static Map<String, Object> invitation(String email, String role) {
        return Map.of("email", email, "firstName", "New", "lastName", "Officer", "roles", List.of(role));
    }

    private static List<String> emails(JsonNode people) {
        return StreamSupport.stream(people.spliterator(), false)
                .map(person -> person.get("email").asText())
                .toList();
    }
}
