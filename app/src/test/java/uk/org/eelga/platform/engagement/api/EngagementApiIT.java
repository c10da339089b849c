package uk.org.eelga.platform.engagement.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.engagement.EngagementData;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.shared.ReportingPeriod;

/** The engagement API with real tokens: staff keep attendance, councils see only their own records. */
@PlatformIT
class EngagementApiIT {

    private final String staff = DemoTokens.accessToken("staff@eelga.demo");
    private final String norwich = DemoTokens.accessToken("officer@norwich.demo");
    private final String cambridge = DemoTokens.accessToken("officer@cambridge.demo");

    @BeforeEach
    void clean() throws Exception {
        EngagementData.clear();
    }

    @Test
    void staff_plan_a_meeting_record_attendance_and_the_council_summary_and_regional_table_change() {
        long assembly = groupId("assembly");
        LocalDateTime lastWeek = LocalDateTime.now().minusDays(7).truncatedTo(ChronoUnit.MINUTES);
        Api.Answer planned = Api.post(
                "/api/v1/engagement/meetings",
                staff,
                "{\"groupId\":" + assembly + ",\"title\":\"Assembly\",\"startsAt\":\"" + lastWeek
                        + "\",\"place\":\"Cambridge\",\"online\":false}");
        assertThat(planned.status()).isEqualTo(201);
        long meeting = planned.json().get("id").asLong();

        Api.Answer recorded = Api.put(
                "/api/v1/engagement/meetings/" + meeting + "/attendance",
                staff,
                "[{\"councilId\":\"norwich\",\"seat\":1,\"status\":\"PRESENT\",\"personName\":\"Cllr Leader\"}]");
        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.json().at("/figure/part").asInt()).isEqualTo(1);
        assertThat(recorded.json().at("/figure/whole").asInt()).isEqualTo(52);

        String thisYear = period();
        JsonNode summary = Api.get("/api/v1/council/engagement?period=" + thisYear, norwich)
                .json();
        assertThat(summary.get("councilId").asText()).isEqualTo("norwich");
        assertThat(summary.at("/groups/0/attended/part").asInt()).isEqualTo(1);
        JsonNode theirs = Api.get("/api/v1/council/engagement?period=" + thisYear, cambridge)
                .json();
        assertThat(theirs.get("councilId").asText()).isEqualTo("cambridge");
        assertThat(theirs.at("/groups/0/attended/part").asInt()).isZero();

        // the records behind each council's own figure: the meeting, its seats, the seats taken; only its own
        JsonNode behind = Api.get("/api/v1/council/engagement/records?period=" + thisYear, norwich)
                .json();
        assertThat(behind.at("/meetings/0/title").asText()).isEqualTo("Assembly");
        assertThat(behind.at("/meetings/0/seatsExpected").asInt()).isEqualTo(1);
        assertThat(behind.at("/meetings/0/seatsAttended").asInt()).isEqualTo(1);
        assertThat(Api.get("/api/v1/council/engagement/records?period=" + thisYear, cambridge)
                        .json()
                        .at("/meetings/0/seatsAttended")
                        .asInt())
                .isZero();
        assertThat(Api.get("/api/v1/council/engagement/records?period=2017", norwich)
                        .status())
                .isEqualTo(400);

        JsonNode table =
                Api.get("/api/v1/engagement/regional?period=" + thisYear, staff).json();
        assertThat(table).hasSize(52);
        String csv = Api.get("/api/v1/engagement/regional.csv?period=" + thisYear, staff)
                .body();
        assertThat(csv).contains("Norwich City Council,District,Norfolk,1,1,100");
    }

    @Test
    void council_people_cannot_use_staff_endpoints_or_read_another_councils_summary() {
        long meeting = Api.post(
                        "/api/v1/engagement/meetings",
                        staff,
                        "{\"eventType\":\"SUMMIT\",\"title\":\"Summit\",\"startsAt\":\""
                                + LocalDateTime.now().plusDays(20).truncatedTo(ChronoUnit.MINUTES)
                                + "\",\"place\":\"London\",\"online\":false,\"capacity\":10}")
                .json()
                .get("id")
                .asLong();
        assertThat(Api.get("/api/v1/engagement/meetings/" + meeting + "/attendance", norwich)
                        .status())
                .isEqualTo(403);
        assertThat(Api.put("/api/v1/engagement/meetings/" + meeting + "/attendance", norwich, "[]")
                        .status())
                .isEqualTo(403);
        assertThat(Api.get("/api/v1/engagement/councils/cambridge/summary", norwich)
                        .status())
                .isEqualTo(403);
        assertThat(Api.get("/api/v1/engagement/regional", norwich).status()).isEqualTo(403);
        assertThat(Api.post("/api/v1/engagement/meetings", norwich, "{}").status())
                .isEqualTo(403);
    }

    @Test
    void a_council_cannot_see_or_withdraw_another_councils_registration() {
        long summit = Api.post(
                        "/api/v1/engagement/meetings",
                        staff,
                        "{\"eventType\":\"SUMMIT\",\"title\":\"Summit\",\"startsAt\":\""
                                + LocalDateTime.now().plusDays(20).truncatedTo(ChronoUnit.MINUTES)
                                + "\",\"place\":\"London\",\"online\":false,\"capacity\":10}")
                .json()
                .get("id")
                .asLong();
        Api.Answer registered = Api.post(
                "/api/v1/council/event-registrations",
                cambridge,
                "{\"eventId\":" + summit + ",\"delegateName\":\"Cam\",\"delegateEmail\":\"cam@cambridge.demo\"}");
        assertThat(registered.status()).isEqualTo(201);
        long id = registered.json().get("id").asLong();

        assertThat(Api.get("/api/v1/council/event-registrations", norwich).json())
                .isEmpty();
        assertThat(Api.delete("/api/v1/council/event-registrations/" + id, norwich)
                        .status())
                .isEqualTo(404);
        assertThat(Api.get("/api/v1/council/event-registrations", cambridge).json())
                .hasSize(1);
        assertThat(Api.delete("/api/v1/council/event-registrations/" + id, cambridge)
                        .status())
                .isEqualTo(204);
    }

    @Test
    void bad_input_gets_a_code_and_a_sentence() {
        Api.Answer noPlace = Api.post(
                "/api/v1/engagement/meetings",
                staff,
                "{\"eventType\":\"SUMMIT\",\"title\":\"Summit\",\"startsAt\":\"2030-01-01T10:00\",\"online\":false}");
        assertThat(noPlace.status()).isEqualTo(400);
        assertThat(noPlace.json().get("code").asText()).isEqualTo("place");
        assertThat(noPlace.json().get("message").asText()).isEqualTo("Give a place, or say it is online");

        Api.Answer badPeriod = Api.get("/api/v1/council/engagement?period=2017", norwich);
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.json().get("code").asText()).isEqualTo("period");

        Api.Answer unknownEvent = Api.post(
                "/api/v1/council/event-registrations",
                norwich,
                "{\"eventId\":999999,\"delegateName\":\"N\",\"delegateEmail\":\"n@norwich.demo\"}");
        assertThat(unknownEvent.status()).isEqualTo(404);
    }

    private long groupId(String code) {
        for (JsonNode group : Api.get("/api/v1/engagement/groups", staff).json()) {
            if (group.get("code").asText().equals(code)) {
                return group.get("id").asLong();
            }
        }
        throw new IllegalStateException("no group " + code);
    }

    private static String period() {
        return ReportingPeriod.containing(java.time.LocalDate.now()).wholeYear().label();
    }
}
