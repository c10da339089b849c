package uk.org.eelga.platform.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.Race;
import uk.org.eelga.platform.support.TestDatabase;

/** Twenty callers at once on one booking: it is booked, cancelled and its attendance recorded once. */
@PlatformIT
class CoachingRacesIT {

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
    void the_same_delegate_booked_twenty_times_at_once_gets_one_place() {
        SessionSummary session = CoachingFixtures.upcoming(catalogue, 5);

        List<Api.Answer> answers = Race.run(() -> book(norwich, session.id(), "Nora", "nora@norwich.demo"));

        assertThat(Race.statuses(answers)).isEqualTo(Map.of(201, 1L, 409, 19L));
        assertThat(answers.stream().filter(a -> a.status() == 409))
                .allSatisfy(a -> assertThat(a.json().get("code").asText()).isEqualTo("already-booked"));
        assertThat(Race.count("select count(*) from coaching_booking where session_id = " + session.id()))
                .isEqualTo(1);
        assertThat(Race.count("select confirmed_count from coaching_session where id = " + session.id()))
                .isEqualTo(1);
    }

    @Test
    void twenty_cancellations_of_one_place_cancel_it_once_and_pass_it_on_once() {
        SessionSummary session = CoachingFixtures.upcoming(catalogue, 1);
        long place = book(norwich, session.id(), "Nora", "nora@norwich.demo")
                .json()
                .at("/booking/id")
                .asLong();
        book(cambridge, session.id(), "Cam", "cam@cambridge.demo"); // waitlisted
        book(cambridge, session.id(), "Cleo", "cleo@cambridge.demo"); // waitlisted, second in line

        List<Api.Answer> answers = Race.run(() -> Api.post("/api/v1/coaching/bookings/" + place + "/cancel", norwich));

        assertThat(Race.statuses(answers)).isEqualTo(Map.of(200, 1L, 409, 19L));
        assertThat(answers.stream().filter(a -> a.status() == 409))
                .allSatisfy(a -> assertThat(a.json().get("code").asText()).isEqualTo("already-cancelled"));
        assertThat(Race.count("select confirmed_count from coaching_session where id = " + session.id()))
                .isEqualTo(1);
        assertThat(Race.count("select count(*) from coaching_booking where session_id = " + session.id()
                        + " and status = 'CONFIRMED'"))
                .isEqualTo(1);
        assertThat(Race.count("select count(*) from coaching_booking where session_id = " + session.id()
                        + " and status = 'CONFIRMED' and delegate_email = 'cam@cambridge.demo'"))
                .isEqualTo(1);
        assertThat(Race.count("select count(*) from coaching_waitlist where session_id = " + session.id()))
                .isEqualTo(1);
    }

    @Test
    void attendance_recorded_twenty_times_at_once_is_recorded_and_audited_once() {
        SessionSummary session = CoachingFixtures.upcoming(catalogue, 3);
        long place = book(norwich, session.id(), "Nora", "nora@norwich.demo")
                .json()
                .at("/booking/id")
                .asLong();

        List<Api.Answer> answers = Race.run(() -> Api.post(
                "/api/v1/staff/coaching/councils/norwich/bookings/" + place + "/attendance",
                staff,
                "{\"attended\":true,\"completed\":true}"));

        // recording what is already recorded is the idempotent equivalent of a conflict: same answer, no change
        assertThat(Race.statuses(answers)).isEqualTo(Map.of(200, 20L));
        assertThat(Race.count("select count(*) from audit_event where action = 'coaching.attendance'"))
                .isEqualTo(1);
        assertThat(Race.count(
                        "select count(*) from coaching_booking where id = " + place + " and attended and completed"))
                .isEqualTo(1);
    }

    private static Api.Answer book(String token, long session, String name, String email) {
        return Api.post(
                "/api/v1/coaching/bookings",
                token,
                "{\"sessionId\":" + session + ",\"delegateName\":\"" + name + "\",\"delegateEmail\":\"" + email
                        + "\"}");
    }
}
