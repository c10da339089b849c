package uk.org.eelga.platform.engagement.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.engagement.EngagementData;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.Race;
import uk.org.eelga.platform.support.TestDatabase;

/**
 * Correcting a meeting or event through the API with real tokens and the real database: what may change, what stays,
 * who may do it, and that every refusal leaves the meeting, its attendance and the audit log as they were.
 */
@PlatformIT
class MeetingCorrectionApiIT {

    private static final String MEETINGS = "/api/v1/engagement/meetings/";

    private final String staff = DemoTokens.accessToken("staff@eelga.demo");
    private final String norwich = DemoTokens.accessToken("officer@norwich.demo");
    private final LocalDateTime inTwentyDays = LocalDateTime.now().plusDays(20).truncatedTo(ChronoUnit.HOURS);

    @BeforeEach
    void clean() throws Exception {
        EngagementData.clear();
    }

    @Test
    void staff_correct_an_events_title_place_agenda_capacity_and_time_and_the_audit_log_keeps_before_and_after() {
        long event = event(10);

        Api.Answer corrected = correct(
                event,
                "Finance Summit",
                inTwentyDays.plusDays(1),
                "Bury St Edmunds",
                true,
                "https://eelga.gov.uk/agenda",
                40);

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        JsonNode meeting = corrected.json();
        assertThat(meeting.get("id").asLong()).isEqualTo(event);
        assertThat(meeting.get("title").asText()).isEqualTo("Finance Summit");
        assertThat(meeting.get("place").asText()).isEqualTo("Bury St Edmunds");
        assertThat(meeting.get("online").asBoolean()).isTrue();
        assertThat(meeting.get("agendaUrl").asText()).isEqualTo("https://eelga.gov.uk/agenda");
        assertThat(meeting.get("capacity").asInt()).isEqualTo(40);
        // what it is stays as planned
        assertThat(meeting.get("kind").asText()).isEqualTo("EVENT");
        assertThat(meeting.get("eventType").asText()).isEqualTo("SUMMIT");
        assertThat(stored(event)).isEqualTo(meeting.toString());
        assertThat(rows("select before_state, after_state, actor_email from audit_event"
                        + " where action = 'engagement.meeting.corrected'"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.get(0)).startsWith("Summit, ").contains("London, capacity 10");
                    assertThat(row.get(1))
                            .startsWith("Finance Summit, ")
                            .contains("Bury St Edmunds and online, agenda https://eelga.gov.uk/agenda, capacity 40");
                    assertThat(row.get(2)).isEqualTo("staff@eelga.demo");
                });

        // the same details again change nothing and add nothing to the audit log
        assertThat(correct(
                                event,
                                "Finance Summit",
                                inTwentyDays.plusDays(1),
                                "Bury St Edmunds",
                                true,
                                "https://eelga.gov.uk/agenda",
                                40)
                        .status())
                .isEqualTo(200);
        assertThat(Race.count("select count(*) from audit_event where action = 'engagement.meeting.corrected'"))
                .isEqualTo(1);
    }

    @Test
    void council_officers_leaders_and_admins_are_refused_and_nothing_changes() {
        long event = event(10);
        String before = stored(event);
        for (String user : List.of("officer@norwich.demo", "leader@norwich.demo", "admin@norwich.demo")) {
            Api.Answer refused = Api.put(
                    MEETINGS + event,
                    DemoTokens.accessToken(user),
                    body("Renamed by a council", inTwentyDays, "Norwich", false, null, 10));
            assertThat(refused.status()).as(user).isEqualTo(403);
        }
        assertThat(stored(event)).isEqualTo(before);
        assertThat(Race.count("select count(*) from audit_event where action = 'engagement.meeting.corrected'"))
                .isZero();
    }

    @Test
    void an_unknown_meeting_is_not_found_and_a_cancelled_one_is_refused_as_it_was() {
        Api.Answer unknown = correct(999_999_999L, "Summit", inTwentyDays, "London", false, null, 10);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asText()).isEqualTo("not-found");

        long event = event(10);
        assertThat(Api.post(MEETINGS + event + "/cancel", staff, "{\"reason\":\"Venue lost\"}")
                        .status())
                .isEqualTo(200);
        String cancelled = stored(event);
        Api.Answer refused = correct(event, "Summit again", inTwentyDays, "London", false, null, 10);
        conflict(refused, "meeting-cancelled", "This meeting was cancelled, so it cannot be corrected");
        assertThat(stored(event)).isEqualTo(cancelled);
    }

    @Test
    void the_time_of_a_meeting_with_attendance_recorded_stays_but_its_title_and_place_can_be_corrected() {
        long assembly = groupId("assembly");
        LocalDateTime lastWeek = LocalDateTime.now().minusDays(7).truncatedTo(ChronoUnit.HOURS);
        long meeting = Api.post(
                        "/api/v1/engagement/meetings",
                        staff,
                        "{\"groupId\":" + assembly + ",\"title\":\"Assembly\",\"startsAt\":\"" + lastWeek
                                + "\",\"place\":\"Cambridge\",\"online\":false}")
                .json()
                .get("id")
                .asLong();
        // before attendance is recorded, a wrong time is corrected like anything else
        assertThat(correct(meeting, "Assembly", lastWeek.minusDays(1), "Cambridge", false, null, null)
                        .status())
                .isEqualTo(200);
        assertThat(Api.put(
                                MEETINGS + meeting + "/attendance",
                                staff,
                                "[{\"councilId\":\"norwich\",\"seat\":1,\"status\":\"PRESENT\",\"personName\":\"Nora\"}]")
                        .status())
                .isEqualTo(200);
        String recorded = stored(meeting);

        Api.Answer moved = correct(meeting, "Assembly", lastWeek.plusDays(2), "Cambridge", false, null, null);

        conflict(
                moved,
                "attendance-recorded",
                "Attendance is already recorded for this meeting, so its time cannot be changed");
        assertThat(stored(meeting)).isEqualTo(recorded);
        assertThat(Race.count("select count(*) from attendance where meeting_id = " + meeting))
                .isEqualTo(1);
        assertThat(Race.count("select count(*) from audit_event where action = 'engagement.meeting.corrected'"))
                .isEqualTo(1);

        Api.Answer renamed =
                correct(meeting, "Assembly of Council Leaders", lastWeek.minusDays(1), "Ely", false, null, null);
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("title").asText()).isEqualTo("Assembly of Council Leaders");
        assertThat(renamed.json().get("place").asText()).isEqualTo("Ely");
        assertThat(renamed.json().get("groupId").asLong()).isEqualTo(assembly);
        JsonNode list = Api.get(MEETINGS + meeting + "/attendance", staff).json();
        assertThat(list.at("/figure/part").asInt()).isEqualTo(1);
    }

    @Test
    void an_events_capacity_cannot_go_below_its_registrations_nor_its_time_to_before_a_registration() {
        long event = event(10);
        for (String name : List.of("ned", "nora", "nick")) {
            assertThat(Api.post(
                                    "/api/v1/council/event-registrations",
                                    norwich,
                                    "{\"eventId\":" + event + ",\"delegateName\":\"" + name + "\",\"delegateEmail\":\""
                                            + name + "@norwich.demo\"}")
                            .status())
                    .isEqualTo(201);
        }
        String registered = stored(event);

        Api.Answer tooSmall = correct(event, "Summit", inTwentyDays, "London", false, null, 2);
        conflict(tooSmall, "capacity", "3 delegates are already registered, so the capacity cannot be less than 3");

        Api.Answer beforeTheyRegistered = correct(
                event,
                "Summit",
                LocalDateTime.now().minusDays(2).truncatedTo(ChronoUnit.HOURS),
                "London",
                false,
                null,
                10);
        assertThat(beforeTheyRegistered.status()).isEqualTo(409);
        assertThat(beforeTheyRegistered.json().get("code").asText()).isEqualTo("registered-before");
        assertThat(beforeTheyRegistered.json().get("message").asText())
                .startsWith("A delegate registered for this event on ")
                .endsWith(", so it must start after then");
        assertThat(stored(event)).isEqualTo(registered);

        Api.Answer full = correct(event, "Summit", inTwentyDays.plusDays(7), "London", false, null, 3);
        assertThat(full.status()).as(full.body()).isEqualTo(200);
        assertThat(full.json().get("capacity").asInt()).isEqualTo(3);
        assertThat(full.json().get("registeredCount").asInt()).isEqualTo(3);
        Api.Answer noPlaceLeft = Api.post(
                "/api/v1/council/event-registrations",
                norwich,
                "{\"eventId\":" + event + ",\"delegateName\":\"Nat\",\"delegateEmail\":\"nat@norwich.demo\"}");
        assertThat(noPlaceLeft.status()).isEqualTo(409);
        assertThat(noPlaceLeft.json().get("code").asText()).isEqualTo("event-full");
    }

    @Test
    void malformed_huge_and_impossible_input_is_a_400_problem_and_changes_nothing() {
        long event = event(10);
        String before = stored(event);
        String good = body("Summit", inTwentyDays, "London", false, null, 10);
        for (String bad : List.of(
                "{",
                "[]",
                "",
                good.replace("\"Summit\"", "\"" + "S".repeat(100_000) + "\""),
                good.replace("\"Summit\"", "\"Sum\\u0000mit\""),
                good.replace("\"Summit\"", "\"\""),
                good.replace("\"Summit\"", "null"),
                good.replace(inTwentyDays.toString(), "+999999999-01-01T10:00:00"),
                good.replace(inTwentyDays.toString(), "2027-02-31T10:00:00"),
                good.replace(inTwentyDays.toString(), "tomorrow"),
                good.replace("\"London\"", "\"\""),
                good.replace("\"capacity\":10", "\"capacity\":0"),
                good.replace("\"capacity\":10", "\"capacity\":100001"),
                good.replace("\"capacity\":10", "\"capacity\":\"ten\""),
                good.replace("\"agendaUrl\":null", "\"agendaUrl\":\"javascript:alert(1)\""))) {
            Api.Answer answer = Api.put(MEETINGS + event, staff, bad);
            assertThat(answer.status())
                    .as(bad.length() > 200 ? bad.substring(0, 200) : bad)
                    .isEqualTo(400);
            assertThat(answer.json().get("message").asText()).as(bad).isNotBlank();
        }
        assertThat(Api.put(MEETINGS + "not-a-number", staff, good).status()).isEqualTo(400);
        assertThat(stored(event)).isEqualTo(before);
        assertThat(Race.count("select count(*) from audit_event where action = 'engagement.meeting.corrected'"))
                .isZero();
    }

    @Test
    void twenty_corrections_at_once_leave_one_consistent_row_and_an_audit_entry_each_in_turn() throws Exception {
        long event = event(10);

        List<Api.Answer> answers = Race.run(
                Race.CALLERS,
                i -> () -> correct(event, "Summit " + i, inTwentyDays.plusDays(i), "Place " + i, false, null, 10 + i));

        assertThat(Race.statuses(answers)).isEqualTo(Map.of(200, 20L));
        JsonNode last = new com.fasterxml.jackson.databind.ObjectMapper().readTree(stored(event));
        int i = Integer.parseInt(last.get("title").asText().substring("Summit ".length()));
        // every field of the row from one and the same correction
        assertThat(last.get("place").asText()).isEqualTo("Place " + i);
        assertThat(last.get("capacity").asInt()).isEqualTo(10 + i);
        assertThat(last.get("startsAt").asText())
                .isEqualTo(answers.get(i).json().get("startsAt").asText());
        List<List<String>> audit = rows("select before_state, after_state from audit_event"
                + " where action = 'engagement.meeting.corrected' order by id");
        assertThat(audit).hasSize(20);
        // one after another: each correction starts from what the one before it left
        for (int k = 1; k < audit.size(); k++) {
            assertThat(audit.get(k).get(0)).isEqualTo(audit.get(k - 1).get(1));
        }
        assertThat(audit.get(0).get(0)).startsWith("Summit, ");
        assertThat(audit.get(19).get(1)).startsWith("Summit " + i + ", ");
    }

    private Api.Answer correct(
            long id,
            String title,
            LocalDateTime startsAt,
            String place,
            boolean online,
            String agendaUrl,
            Integer capacity) {
        return Api.put(MEETINGS + id, staff, body(title, startsAt, place, online, agendaUrl, capacity));
    }

    private static String body(
            String title, LocalDateTime startsAt, String place, boolean online, String agendaUrl, Integer capacity) {
        return "{\"title\":\"" + title + "\",\"startsAt\":\"" + startsAt + "\",\"place\":\"" + place + "\",\"online\":"
                + online + ",\"agendaUrl\":" + (agendaUrl == null ? "null" : "\"" + agendaUrl + "\"")
                + ",\"capacity\":" + capacity + "}";
    }

    private long event(int capacity) {
        return Api.post(
                        "/api/v1/engagement/meetings",
                        staff,
                        "{\"eventType\":\"SUMMIT\",\"title\":\"Summit\",\"startsAt\":\"" + inTwentyDays
                                + "\",\"place\":\"London\",\"online\":false,\"capacity\":" + capacity + "}")
                .json()
                .get("id")
                .asLong();
    }

    /** The meeting as the API lists it now (all of this year and the next), as JSON text. */
    private String stored(long id) {
        for (String period : List.of("", "?period=" + nextYear())) {
            for (JsonNode meeting :
                    Api.get("/api/v1/engagement/meetings" + period, staff).json()) {
                if (meeting.get("id").asLong() == id) {
                    return meeting.toString();
                }
            }
        }
        throw new IllegalStateException("no meeting " + id);
    }

    private static String nextYear() {
        return uk.org.eelga.shared.ReportingPeriod.containing(
                        java.time.LocalDate.now().plusYears(1))
                .wholeYear()
                .label();
    }

    private long groupId(String code) {
        for (JsonNode group : Api.get("/api/v1/engagement/groups", staff).json()) {
            if (group.get("code").asText().equals(code)) {
                return group.get("id").asLong();
            }
        }
        throw new IllegalStateException("no group " + code);
    }

    /** Rows of text over every council's rows, read as the association reader. */
    private static List<List<String>> rows(String sql) {
        try (Connection db = TestDatabase.asApp()) {
            db.setAutoCommit(false);
            db.createStatement().execute("set local role eelga_association_reader");
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet result = db.createStatement().executeQuery(sql)) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getString(c));
                    }
                    rows.add(row);
                }
            }
            db.rollback();
            return rows;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A 409 problem with its code and the sentence people read. */
    private static void conflict(Api.Answer answer, String code, String message) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(409);
        assertThat(answer.json().get("code").asText()).isEqualTo(code);
        assertThat(answer.json().get("message").asText()).isEqualTo(message);
    }
}
