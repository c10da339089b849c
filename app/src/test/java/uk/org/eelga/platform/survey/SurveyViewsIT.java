package uk.org.eelga.platform.survey;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.survey.ui.AnswerSurveyView;
import uk.org.eelga.platform.survey.ui.SurveyBuilderView;
import uk.org.eelga.platform.survey.ui.SurveyResultsView;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.TenantScope;

/** Browserless tests of the builder, the answer page and the results page with their real services. */
@BrowserlessPages
class SurveyViewsIT {

    @Inject
    SurveyCatalogue catalogue;

    @Inject
    SurveyAnswering answering;

    long canvass;

    @BeforeEach
    void start() throws Exception {
        SurveyTestData.clear();
        canvass = SurveyTestData.published(
                catalogue,
                Fixtures.staff(),
                SurveyTestData.draft("Canvass", SurveyAudience.ALL_COUNCILS, null, SurveyMode.PER_COUNCIL, false));
    }

    private static void asNorwich(Runnable work) {
        try (CurrentTenant.Binding ignored = TenantScope.bind(Fixtures.memberOf(Fixtures.NORWICH))) {
            work.run();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void staff_build_a_survey_with_a_skip_rule_save_and_publish_it() {
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate(SurveyBuilderView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Built in the page");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Section title")), "First");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Question")), "Attend?");
        Select<QuestionType> type = _get(Select.class, spec -> spec.withLabel("Type"));
        _setValue(type, QuestionType.YES_NO);
        _click(_get(Button.class, spec -> spec.withText("Add question")));
        List<TextField> questions = _find(TextField.class, spec -> spec.withLabel("Question"));
        _setValue(questions.get(1), "Why not?");
        List<Select> types = _find(Select.class, spec -> spec.withLabel("Type"));
        _setValue((Select<QuestionType>) types.get(1), QuestionType.FREE_TEXT);
        _setValue(_find(com.vaadin.flow.component.textfield.IntegerField.class).get(1), 1);
        _setValue(
                _find(TextField.class, spec -> spec.withLabel("has the answer")).get(1), "No");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("builder-message"))
                        .getText())
                .isEqualTo("Saved.");
        _click(_get(Button.class, spec -> spec.withText("Publish")));

        Survey built = catalogue.all().stream()
                .filter(s -> s.title().equals("Built in the page"))
                .findFirst()
                .flatMap(s -> catalogue.find(s.id()))
                .orElseThrow();
        assertThat(built.published()).isTrue();
        assertThat(built.questions()).hasSize(2);
        assertThat(built.questions().get(1).showIfQuestion())
                .isEqualTo(built.questions().get(0).id());
        assertThat(built.questions().get(1).showIfAnswer()).isEqualTo("No");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_officer_answers_with_skip_logic_applied_live_and_text_shown_escaped() {
        BrowserlessUi.signIn(Fixtures.NORA);
        asNorwich(() -> UI.getCurrent().navigate(AnswerSurveyView.class, canvass));
        assertThat(_get(H1.class).getText()).isEqualTo("Canvass");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("About <b>us</b>");
        assertThat(_find(CheckboxGroup.class))
                .as("question 2 hidden until question 1 is Yes")
                .isEmpty();

        RadioButtonGroup<String> used = _find(RadioButtonGroup.class).get(0);
        _setValue(used, "Yes");
        assertThat(_find(CheckboxGroup.class)).hasSize(1);
        _setValue(_get(TextArea.class), "<script>alert(1)</script>");
        asNorwich(() -> _click(_get(Button.class, spec -> spec.withText("Submit"))));
        // every problem at once in GOV.UK's error summary, at its question; nothing is sent
        assertThat(_get(uk.org.eelga.tenancy.ui.ErrorSummary.class).messages())
                .containsExactly("Question 2 (Which ones?) needs an answer.");
        assertThat(_get(CheckboxGroup.class).isInvalid()).isTrue();
        assertThat(message()).isEmpty();
        assertThat(_get(TextArea.class).getValue()).as("nothing typed is lost").isEqualTo("<script>alert(1)</script>");

        _setValue(used, "No");
        assertThat(_find(CheckboxGroup.class)).isEmpty();
        asNorwich(() -> _click(_get(Button.class, spec -> spec.withText("Submit"))));
        assertThat(message()).isEqualTo("Thank you: your response has been submitted.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("survey-status")).getText())
                .startsWith("Status: Submitted");
        MyResponse saved = TenantScope.callAs(
                Fixtures.memberOf(Fixtures.NORWICH), () -> answering.myResponse(Fixtures.NORA, canvass));
        assertThat(saved.asMap().values()).contains(List.of("No"), List.of("<script>alert(1)</script>"));
    }

    @Test
    void an_officer_of_another_council_opening_a_survey_not_addressed_to_it_sees_not_found() throws Exception {
        long event = SurveyTestData.eventAttendedBy("norwich");
        long evaluation = SurveyTestData.published(
                catalogue,
                Fixtures.staff(),
                SurveyTestData.draft(
                        "Evaluation", SurveyAudience.EVENT_ATTENDEES, event, SurveyMode.PER_PERSON, false));
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(Fixtures.CAM)) {
            UI.getCurrent().navigate(AnswerSurveyView.class, evaluation);
        }
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
    }

    @Test
    void a_council_officer_opening_the_results_is_shown_access_denied() {
        BrowserlessUi.signIn(Fixtures.NORA);
        asNorwich(() -> UI.getCurrent().navigate(SurveyResultsView.class, canvass));
        assertThat(_get(H1.class).getText()).isEqualTo("You cannot open this page");
    }

    @Test
    void staff_see_the_response_rate_the_councils_yet_to_respond_and_free_text_as_text() {
        Survey survey = catalogue.find(canvass).orElseThrow();
        TenantScope.runAs(
                Fixtures.memberOf(Fixtures.NORWICH),
                () -> answering.submit(
                        Fixtures.NORA,
                        canvass,
                        SurveyTestData.answers(survey, "No", List.of(), "Good", "<img src=x onerror=alert(1)>")));
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate(SurveyResultsView.class, canvass);
        assertThat(_get(H1.class).getText()).isEqualTo("Results: Canvass");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("Response rate: 1 of 52 councils (2%)"));
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .contains("Norwich City Council: <img src=x onerror=alert(1)>");
        assertThat(_find(com.vaadin.flow.component.html.H2.class).stream().map(h -> h.getText()))
                .contains("Councils that have not responded (51)");
    }

    private static String message() {
        return _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("survey-message"))
                .getText();
    }
}
