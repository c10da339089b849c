package uk.org.eelga.platform.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.ApiWrite;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;

/** Real tokens against the running platform: booking through the API, and no council reaches another's. */
@PlatformIT
class CoachingApiIT {

    @Inject
    CoachingCatalogue catalogue;

    private final String norwich = DemoTokens.accessToken("officer@norwich.demo");
    private final String cambridge = DemoTokens.accessToken("officer@cambridge.demo");
    private final String staff = DemoTokens.accessToken("staff@eelga.demo");

    @BeforeEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void an_officer_books_a_place_and_a_full_session_puts_the_next_delegate_on_the_waitlist_with_a_clear_message() {
        SessionSummary session = CoachingFixtures.upcoming(catalogue, 1);
        Api.Answer first = book(norwich, session.id(), "Nora Norwich", "nora@norwich.demo");
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().at("/booking/status").asText()).isEqualTo("CONFIRMED");

        Api.Answer second = book(cambridge, session.id(), "Cam Bridge", "cam@cambridge.demo");
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().at("/booking/status").asText()).isEqualTo("WAITLISTED");
        assertThat(second.json().get("message").asText()).contains("The session is full", "number 1 in line");

        JsonNode sessions = Api.get("/api/v1/coaching/sessions", norwich).json();
        JsonNode listed = find(sessions, session.id());
        assertThat(listed.get("confirmed").asInt()).isEqualTo(1);
    }

    @Test
    void bad_input_gets_an_api_problem_with_a_code() {
        SessionSummary past = CoachingFixtures.session(catalogue, 3, 0, Duration.ofDays(-2), Duration.ofDays(-3));
        Api.Answer answer = book(norwich, past.id(), "Nora", "nora@norwich.demo");
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().get("code").asText()).isEqualTo("session-in-past");

        SessionSummary open = CoachingFixtures.upcoming(catalogue, 3);
        Api.Answer badEmail = book(norwich, open.id(), "Nora", "not-an-email");
        assertThat(badEmail.status()).isEqualTo(422);
        assertThat(badEmail.json().get("code").asText()).isEqualTo("delegate-email");

        Api.Answer noSession = book(norwich, 987654321L, "Nora", "nora@norwich.demo");
        assertThat(noSession.status()).isEqualTo(404);
        assertThat(noSession.json().get("code").asText()).isEqualTo("not-found");

        SessionSummary closed = CoachingFixtures.session(catalogue, 3, 0, Duration.ofDays(3), Duration.ofDays(-1));
        long id = book(norwich, closed.id(), "Nora", "nora@norwich.demo")
                .json()
                .at("/booking/id")
                .asLong();
        Api.Answer late = ApiWrite.post("/api/v1/coaching/bookings/" + id + "/cancel", norwich, "{}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("code").asText()).isEqualTo("after-cutoff");
    }

    @Test
    void another_councils_booking_is_not_found_for_reading_cancelling_or_listing() {
        SessionSummary session = CoachingFixtures.upcoming(catalogue, 3);
        long id = book(norwich, session.id(), "Nora", "nora@norwich.demo")
                .json()
                .at("/booking/id")
                .asLong();

        assertThat(Api.get("/api/v1/coaching/bookings/" + id, norwich).status()).isEqualTo(200);
        assertThat(Api.get("/api/v1/coaching/bookings/" + id, cambridge).status())
                .isEqualTo(404);
        assertThat(ApiWrite.post("/api/v1/coaching/bookings/" + id + "/cancel", cambridge, "{}")
                        .status())
                .isEqualTo(404);
        assertThat(Api.get("/api/v1/coaching/bookings", cambridge).json()).isEmpty();
        assertThat(Api.get("/api/v1/coaching/bookings", norwich).json()).hasSize(1);
        assertThat(Api.get("/api/v1/coaching/bookings/" + id, norwich)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("CONFIRMED");
    }

    @Test
    void staff_endpoints_are_refused_to_councils_and_show_every_councils_bookings_to_staff() {
        SessionSummary session = CoachingFixtures.upcoming(catalogue, 1);
        book(norwich, session.id(), "Nora", "nora@norwich.demo");
        book(cambridge, session.id(), "Cam", "cam@cambridge.demo");
        String path = "/api/v1/staff/coaching/sessions/" + session.id() + "/bookings";
        assertThat(Api.get(path, norwich).status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/staff/coaching/billable-places", norwich).status())
                .isEqualTo(403);
        JsonNode all = Api.get(path, staff).json();
        assertThat(all).hasSize(2);
        assertThat(all.get(0).get("councilId").asText()).isEqualTo("norwich");
        assertThat(all.get(1).get("status").asText()).isEqualTo("WAITLISTED");

        long norwichBooking = all.get(0).get("id").asLong();
        Api.Answer wrongCouncil = ApiWrite.post(
                "/api/v1/staff/coaching/councils/cambridge/bookings/" + norwichBooking + "/attendance",
                staff,
                "{\"attended\":true,\"completed\":true}");
        assertThat(wrongCouncil.status()).isEqualTo(404);
        Api.Answer recorded = ApiWrite.post(
                "/api/v1/staff/coaching/councils/norwich/bookings/" + norwichBooking + "/attendance",
                staff,
                "{\"attended\":true,\"completed\":true}");
        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.json().get("completed").asBoolean()).isTrue();
        assertThat(Api.get("/api/v1/staff/coaching/figures/councils-engaged?from=2000-01-01&to=2100-12-31", staff)
                        .json()
                        .get("councilIds"))
                .extracting(JsonNode::asText)
                .containsExactly("norwich");
    }

    @Test
    void a_staff_token_cannot_book_for_a_council() {
        SessionSummary session = CoachingFixtures.upcoming(catalogue, 1);
        assertThat(book(staff, session.id(), "Sam", "sam@eelga.demo").status()).isEqualTo(403);
    }

    private static Api.Answer book(String token, long session, String name, String email) {
        return ApiWrite.post(
                "/api/v1/coaching/bookings",
                token,
                "{\"sessionId\":" + session + ",\"delegateName\":\"" + name + "\",\"delegateEmail\":\"" + email
                        + "\"}");
    }

    private static JsonNode find(JsonNode sessions, long id) {
        for (JsonNode s : sessions) {
            if (s.get("id").asLong() == id) {
                return s;
            }
        }
        throw new AssertionError("session " + id + " not listed");
    }
}
