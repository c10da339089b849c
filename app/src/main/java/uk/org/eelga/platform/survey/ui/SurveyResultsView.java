package uk.org.eelga.platform.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import uk.org.eelga.platform.survey.SurveyExport;
import uk.org.eelga.platform.survey.SurveyNotFound;
import uk.org.eelga.platform.survey.SurveyRefused;
import uk.org.eelga.platform.survey.SurveyReminders;
import uk.org.eelga.platform.survey.SurveyResults;
import uk.org.eelga.platform.survey.SurveyResultsReader;
import uk.org.eelga.platform.ui.MainLayout;
import uk.org.eelga.shared.Percent;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Roles;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Plurals;
import uk.org.eelga.tenancy.ui.Tables;

/** A survey's results for staff: response rate by council, reminders, distributions, free text, exports. */
@Route(value = "console/surveys/results", layout = MainLayout.class)
@PageTitle("Survey results | EELGA console")
@RolesAllowed({Roles.ASSOCIATION_STAFF, Roles.ASSOCIATION_ADMIN})
@Prototype
public class SurveyResultsView extends VerticalLayout implements HasUrlParameter<Long> {

    private final SurveyResultsReader reader;
    private final SurveyExport export;
    private final SurveyReminders reminders;
    final Div message = new Div();

    public SurveyResultsView(SurveyResultsReader reader, SurveyExport export, SurveyReminders reminders) {
        this.reader = reader;
        this.export = export;
        this.reminders = reminders;
    }

    @Override
    public void setParameter(BeforeEvent event, Long surveyId) {
        Caller staff = Callers.current();
        SurveyResults results;
        try {
            results = reader.results(staff, surveyId);
        } catch (SurveyNotFound e) {
            event.rerouteToError(NotFoundException.class, "No such survey");
            return;
        }
        show(staff, results);
    }

    private void show(Caller staff, SurveyResults results) {
        removeAll();
        add(new H1("Results: " + results.title()));
        message.setId("results-message");
        message.getElement().setAttribute("role", "status");
        add(message);
        add(new Paragraph("Response rate: " + results.councilsResponded() + " of "
                + Plurals.count(results.councilsInAudience(), "council", "councils")
                + (results.responseRatePercent() == null
                        ? ""
                        : " (" + Percent.format(results.responseRatePercent()) + ")")
                + "; " + Plurals.count(results.submittedResponses(), "response", "responses") + " submitted."
                + (results.anonymous() ? " Anonymous survey: answers are never shown with a council." : "")));

        long id = results.surveyId();
        Anchor csv = new Anchor(
                new StreamResource(
                        "survey-" + id + ".csv",
                        () -> new ByteArrayInputStream(export.csv(staff, id).getBytes(StandardCharsets.UTF_8))),
                "Download CSV");
        csv.getElement().setAttribute("download", true);
        Anchor xlsx = new Anchor(
                new StreamResource("survey-" + id + ".xlsx", () -> new ByteArrayInputStream(export.xlsx(staff, id))),
                "Download Excel (XLSX)");
        xlsx.getElement().setAttribute("download", true);
        Button remind = new Button("Send reminders to councils that have not responded", e -> {
            try {
                SurveyReminders.Sent sent = reminders.remind(staff, id);
                message.setText("Reminders sent to " + Plurals.count(sent.recipients(), "person", "people") + " in "
                        + Plurals.count(sent.councils(), "council", "councils")
                        + (sent.failed() > 0 ? "; " + sent.failed() + " could not be sent." : "."));
            } catch (SurveyRefused refused) {
                message.setText(refused.getMessage());
            }
        });
        add(new HorizontalLayout(csv, xlsx, remind));

        add(new H2("Councils that have not responded (" + results.notResponded().size() + ")"));
        add(new Paragraph(
                results.notResponded().isEmpty()
                        ? "Every council in the audience has responded."
                        : results.notResponded().stream()
                                .map(SurveyResults.CouncilResponse::name)
                                .collect(Collectors.joining(", "))));
        add(new H2("Response by council"));
        Grid<SurveyResults.CouncilResponse> councils = new Grid<>(SurveyResults.CouncilResponse.class, false);
        councils.addColumn(SurveyResults.CouncilResponse::name).setHeader("Council");
        councils.addColumn(c -> c.kind().label()).setHeader("Kind");
        councils.addColumn(c -> c.status().label()).setHeader("Status");
        councils.addColumn(SurveyResults.CouncilResponse::submitted).setHeader("Responses submitted");
        councils.addColumn(c -> c.entered() == null ? "" : c.entered()).setHeader("Source");
        councils.setItems(results.councils());
        Tables.named(councils, "Response by council", "No councils are asked to respond to this survey.");
        add(councils);

        add(new H2("Answers"));
        for (SurveyResults.QuestionResult q : results.questions()) {
            add(new H3(q.number() + ". " + q.text()));
            add(new Paragraph(q.answered() + " answered"));
            if (q.type().hasOptions()) {
                add(new AnswerBars("Answers to question " + q.number(), q.counts()));
                if (!q.byKind().isEmpty()) {
                    UnorderedList kinds = new UnorderedList();
                    for (SurveyResults.KindBreakdown k : q.byKind()) {
                        kinds.add(new ListItem(k.kind().label() + ": "
                                + (k.suppressed()
                                        ? "fewer than " + SurveyResults.MIN_GROUP + " responses, not shown"
                                        : k.counts().stream()
                                                .map(c -> c.label() + " " + c.count())
                                                .collect(Collectors.joining(", ")))));
                    }
                    add(new Paragraph("By council kind:"), kinds);
                }
            } else {
                UnorderedList texts = new UnorderedList();
                texts.addClassName("free-text-answers");
                q.texts()
                        .forEach(t ->
                                texts.add(new ListItem((t.council() == null ? "" : t.council() + ": ") + t.text())));
                add(texts);
            }
        }
    }
}
