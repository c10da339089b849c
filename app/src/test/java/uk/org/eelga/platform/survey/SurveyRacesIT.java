package uk.org.eelga.platform.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.Race;

/**
 * Twenty callers at once on one survey: publishing happens once, edits follow one another whole (no null pointer,
 * no doubled sections, readers never fail), a response is submitted once.
 */
@PlatformIT
class SurveyRacesIT {

    @Inject
    SurveyCatalogue catalogue;

    private final String norwich = DemoTokens.accessToken("officer@norwich.demo");
    private final String staff = DemoTokens.accessToken("staff@eelga.demo");

    @BeforeEach
    void clean() throws Exception {
        SurveyTestData.clear();
    }

    @Test
    void twenty_publications_at_once_publish_once() {
        long id = catalogue.create(Fixtures.staff(), canvass());

        List<Api.Answer> answers = Race.run(() -> Api.post("/api/v1/surveys/" + id + "/publish", staff));

        assertThat(Race.statuses(answers)).isEqualTo(Map.of(200, 1L, 409, 19L));
        assertThat(answers.stream().filter(a -> a.status() == 409))
                .allSatisfy(a -> assertThat(a.json().get("code").asText()).isEqualTo("ALREADY_PUBLISHED"));
        assertThat(audited("SURVEY_PUBLISHED")).isEqualTo(1);
    }

    @Test
    void twenty_edits_and_twenty_reads_at_once_never_fail_and_leave_one_whole_version() {
        long id = catalogue.create(Fixtures.staff(), canvass());

        List<Api.Answer> answers = Race.run(
                40,
                i -> () -> i % 2 == 0
                        ? Api.put("/api/v1/surveys/" + id, staff, draftJson("Version " + i, 1 + (i / 2) % 3))
                        : Api.get("/api/v1/surveys/" + id, staff));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(200));
        JsonNode now = Api.get("/api/v1/surveys/" + id, staff).json();
        int version = Integer.parseInt(now.get("title").asText().substring("Version ".length()));
        int sections = 1 + (version / 2) % 3;
        assertThat(now.get("sections")).hasSize(sections);
        assertThat(Race.count("select count(*) from survey_section where survey_id = " + id))
                .isEqualTo(sections);
        assertThat(Race.count("select count(*) from survey_question where survey_id = " + id))
                .isEqualTo(sections * 2L);
        // every read saw one whole version of the sections (read in one statement): same version, right count
        answers.stream().filter(a -> a.json().has("sections")).forEach(a -> {
            List<String> titles = new ArrayList<>();
            a.json().get("sections").forEach(section -> {
                titles.add(section.get("title").asText());
                assertThat(section.get("questions")).hasSize(2);
            });
            if (titles.equals(List.of("Services", "Overall"))) {
                return; // read before any edit
            }
            List<String> versions = titles.stream()
                    .map(t -> t.replaceAll("^(Version \\d+) section \\d+$", "$1"))
                    .distinct()
                    .toList();
            assertThat(versions).as(titles.toString()).hasSize(1);
            int v = Integer.parseInt(versions.get(0).substring("Version ".length()));
            assertThat(titles).hasSize(1 + (v / 2) % 3);
        });
        assertThat(audited("SURVEY_CHANGED")).isEqualTo(20);
    }

    @Test
    void twenty_submissions_of_one_councils_draft_at_once_submit_it_once() {
        long id = SurveyTestData.published(catalogue, Fixtures.staff(), canvass());
        Survey survey = catalogue.find(id).orElseThrow();
        String path = "/api/v1/council/surveys/" + id + "/response";
        assertThat(Api.put(path, norwich, answers(survey, false, "draft")).status())
                .isEqualTo(200);

        List<Api.Answer> answers =
                Race.run(Race.CALLERS, i -> () -> Api.put(path, norwich, answers(survey, true, "caller " + i)));

        assertThat(Race.statuses(answers)).isEqualTo(Map.of(200, 1L, 409, 19L));
        assertThat(answers.stream().filter(a -> a.status() == 409))
                .allSatisfy(a -> assertThat(a.json().get("code").asText()).isEqualTo("DUPLICATE"));
        String winner = answers.stream()
                .filter(a -> a.status() == 200)
                .findFirst()
                .orElseThrow()
                .body()
                .replaceAll("(?s).*(caller \\d+).*", "$1");
        assertThat(Race.count(
                        "select count(*) from survey_response where survey_id = " + id + " and status = 'SUBMITTED'"))
                .isEqualTo(1);
        // the submitted answers are one caller's, whole: one comment, the winner's
        assertThat(Race.count("select count(*) from survey_answer a join survey_question q on q.id = a.question_id"
                        + " where q.survey_id = " + id + " and q.type = 'FREE_TEXT'"))
                .isEqualTo(1);
        assertThat(winner).startsWith("caller ");
        assertThat(Api.get(path, norwich).body()).contains("\"" + winner + "\"");
    }

    @Test
    void staff_replacing_questions_while_a_council_saves_answers_never_fails_with_a_500() {
        long id = SurveyTestData.published(catalogue, Fixtures.staff(), canvass());
        Survey survey = catalogue.find(id).orElseThrow();
        String path = "/api/v1/council/surveys/" + id + "/response";

        List<Api.Answer> answers = Race.run(
                Race.CALLERS,
                i -> () -> i % 2 == 0
                        ? Api.put("/api/v1/surveys/" + id, staff, draftJson("Version " + i, 2))
                        : Api.put(path, norwich, answers(survey, false, "caller " + i)));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isIn(200, 409, 422));
        // if any answer landed, the questions it refers to are still there
        assertThat(Race.count("select count(*) from survey_answer a left join survey_question q on q.id ="
                        + " a.question_id where q.id is null"))
                .isZero();
    }

    private static SurveyDraft canvass() {
        return SurveyTestData.draft("Canvass", SurveyAudience.ALL_COUNCILS, null, SurveyMode.PER_COUNCIL, false);
    }

    private static String answers(Survey survey, boolean submit, String comment) {
        List<Survey.Question> q = survey.questions();
        return "{\"submit\":" + submit + ",\"answers\":[{\"questionId\":"
                + q.get(0).id() + ",\"values\":[\"No\"]},{\"questionId\":"
                + q.get(3).id() + ",\"values\":[\"" + comment + "\"]}]}";
    }

    /** A survey of {@code sections} sections of two questions each, every section titled after the version. */
    private static String draftJson(String title, int sections) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<String> parts = new ArrayList<>();
        for (int s = 1; s <= sections; s++) {
            parts.add("{\"title\":\"" + title + " section " + s + "\",\"questions\":["
                    + "{\"text\":\"Rate us\",\"type\":\"RATING\",\"required\":false},"
                    + "{\"text\":\"Why?\",\"type\":\"FREE_TEXT\",\"required\":false}]}");
        }
        return "{\"title\":\"" + title + "\",\"description\":\"race\",\"kind\":\"PERCEPTION\","
                + "\"audience\":\"ALL_COUNCILS\",\"mode\":\"PER_COUNCIL\",\"anonymous\":false,"
                + "\"opensAt\":\"" + now.minus(1, ChronoUnit.DAYS) + "\",\"closesAt\":\""
                + now.plus(7, ChronoUnit.DAYS) + "\",\"sections\":[" + String.join(",", parts) + "]}";
    }

    private static long audited(String action) {
        return Race.count("select count(*) from audit_event where action = '" + action + "'");
    }
}
