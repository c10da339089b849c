package uk.org.eelga.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.tenancy.people.CouncilPeople;

/** Real tokens from the real Keycloak against the running platform: no council reaches another's data. */
@PlatformIT
class ApiTenantIsolationIT {

    @Inject
    CouncilPeople people;

    private final String norwichOfficer = DemoTokens.accessToken("officer@norwich.demo");

    @BeforeEach
    void knownPeople() throws Exception {
        TestDatabase.clearTenantData();
        Fixtures.peopleOfTwoCouncils(people);
    }

    @Test
    void me_names_the_council_of_the_token_and_nothing_else() {
        JsonNode me = Api.get("/api/v1/me", norwichOfficer).json();
        assertThat(me.at("/council/id").asText()).isEqualTo("norwich");
        assertThat(me.at("/council/name").asText()).isEqualTo("Norwich City Council");
        assertThat(me.at("/roles/0").asText()).isEqualTo("council-officer");
    }

    @Test
    void officer_of_one_council_gets_not_found_for_another_council() {
        assertThat(Api.get("/api/v1/councils/cambridge", norwichOfficer).status())
                .isEqualTo(404);
        assertThat(Api.get("/api/v1/councils/norwich", norwichOfficer).status()).isEqualTo(200);
    }

    @Test
    void malformed_or_unknown_council_ids_are_not_found_rather_than_errors() {
        for (String id : List.of("NORWICH", "norwich%27--", "..%2Fcambridge", "nowhere")) {
            assertThat(Api.get("/api/v1/councils/" + id, norwichOfficer).status())
                    .as(id)
                    .isEqualTo(404);
        }
    }

    @Test
    void officer_cannot_list_all_councils() {
        assertThat(Api.get("/api/v1/councils", norwichOfficer).status()).isEqualTo(403);
    }

    @Test
    void council_people_lists_only_the_callers_own_council() {
        JsonNode list = Api.get("/api/v1/council/people", norwichOfficer).json();
        List<String> emails = new ArrayList<>();
        list.forEach(person -> emails.add(person.get("email").asText()));
        assertThat(emails).containsExactlyInAnyOrder("Nora@norwich.demo", "Ned@norwich.demo");

        JsonNode cambridge = Api.get("/api/v1/council/people", DemoTokens.accessToken("officer@cambridge.demo"))
                .json();
        assertThat(cambridge).hasSize(1);
        assertThat(cambridge.get(0).get("email").asText()).isEqualTo("Cam@cambridge.demo");
    }

    @Test
    void association_staff_see_all_52_councils_and_any_one() {
        String staff = DemoTokens.accessToken("staff@eelga.demo");
        assertThat(Api.get("/api/v1/councils", staff).json()).hasSize(52);
        assertThat(Api.get("/api/v1/councils/cambridge", staff)
                        .json()
                        .get("name")
                        .asText())
                .isEqualTo("Cambridge City Council");
        assertThat(Api.get("/api/v1/me", staff).json().has("council")).isFalse();
    }

    @Test
    void a_person_of_no_council_is_refused_with_a_clear_reason() {
        Api.Answer answer = Api.get("/api/v1/me", DemoTokens.accessToken("unlinked@nowhere.demo"));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().get("code").asText()).isEqualTo("not-linked");
        assertThat(answer.json().get("message").asText()).contains("not linked to a member council");
    }

    @Test
    void no_token_or_a_tampered_token_is_unauthorised() {
        assertThat(Api.get("/api/v1/me", null).status()).isEqualTo(401);
        String[] parts = norwichOfficer.split("\\.");
        String forgedClaims = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
                        .replace("\"norwich\"", "\"cambridge\"")
                        .getBytes());
        String forged = parts[0] + "." + forgedClaims + "." + parts[2];
        assertThat(Api.get("/api/v1/councils/cambridge", forged).status()).isEqualTo(401);
    }

    @Test
    void health_and_openapi_are_public() {
        Api.Answer health = Api.get("/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        // the parts are for staff only (issue 11, point 7)
        assertThat(health.json().has("details")).isFalse();
        Api.Answer details = Api.get("/api/v1/staff/health", DemoTokens.accessToken("staff@eelga.demo"));
        assertThat(details.json().at("/details/jdbc/status").asText()).isEqualTo("UP");
        assertThat(details.json().at("/details/keycloak/status").asText()).isEqualTo("UP");
        Api.Answer openapi = Api.get("/api/openapi.yml", null);
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/councils/{id}", "/api/v1/me");
    }
}
