package uk.org.eelga.platform.survey;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;

/** The survey REST API with real tokens: what councils and staff can do, and that no council sees another's. */
@PlatformIT
class SurveyApiIT {

    @Inject
    SurveyCatalogue catalogue;

    String norwich;
    String cambridge;
    String staff;
    long canvass;
    Survey survey;

    @BeforeEach
    void data() throws Exception {
        SurveyTestData.clear();
        norwich = DemoTokens.accessToken("officer@norwich.demo");
        cambridge = DemoTokens.accessToken("officer@cambridge.demo");
        staff = DemoTokens.accessToken("staff@eelga.demo");
        canvass = SurveyTestData.published(
                catalogue,
                Fixtures.staff(),
                SurveyTestData.draft("Canvass", SurveyAudience.ALL_COUNCILS, null, SurveyMode.PER_COUNCIL, false));
        survey = catalogue.find(canvass).orElseThrow();
    }

    private String body(boolean submit, String used, String comment) {
        List<Survey.Question> q = survey.questions();
        return "{\"submit\":" + submit + ",\"answers\":[{\"questionId\":"
                + q.get(0).id() + ",\"values\":[\"" + used + "\"]},{\"questionId\":"
                + q.get(3).id() + ",\"values\":[\"" + comment + "\"]}]}";
    }

    @Test
    void an_officer_lists_drafts_and_submits_a_response_and_bad_input_gets_a_clear_refusal() {
        Api.Answer list = Api.get("/api/v1/council/surveys", norwich);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get(0).get("status").asText()).isEqualTo("NOT_STARTED");
        assertThat(Api.get("/api/v1/council/surveys/" + canvass, norwich).json().get("sections"))
                .hasSize(2);

        String path = "/api/v1/council/surveys/" + canvass + "/response";
        Api.Answer draft = SurveyHttp.send("PUT", path, body(false, "Yes", "<b>draft</b>"), norwich);
        assertThat(draft.status()).isEqualTo(200);
        assertThat(draft.json().get("status").asText()).isEqualTo("DRAFT");

        Api.Answer missing = SurveyHttp.send("PUT", path, body(true, "Yes", "x"), norwich);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().get("code").asText()).isEqualTo("REQUIRED_MISSING");
        assertThat(Api.get(path, norwich).json().get("answers").toString()).contains("<b>draft</b>");

        Api.Answer submitted = SurveyHttp.send("PUT", path, body(true, "No", "done"), norwich);
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.json().get("status").asText()).isEqualTo("SUBMITTED");
        Api.Answer again = SurveyHttp.send("PUT", path, body(true, "No", "again"), norwich);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("DUPLICATE");
    }

    @Test
    void another_council_gets_404_for_surveys_not_addressed_to_it_and_never_sees_a_response_not_its_own()
            throws Exception {
        String path = "/api/v1/council/surveys/" + canvass + "/response";
        SurveyHttp.send("PUT", path, body(true, "No", "norwich secret"), norwich);
        Api.Answer theirs = Api.get(path, cambridge);
        assertThat(theirs.status()).isEqualTo(200);
        assertThat(theirs.json().get("status").asText()).isEqualTo("NOT_STARTED");
        assertThat(theirs.body()).doesNotContain("norwich secret");

        long event = SurveyTestData.eventAttendedBy("norwich");
        long evaluation = SurveyTestData.published(
                catalogue,
                Fixtures.staff(),
                SurveyTestData.draft(
                        "Evaluation", SurveyAudience.EVENT_ATTENDEES, event, SurveyMode.PER_PERSON, false));
        assertThat(Api.get("/api/v1/council/surveys/" + evaluation, norwich).status())
                .isEqualTo(200);
        assertThat(Api.get("/api/v1/council/surveys/" + evaluation, cambridge).status())
                .isEqualTo(404);
        assertThat(Api.get("/api/v1/council/surveys/" + evaluation + "/response", cambridge)
                        .status())
                .isEqualTo(404);
        assertThat(SurveyHttp.send(
                                "PUT",
                                "/api/v1/council/surveys/" + evaluation + "/response",
                                "{\"submit\":false,\"answers\":[]}",
                                cambridge)
                        .status())
                .isEqualTo(404);
        assertThat(Api.get("/api/v1/council/surveys/999999", cambridge).status())
                .isEqualTo(404);
    }

    @Test
    void council_people_cannot_read_results_or_exports_or_build_surveys() {
        assertThat(Api.get("/api/v1/surveys/" + canvass + "/results", norwich).status())
                .isEqualTo(403);
        assertThat(Api.get("/api/v1/surveys/" + canvass + "/export.csv", norwich)
                        .status())
                .isEqualTo(403);
        assertThat(Api.get("/api/v1/surveys", norwich).status()).isEqualTo(403);
        assertThat(SurveyHttp.send("POST", "/api/v1/surveys", "{}", norwich).status())
                .isEqualTo(403);
        assertThat(SurveyHttp.send("POST", "/api/v1/surveys/" + canvass + "/reminders", "", norwich)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void staff_create_and_publish_a_survey_and_read_results_and_the_csv_export() {
        String json = "{\"title\":\"API survey\",\"kind\":\"CANVASS\",\"audience\":\"COUNTIES_AND_UNITARIES\","
                + "\"mode\":\"PER_COUNCIL\",\"anonymous\":false,\"opensAt\":\"2020-01-01T00:00:00Z\","
                + "\"closesAt\":\"2099-01-01T00:00:00Z\",\"sections\":[{\"title\":\"One\",\"questions\":["
                + "{\"text\":\"Support?\",\"type\":\"YES_NO\",\"required\":true}]}]}";
        Api.Answer created = SurveyHttp.send("POST", "/api/v1/surveys", json, staff);
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(SurveyHttp.send("POST", "/api/v1/surveys/" + id + "/publish", "", staff)
                        .status())
                .isEqualTo(200);
        Api.Answer bad = SurveyHttp.send(
                "POST",
                "/api/v1/surveys",
                "{\"title\":\"\",\"kind\":\"OTHER\","
                        + "\"audience\":\"ALL_COUNCILS\",\"mode\":\"PER_PERSON\",\"anonymous\":false,"
                        + "\"opensAt\":\"2020-01-01T00:00:00Z\",\"closesAt\":\"2019-01-01T00:00:00Z\",\"sections\":[]}",
                staff);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("code").asText()).isEqualTo("INVALID_SURVEY");

        SurveyHttp.send("PUT", "/api/v1/council/surveys/" + canvass + "/response", body(true, "No", "=cmd"), norwich);
        Api.Answer results = Api.get("/api/v1/surveys/" + canvass + "/results", staff);
        assertThat(results.status()).isEqualTo(200);
        assertThat(results.json().get("councilsInAudience").asInt()).isEqualTo(52);
        assertThat(results.json().get("councilsResponded").asInt()).isEqualTo(1);
        Api.Answer csv = Api.get("/api/v1/surveys/" + canvass + "/export.csv", staff);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("\"Council\"", "\"Norwich City Council\"", "\"'=cmd\"");
        assertThat(Api.get("/api/v1/surveys/" + id + "/results", staff)
                        .json()
                        .get("councilsInAudience")
                        .asInt())
                .isEqualTo(11);
    }
}
