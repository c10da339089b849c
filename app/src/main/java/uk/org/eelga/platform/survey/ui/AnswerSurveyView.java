package uk.org.eelga.platform.survey.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.org.eelga.platform.survey.AnswerRules;
import uk.org.eelga.platform.survey.MyResponse;
import uk.org.eelga.platform.survey.ResponseStatus;
import uk.org.eelga.platform.survey.Survey;
import uk.org.eelga.platform.survey.SurveyAnswering;
import uk.org.eelga.platform.survey.SurveyMode;
import uk.org.eelga.platform.survey.SurveyRefused;
import uk.org.eelga.platform.ui.MainLayout;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.CouncilPage;
import uk.org.eelga.tenancy.ui.ErrorSummary;

/**
 * Answering a survey: sections, skip logic applied as answers change (hidden questions are not required and their
 * answers are discarded), save as draft, submit. A refused save keeps every value on the page and everything saved
 * before. All text is set as text, so HTML in a survey or an answer shows as typed.
 */
@Route(value = "portal/surveys", layout = MainLayout.class)
@CouncilPage
public class AnswerSurveyView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final SurveyAnswering answering;
    private final Clock clock;
    private final List<QuestionField> fields = new ArrayList<>();
    private final Div message = new Div();
    private ErrorSummary errors = new ErrorSummary();
    private final Paragraph status = new Paragraph();
    private Survey survey;

    public AnswerSurveyView(SurveyAnswering answering, Clock clock) {
        this.answering = answering;
        this.clock = clock;
    }

    @Override
    public void setParameter(BeforeEvent event, Long surveyId) {
        Caller user = Callers.current();
        survey = surveyId == null ? null : answering.survey(user, surveyId).orElse(null);
        if (survey == null) {
            event.rerouteToError(NotFoundException.class, "No such survey");
            return;
        }
        MyResponse response = answering.myResponse(user, survey.id());
        build(response);
    }

    /** The survey's own title, so that each survey's page is told apart in the browser's tabs and history. */
    @Override
    public String getPageTitle() {
        return (survey == null ? "Survey" : survey.title()) + " | EELGA member platform";
    }

    private void build(MyResponse response) {
        removeAll();
        fields.clear();
        add(new H1(survey.title()));
        if (!survey.description().isBlank()) {
            add(new Paragraph(survey.description()));
        }
        add(new Paragraph("Closes " + UkTime.date(survey.closesAt()) + ". "
                + (survey.mode() == SurveyMode.PER_COUNCIL
                        ? "One response for your council: anyone in your council can finish a draft."
                        : "One response per person.")
                + (survey.anonymous() ? " Anonymous: your answers are not linked to you." : "")));
        status.setId("survey-status");
        add(status);
        message.setId("survey-message");
        message.getElement().setAttribute("role", "alert");
        // focus is put here after a save, so that a keyboard or screen reader user hears it and goes on from here
        message.getElement().setAttribute("tabindex", "-1");
        message.addClassName("form-message");
        add(message);
        int summaryAt = getComponentCount();
        for (Survey.Section section : survey.sections()) {
            add(new H2(section.title()));
            for (Survey.Question q : section.questions()) {
                QuestionField field = new QuestionField(q, this::applySkipLogic);
                fields.add(field);
                add(field.component());
            }
        }
        errors = new ErrorSummary(fields.stream().map(QuestionField::validation).toArray(HasValidation[]::new));
        addComponentAtIndex(summaryAt, errors);
        Map<Long, List<String>> saved = response.asMap();
        fields.forEach(f -> f.setValues(saved.getOrDefault(f.question().id(), List.of())));
        applySkipLogic();

        boolean open = survey.isOpen(clock.instant());
        boolean submitted = response.status() == ResponseStatus.SUBMITTED;
        showStatus(response, open);
        if (!open || submitted) {
            fields.forEach(f -> f.setReadOnly(true));
            return;
        }
        Button submit = new Button("Submit", e -> save(true));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout();
        if (!(survey.anonymous() && survey.mode() == SurveyMode.PER_PERSON)) {
            buttons.add(new Button("Save draft", e -> save(false)));
        }
        buttons.add(submit);
        add(buttons);
    }

    private void showStatus(MyResponse response, boolean open) {
        String text = "Status: " + response.status().label();
        if (response.lastSavedBy() != null) {
            text += ", last saved by " + response.lastSavedBy() + " on "
                    + (response.lastSavedAt() == null ? "" : UkTime.date(response.lastSavedAt()));
        }
        if (response.status() == ResponseStatus.SUBMITTED && survey.anonymous()) {
            text += ". Thank you: your anonymous answers cannot be shown back to you.";
        }
        if (!open) {
            text += survey.isClosed(clock.instant()) ? ". This survey has closed." : ". This survey is not open yet.";
        }
        status.setText(text);
    }

    /** Shows only the questions whose skip rule is met by the answers on the page. */
    private void applySkipLogic() {
        Set<Long> visible = AnswerRules.visible(survey, answersOnPage());
        fields.forEach(f -> f.setVisible(visible.contains(f.question().id())));
    }

    private Map<Long, List<String>> answersOnPage() {
        Map<Long, List<String>> answers = new LinkedHashMap<>();
        fields.forEach(f -> answers.put(f.question().id(), f.values()));
        return answers;
    }

    private void save(boolean submit) {
        Caller user = Callers.current();
        errors.clear();
        message.setText("");
        // every problem at once, at its question, before anything is sent (the service checks the same again)
        Map<Long, QuestionField> byQuestion = new LinkedHashMap<>();
        fields.forEach(f -> byQuestion.put(f.question().id(), f));
        AnswerRules.problems(survey, AnswerRules.kept(survey, answersOnPage()), submit)
                .forEach(p -> byQuestion.get(p.questionId()).markIn(errors, p.message()));
        if (errors.showIfAny()) {
            return;
        }
        try {
            MyResponse saved = submit
                    ? answering.submit(user, survey.id(), answersOnPage())
                    : answering.saveDraft(user, survey.id(), answersOnPage());
            build(saved);
            message.setText(submit ? "Thank you: your response has been submitted." : "Your draft has been saved.");
            message.getElement().executeJs("this.focus()");
        } catch (SurveyRefused refused) {
            // the fields keep what was typed; nothing saved before is touched
            errors.refused(refused);
        }
    }
}
