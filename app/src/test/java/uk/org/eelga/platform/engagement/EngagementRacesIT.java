package uk.org.eelga.platform.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.Race;

/** Twenty callers at once on one meeting or event: cancelled once, a delegate registered and withdrawn once. */
@PlatformIT
class EngagementRacesIT {

    private final String norwich = DemoTokens.accessToken("officer@norwich.demo");
    private final String staff = DemoTokens.accessToken("staff@eelga.demo");

    @BeforeEach
    void clean() throws Exception {
        EngagementData.clear();
    }

    @Test
    void twenty_cancellations_at_once_cancel_once_and_audit_once() {
        long event = event(10);

        List<Api.Answer> answers = Race.run(
                Race.CALLERS,
                i -> () -> Api.post(
                        "/api/v1/engagement/meetings/" + event + "/cancel",
                        staff,
                        "{\"reason\":\"Venue lost (" + i + ")\"}"));

        assertThat(Race.statuses(answers)).isEqualTo(Map.of(200, 1L, 409, 19L));
        assertThat(answers.stream().filter(a -> a.status() == 409))
                .allSatisfy(a -> assertThat(a.json().get("code").asText()).isEqualTo("already-cancelled"));
        assertThat(Race.count("select count(*) from audit_event where action = 'engagement.meeting.cancelled'"))
                .isEqualTo(1);
    }

    @Test
    void attendance_and_a_cancellation_at_once_never_leave_attendance_on_a_cancelled_meeting() {
        long event = event(10);
        String line = "[{\"councilId\":\"norwich\",\"seat\":1,\"status\":\"PRESENT\",\"personName\":\"Nora\"}]";

        List<Api.Answer> answers = Race.run(
                Race.CALLERS,
                i -> () -> i == 7
                        ? Api.post("/api/v1/engagement/meetings/" + event + "/cancel", staff, "{\"reason\":\"Snow\"}")
                        : Api.put("/api/v1/engagement/meetings/" + event + "/attendance", staff, line));

        assertThat(answers.get(7).status()).isEqualTo(200);
        long recordedAfter = answers.stream()
                .filter(a -> a != answers.get(7))
                .filter(a -> a.status() == 409)
                .count();
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).isIn(200, 409));
        // attendance recorded before the cancellation is kept (one row, written again by each in turn); none after
        long rows = Race.count("select count(*) from attendance where meeting_id = " + event);
        assertThat(rows).isLessThanOrEqualTo(1);
        assertThat(rows == 0).isEqualTo(recordedAfter == 19);
    }

    @Test
    void the_same_delegate_registered_twenty_times_at_once_takes_one_place() {
        long event = event(5);

        List<Api.Answer> answers = Race.run(() -> register(event, "Nora", "nora@norwich.demo"));

        assertThat(Race.statuses(answers)).isEqualTo(Map.of(201, 1L, 409, 19L));
        assertThat(answers.stream().filter(a -> a.status() == 409))
                .allSatisfy(a -> assertThat(a.json().get("code").asText()).isEqualTo("already-registered"));
        assertThat(Race.count("select registered_count from engagement_meeting where id = " + event))
                .isEqualTo(1);
    }

    @Test
    void twenty_delegates_for_five_places_at_once_fill_exactly_five() {
        long event = event(5);

        List<Api.Answer> answers =
                Race.run(Race.CALLERS, i -> () -> register(event, "Delegate " + i, "delegate" + i + "@norwich.demo"));

        assertThat(Race.statuses(answers)).isEqualTo(Map.of(201, 5L, 409, 15L));
        assertThat(Race.count("select registered_count from engagement_meeting where id = " + event))
                .isEqualTo(5);
        assertThat(Race.count("select count(*) from event_registration where meeting_id = " + event))
                .isEqualTo(5);
    }

    @Test
    void twenty_withdrawals_of_one_registration_give_the_place_back_once() {
        long event = event(5);
        register(event, "Ned", "ned@norwich.demo");
        long id = register(event, "Nora", "nora@norwich.demo").json().get("id").asLong();

        List<Api.Answer> answers = Race.run(() -> Api.delete("/api/v1/council/event-registrations/" + id, norwich));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).isIn(204, 404, 409));
        assertThat(answers.stream().filter(a -> a.status() == 204)).hasSize(1);
        assertThat(Race.count("select registered_count from engagement_meeting where id = " + event))
                .isEqualTo(1);
    }

    private Api.Answer register(long event, String name, String email) {
        return Api.post(
                "/api/v1/council/event-registrations",
                norwich,
                "{\"eventId\":" + event + ",\"delegateName\":\"" + name + "\",\"delegateEmail\":\"" + email + "\"}");
    }

    private long event(int capacity) {
        return Api.post(
                        "/api/v1/engagement/meetings",
                        staff,
                        "{\"eventType\":\"SUMMIT\",\"title\":\"Summit\",\"startsAt\":\""
                                + LocalDateTime.now().plusDays(20).truncatedTo(ChronoUnit.MINUTES)
                                + "\",\"place\":\"London\",\"online\":false,\"capacity\":" + capacity + "}")
                .json()
                .get("id")
                .asLong();
    }
}
