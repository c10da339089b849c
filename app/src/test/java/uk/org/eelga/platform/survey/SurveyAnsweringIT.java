package uk.org.eelga.platform.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.org.eelga.platform.survey.SurveyTestData.answers;
import static uk.org.eelga.platform.survey.SurveyTestData.as;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.tenancy.Caller;

/** Answering surveys against the real database: the rules, bad input, anonymity and two-council isolation. */
@PlatformIT
class SurveyAnsweringIT {

    static final Caller NED = Fixtures.officer(Fixtures.NORWICH, "Norwich City Council", "Ned");

    @Inject
    SurveyCatalogue catalogue;

    @Inject
    SurveyAnswering answering;

    long canvass;
    Survey survey;

    @BeforeEach
    void data() throws Exception {
        SurveyTestData.clear();
        canvass = SurveyTestData.published(
                catalogue,
                Fixtures.staff(),
                SurveyTestData.draft("Canvass", SurveyAudience.ALL_COUNCILS, null, SurveyMode.PER_COUNCIL, false));
        survey = catalogue.find(canvass).orElseThrow();
    }

    @Test
    void an_officer_drafts_and_a_colleague_of_the_same_council_finishes_and_submits() {
        as(
                Fixtures.NORA,
                () -> answering.saveDraft(Fixtures.NORA, canvass, answers(survey, "Yes", List.of(), null, null)));
        assertThat(as(NED, () -> answering.openSurveys(NED)))
                .extracting(SurveyForCouncil::status)
                .containsExactly(ResponseStatus.DRAFT);
        MyResponse submitted = as(
                NED, () -> answering.submit(NED, canvass, answers(survey, "Yes", List.of("Events"), "Good", "Fine")));
        assertThat(submitted.status()).isEqualTo(ResponseStatus.SUBMITTED);
        assertThat(submitted.lastSavedBy()).isEqualTo("Ned");
        assertThat(as(Fixtures.CAM, () -> answering.openSurveys(Fixtures.CAM)))
                .extracting(SurveyForCouncil::status)
                .containsExactly(ResponseStatus.NOT_STARTED);
    }

    @Test
    void a_second_council_response_is_refused_with_a_clear_message_and_the_first_is_kept() {
        as(
                Fixtures.NORA,
                () -> answering.submit(Fixtures.NORA, canvass, answers(survey, "No", List.of(), "Good", "first")));
        assertThatThrownBy(() -> as(
                        NED, () -> answering.submit(NED, canvass, answers(survey, "No", List.of(), "Poor", "second"))))
                .isInstanceOf(SurveyRefused.class)
                .hasMessageContaining("Your council has already submitted its response")
                .hasMessageContaining("by Nora");
        assertThat(as(NED, () -> answering.myResponse(NED, canvass)).asMap().values())
                .contains(List.of("Good"), List.of("first"));
    }

    @Test
    void the_database_itself_refuses_a_second_response_of_a_council() throws Exception {
        as(
                Fixtures.NORA,
                () -> answering.saveDraft(Fixtures.NORA, canvass, answers(survey, "No", List.of(), null, null)));
        try (Connection app = TestDatabase.asApp();
                Statement s = app.createStatement()) {
            s.execute("select set_config('app.tenant_id', 'norwich', false)");
            assertThatThrownBy(() -> s.execute("insert into survey_response (tenant_id, survey_id, per_council,"
                            + " anonymous, status) values ('norwich', " + canvass + ", true, false, 'DRAFT')"))
                    .hasMessageContaining("survey_response_one_per_council");
        }
    }

    @Test
    void skip_logic_discards_answers_to_hidden_questions_and_does_not_require_them() {
        MyResponse saved = as(
                Fixtures.NORA,
                () -> answering.submit(Fixtures.NORA, canvass, answers(survey, "No", List.of("Coaching"), null, null)));
        assertThat(saved.asMap()).containsOnlyKeys(survey.questions().get(0).id());
    }

    @Test
    void a_missing_required_answer_is_refused_and_the_saved_draft_is_not_lost() {
        as(
                Fixtures.NORA,
                () -> answering.saveDraft(Fixtures.NORA, canvass, answers(survey, "Yes", List.of(), "Good", "kept")));
        assertThatThrownBy(() -> as(
                        Fixtures.NORA,
                        () -> answering.submit(
                                Fixtures.NORA, canvass, answers(survey, "Yes", List.of(), "Poor", "new"))))
                .isInstanceOf(SurveyRefused.class)
                .extracting(e -> ((SurveyRefused) e).code())
                .isEqualTo("REQUIRED_MISSING");
        MyResponse still = as(Fixtures.NORA, () -> answering.myResponse(Fixtures.NORA, canvass));
        assertThat(still.status()).isEqualTo(ResponseStatus.DRAFT);
        assertThat(still.asMap().values()).contains(List.of("Good"), List.of("kept"));
    }

    @Test
    void a_100_kb_free_text_answer_is_refused_and_the_saved_draft_is_not_lost() {
        as(
                Fixtures.NORA,
                () -> answering.saveDraft(Fixtures.NORA, canvass, answers(survey, "No", List.of(), null, "short")));
        assertThatThrownBy(() -> as(
                        Fixtures.NORA,
                        () -> answering.saveDraft(
                                Fixtures.NORA, canvass, answers(survey, "No", List.of(), null, "x".repeat(100_000)))))
                .isInstanceOf(SurveyRefused.class)
                .hasMessageContaining("the limit is 10000");
        assertThat(as(Fixtures.NORA, () -> answering.myResponse(Fixtures.NORA, canvass))
                        .asMap()
                        .values())
                .contains(List.of("short"));
    }

    @Test
    void a_response_after_close_is_refused_and_the_draft_is_kept() throws Exception {
        as(
                Fixtures.NORA,
                () -> answering.saveDraft(Fixtures.NORA, canvass, answers(survey, "No", List.of(), null, "draft")));
        TestDatabase.executeAsOwner("update survey set closes_at = now() - interval '1 minute' where id = " + canvass);
        assertThatThrownBy(() -> as(
                        Fixtures.NORA,
                        () -> answering.submit(Fixtures.NORA, canvass, answers(survey, "No", List.of(), null, "late"))))
                .isInstanceOf(SurveyRefused.class)
                .hasMessageContaining("This survey closed on")
                .extracting(e -> ((SurveyRefused) e).code())
                .isEqualTo("CLOSED");
        assertThat(as(Fixtures.NORA, () -> answering.myResponse(Fixtures.NORA, canvass))
                        .asMap()
                        .values())
                .contains(List.of("draft"));
    }

    @Test
    void text_with_html_is_stored_as_typed_never_interpreted() {
        String script = "<script>alert('x')</script>";
        as(
                Fixtures.NORA,
                () -> answering.saveDraft(Fixtures.NORA, canvass, answers(survey, "No", List.of(), null, script)));
        assertThat(as(Fixtures.NORA, () -> answering.myResponse(Fixtures.NORA, canvass))
                        .asMap()
                        .values())
                .contains(List.of(script));
    }

    @Test
    void an_anonymous_response_keeps_no_link_to_the_person_and_cannot_be_given_twice() throws Exception {
        long anonymous = SurveyTestData.published(
                catalogue,
                Fixtures.staff(),
                SurveyTestData.draft("Anonymous", SurveyAudience.ALL_COUNCILS, null, SurveyMode.PER_PERSON, true));
        Survey anon = catalogue.find(anonymous).orElseThrow();
        as(
                Fixtures.NORA,
                () -> answering.submit(Fixtures.NORA, anonymous, answers(anon, "No", List.of(), "Good", "candid")));
        assertThatThrownBy(() -> as(
                        Fixtures.NORA,
                        () -> answering.submit(
                                Fixtures.NORA, anonymous, answers(anon, "No", List.of(), "Poor", "again"))))
                .isInstanceOf(SurveyRefused.class)
                .extracting(e -> ((SurveyRefused) e).code())
                .isEqualTo("DUPLICATE");
        assertThatThrownBy(() ->
                        as(NED, () -> answering.saveDraft(NED, anonymous, answers(anon, "No", List.of(), null, null))))
                .extracting(e -> ((SurveyRefused) e).code())
                .isEqualTo("ANONYMOUS_NO_DRAFT");
        try (Connection owner = TestDatabase.asOwner();
                Statement s = owner.createStatement();
                ResultSet rs = s.executeQuery("select respondent, respondent_name, submitted_by, updated_at"
                        + " from survey_response where survey_id = " + anonymous)) {
            assertThat(rs.next()).isTrue();
            for (int column = 1; column <= 4; column++) {
                assertThat(rs.getObject(column)).as("column " + column).isNull();
            }
            assertThat(rs.next()).isFalse();
        }
        try (Connection owner = TestDatabase.asOwner();
                ResultSet columns = owner.createStatement()
                        .executeQuery("select column_name from information_schema.columns"
                                + " where table_name = 'survey_participation'")) {
            List<String> names = new java.util.ArrayList<>();
            while (columns.next()) {
                names.add(columns.getString(1));
            }
            assertThat(names).containsExactlyInAnyOrder("tenant_id", "survey_id", "subject");
        }
    }

    @Test
    void another_councils_response_and_surveys_not_addressed_to_it_are_not_found() throws Exception {
        as(
                Fixtures.NORA,
                () -> answering.submit(
                        Fixtures.NORA, canvass, answers(survey, "No", List.of(), "Good", "norwich only")));
        assertThat(as(Fixtures.CAM, () -> answering.myResponse(Fixtures.CAM, canvass))
                        .status())
                .isEqualTo(ResponseStatus.NOT_STARTED);

        long event = SurveyTestData.eventAttendedBy("norwich");
        long evaluation = SurveyTestData.published(
                catalogue,
                Fixtures.staff(),
                SurveyTestData.draft(
                        "Evaluation", SurveyAudience.EVENT_ATTENDEES, event, SurveyMode.PER_PERSON, false));
        assertThat(as(Fixtures.NORA, () -> answering.survey(Fixtures.NORA, evaluation)))
                .isPresent();
        assertThat(as(Fixtures.CAM, () -> answering.survey(Fixtures.CAM, evaluation)))
                .isEmpty();
        assertThatThrownBy(() -> as(Fixtures.CAM, () -> answering.myResponse(Fixtures.CAM, evaluation)))
                .isInstanceOf(SurveyNotFound.class);
        assertThatThrownBy(
                        () -> as(Fixtures.CAM, () -> answering.saveDraft(Fixtures.CAM, evaluation, java.util.Map.of())))
                .isInstanceOf(SurveyNotFound.class);
        assertThat(as(Fixtures.CAM, () -> answering.openSurveys(Fixtures.CAM)))
                .extracting(SurveyForCouncil::title)
                .containsExactly("Canvass");
    }
}
