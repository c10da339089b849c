package uk.org.eelga.platform.communications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.framework.live.LiveMeasureCatalogue;
import uk.org.eelga.platform.framework.live.LiveMeasureQuery;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.ApiWrite;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.Race;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.rls.AssociationWideRead;

/** Member communications through the API with real tokens: roles, the archive, refusals and the live figures. */
@PlatformIT
class CommunicationsIT {

    private static final String STAFF = "/api/v1/staff/communications";

    @Inject
    LiveMeasureCatalogue catalogue;

    @Inject
    AssociationWideRead wideRead;

    private final String officer = DemoTokens.accessToken("officer@norwich.demo");
    private final String councilAdmin = DemoTokens.accessToken("admin@norwich.demo");
    private final String staff = DemoTokens.accessToken("staff@eelga.demo");
    private final LocalDate today = LocalDate.now(UkTime.ZONE);

    @BeforeEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
        TestDatabase.executeAsOwner("truncate communication, lga_executive_meeting restart identity cascade");
    }

    @Test
    void only_staff_record_councils_read_the_published_archive_and_never_the_internal_briefings() {
        long bulletin = record(bulletin("E_BULLETIN", "December e-bulletin", today.minusDays(2)));
        long letter = record(bulletin("GOVERNMENT_SUBMISSION", "Letter to DfT on the A14", today.minusDays(1)));
        assertThat(ApiWrite.post(STAFF, councilAdmin, bulletin("E_BULLETIN", "Ours", today))
                        .status())
                .isEqualTo(403);
        assertThat(Api.get(STAFF, officer).status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/communications", officer).json().findValuesAsText("title"))
                .containsExactly("December e-bulletin");
        assertThat(Api.get("/api/v1/communications/" + bulletin, officer).status())
                .isEqualTo(200);
        assertThat(Api.get("/api/v1/communications/" + letter, officer).status())
                .isEqualTo(404);
        assertThat(Api.get("/api/v1/communications", null).status()).isEqualTo(401);
        assertThat(Api.get(STAFF, staff).json()).hasSize(2);
        assertThat(Race.count("select count(*) from audit_event where action = 'communication.recorded'"))
                .isEqualTo(2);
    }

    @Test
    void malformed_and_huge_input_is_refused_with_a_plain_problem_and_nothing_is_written() {
        Map<String, String> bad = Map.of(
                bulletin("E_BULLETIN", " ", today), "title",
                bulletin("E_BULLETIN", "Future", today.plusDays(3)), "published-on",
                bulletin("E_BULLETIN", "Link", today).replace("https://eelga.gov.uk/b", "javascript:alert(1)"), "link",
                bulletin("EXECUTIVE_BRIEFING", "No meeting", today), "lga-executive-meeting",
                bulletin("MEETING_BRIEFING", "No meeting", today), "meeting",
                bulletin("E_BULLETIN", "Minus", today).replace("\"recipients\":2535", "\"recipients\":-1"),
                        "recipients");
        bad.forEach((json, code) -> {
            Api.Answer answer = ApiWrite.post(STAFF, staff, json);
            assertThat(answer.status()).as(json).isEqualTo(422);
            assertThat(answer.json().get("code").asText()).as(json).isEqualTo(code);
        });
        for (String json : List.of(
                "not json",
                bulletin("PODCAST", "Unknown kind", today),
                "{\"title\":\"" + "y".repeat(300_000) + "\"}",
                bulletin("EXECUTIVE_BRIEFING", "Unknown meeting", today)
                        .replace("null,\"meetingId\"", "424242,\"meetingId\""))) {
            Api.Answer answer = ApiWrite.post(STAFF, staff, json);
            assertThat(answer.status()).as(json.length() > 300 ? "huge" : json).isBetween(400, 422);
            assertThat(answer.body()).doesNotContain("Exception", "SQL");
        }
        assertThat(Api.get(STAFF + "?period=nonsense", staff).status()).isEqualTo(422);
        assertThat(Race.count("select count(*) from communication")).isZero();
        String meeting = "{\"meetsOn\":\"" + today.minusDays(10) + "\"}";
        assertThat(ApiWrite.post(STAFF + "/lga-executive-meetings", staff, meeting)
                        .status())
                .isEqualTo(201);
        assertThat(ApiWrite.post(STAFF + "/lga-executive-meetings", staff, meeting)
                        .status())
                .isEqualTo(409);
    }

    @Test
    void figures_count_what_was_published_and_the_lga_executive_meetings_briefed_in_time() {
        ReportingPeriod year = ReportingPeriod.containing(today);
        assertThat(figure("communications-published", year, Map.of("type", "E_BULLETIN"))
                        .hasFigure())
                .isFalse();
        assertThat(figure("briefings-per-meeting", year, Map.of("for", "lga-executive"))
                        .hasFigure())
                .isFalse();
        record(bulletin("E_BULLETIN", "One", year.start()));
        record(bulletin("E_BULLETIN", "Two", today));
        record(bulletin("CASE_STUDY", "Shared legal service", today));
        assertThat(figure("communications-published", year, Map.of("type", "E_BULLETIN"))
                        .value())
                .isEqualByComparingTo("2");
        assertThat(figure("communications-published", year, Map.of("type", "CASE_STUDY", "as", "yes-no"))
                        .value())
                .isEqualByComparingTo("1");

        long briefed = meeting(today.minusDays(1));
        meeting(today.minusDays(2)); // no briefing
        LocalDate lateOn = year.start().isBefore(today.minusDays(5)) ? today.minusDays(5) : today.minusDays(3);
        long late = meeting(lateOn);
        meeting(today.plusDays(30)); // not held yet: not counted against
        record(briefing(briefed, today.minusDays(3)));
        record(briefing(late, today));
        MeasureResult share = figure("briefings-per-meeting", year, Map.of("for", "lga-executive"));
        assertThat(share.numerator()).isEqualTo(1);
        assertThat(share.denominator()).isEqualTo(3);
        assertThat(share.evidence().stream().map(e -> e.detail()))
                .anyMatch(d -> d.equals("no briefing recorded"))
                .anyMatch(d -> d.endsWith("(after the meeting)"));
        assertThat(figure("briefings-per-meeting", year, Map.of("for", "lga-executive", "as", "yes-no"))
                        .value())
                .isEqualByComparingTo("0");
        // the list shows this financial year's meetings (its targets are yearly): the one a month ahead only while
        // the year lasts that long
        ReportingPeriod wholeYear = year.wholeYear();
        long inYear = java.util.stream.Stream.of(today.minusDays(1), today.minusDays(2), lateOn, today.plusDays(30))
                .filter(day -> !day.isBefore(wholeYear.start()) && !day.isAfter(wholeYear.end()))
                .count();
        assertThat(Api.get(STAFF + "/lga-executive-meetings", staff).json()).hasSize((int) inYear);
    }

    // ---- helpers

    private String bulletin(String kind, String title, LocalDate on) {
        return "{\"kind\":\"" + kind + "\",\"topic\":\"GENERAL\",\"title\":\"" + title + "\",\"summary\":\"News.\","
                + "\"link\":\"https://eelga.gov.uk/b\",\"publishedOn\":\"" + on + "\",\"recipients\":2535,"
                + "\"lgaExecutiveMeetingId\":null,\"meetingId\":null}";
    }

    private String briefing(long meeting, LocalDate on) {
        return bulletin("EXECUTIVE_BRIEFING", "Briefing for the Chairman", on)
                .replace("\"lgaExecutiveMeetingId\":null", "\"lgaExecutiveMeetingId\":" + meeting);
    }

    private long record(String json) {
        Api.Answer answer = ApiWrite.post(STAFF, staff, json);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asLong();
    }

    private long meeting(LocalDate on) {
        Api.Answer answer = ApiWrite.post(STAFF + "/lga-executive-meetings", staff, "{\"meetsOn\":\"" + on + "\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asLong();
    }

    private MeasureResult figure(String kind, ReportingPeriod period, Map<String, String> parameters) {
        return wideRead.read(Fixtures.staff(), "test", connection -> catalogue
                .find(kind)
                .orElseThrow()
                .compute(new LiveMeasureQuery(parameters, period, connection)));
    }
}
