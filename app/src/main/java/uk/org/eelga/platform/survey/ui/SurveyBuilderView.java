package uk.org.eelga.platform.survey.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;
import static uk.org.eelga.tenancy.ui.UkDates.ukDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.org.eelga.platform.survey.Survey;
import uk.org.eelga.platform.survey.SurveyAudience;
import uk.org.eelga.platform.survey.SurveyCatalogue;
import uk.org.eelga.platform.survey.SurveyDraft;
import uk.org.eelga.platform.survey.SurveyKind;
import uk.org.eelga.platform.survey.SurveyMode;
import uk.org.eelga.platform.survey.SurveyRefused;
import uk.org.eelga.platform.ui.MainLayout;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Roles;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Choices;

/** Builds or changes a survey: its audience, dates, sections and questions with skip rules; publishes it. */
@Route(value = "console/surveys/edit", layout = MainLayout.class)
@PageTitle("Survey builder | EELGA console")
@RolesAllowed({Roles.ASSOCIATION_STAFF, Roles.ASSOCIATION_ADMIN})
@Prototype
public class SurveyBuilderView extends VerticalLayout implements HasUrlParameter<Long> {

    final TextField title = limited(new TextField("Title"), Text.NAME);
    final TextArea description = limited(new TextArea("Description"), Text.PARAGRAPH);
    final Select<SurveyKind> kind = Choices.select("Kind", SurveyKind::label, SurveyKind.values());
    final Select<SurveyAudience> audience = Choices.select("Audience", SurveyAudience::label, SurveyAudience.values());
    final ComboBox<SurveyCatalogue.Choice> group = new ComboBox<>("Group");
    final ComboBox<SurveyCatalogue.Choice> event = new ComboBox<>("Event");
    final Select<SurveyMode> mode = Choices.select("Who answers", SurveyMode::label, SurveyMode.values());
    final Checkbox anonymous = new Checkbox("Anonymous (no answer is linked to a person)");
    final DateTimePicker opens = ukDate(new DateTimePicker("Opens"));
    final DateTimePicker closes = ukDate(new DateTimePicker("Closes"));
    final List<SectionEditor> sections = new ArrayList<>();
    final Div message = new Div();
    final Button publish = new Button("Publish");

    private final SurveyCatalogue catalogue;
    private final VerticalLayout sectionList = new VerticalLayout();
    private Long surveyId;

    public SurveyBuilderView(SurveyCatalogue catalogue) {
        this.catalogue = catalogue;
        title.setWidthFull();
        description.setWidthFull();
        kind.setValue(SurveyKind.OTHER);
        audience.setValue(SurveyAudience.ALL_COUNCILS);
        group.setItems(catalogue.groups());
        group.setItemLabelGenerator(SurveyCatalogue.Choice::name);
        event.setItems(catalogue.events());
        event.setItemLabelGenerator(SurveyCatalogue.Choice::name);
        audience.addValueChangeListener(e -> showAudienceChoice());
        mode.setValue(SurveyMode.PER_COUNCIL);
        opens.setValue(LocalDateTime.now(UkTime.ZONE).withSecond(0).withNano(0));
        closes.setValue(opens.getValue().plusWeeks(4));
        message.setId("builder-message");
        message.getElement().setAttribute("role", "alert");
        sectionList.setPadding(false);
        Button save = new Button("Save", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> publish());
        publish.setEnabled(false);
        add(
                new H1("Survey builder"),
                message,
                title,
                description,
                new HorizontalLayout(kind, audience, group, event),
                new HorizontalLayout(mode, anonymous),
                new HorizontalLayout(opens, closes),
                new H2("Sections and questions"),
                sectionList,
                new Button("Add section", e -> addSection()),
                new HorizontalLayout(save, publish));
        showAudienceChoice();
    }

    @Override
    public void setParameter(BeforeEvent beforeEvent, @OptionalParameter Long id) {
        if (id == null) {
            addSection().addQuestion();
            return;
        }
        Optional<Survey> survey = catalogue.find(id);
        if (survey.isEmpty()) {
            beforeEvent.rerouteToError(NotFoundException.class, "No such survey");
            return;
        }
        load(survey.get());
    }

    SectionEditor addSection() {
        return Removable.add(sections, sectionList, SectionEditor::new);
    }

    private void showAudienceChoice() {
        group.setVisible(audience.getValue() == SurveyAudience.GROUP);
        event.setVisible(audience.getValue() == SurveyAudience.EVENT_ATTENDEES);
    }

    SurveyDraft draft() {
        return new SurveyDraft(
                title.getValue(),
                description.getValue(),
                kind.getValue(),
                audience.getValue(),
                audience.getValue() == SurveyAudience.GROUP && group.getValue() != null
                        ? group.getValue().id()
                        : null,
                audience.getValue() == SurveyAudience.EVENT_ATTENDEES && event.getValue() != null
                        ? event.getValue().id()
                        : null,
                mode.getValue(),
                anonymous.getValue(),
                opens.getValue() == null ? null : UkTime.at(opens.getValue()),
                closes.getValue() == null ? null : UkTime.at(closes.getValue()),
                sections.stream().map(SectionEditor::draft).toList());
    }

    private void save() {
        try {
            if (surveyId == null) {
                surveyId = catalogue.create(Callers.current(), draft());
            } else {
                catalogue.update(Callers.current(), surveyId, draft());
            }
            catalogue.find(surveyId).ifPresent(s -> publish.setEnabled(!s.published()));
            message.setText("Saved.");
        } catch (SurveyRefused refused) {
            message.setText(refused.getMessage());
        }
    }

    private void publish() {
        try {
            catalogue.publish(Callers.current(), surveyId);
            publish.setEnabled(false);
            message.setText("Published: the councils in the audience see it from its opening date.");
        } catch (SurveyRefused refused) {
            message.setText(refused.getMessage());
        }
    }

    private void load(Survey s) {
        surveyId = s.id();
        title.setValue(s.title());
        description.setValue(s.description());
        kind.setValue(s.kind());
        audience.setValue(s.audience());
        group.getListDataView()
                .getItems()
                .filter(c -> Long.valueOf(c.id()).equals(s.groupId()))
                .findFirst()
                .ifPresent(group::setValue);
        event.getListDataView()
                .getItems()
                .filter(c -> Long.valueOf(c.id()).equals(s.meetingId()))
                .findFirst()
                .ifPresent(event::setValue);
        mode.setValue(s.mode());
        anonymous.setValue(s.anonymous());
        opens.setValue(UkTime.localOf(s.opensAt()));
        closes.setValue(UkTime.localOf(s.closesAt()));
        Map<Long, Integer> numbers = new HashMap<>();
        s.questions().forEach(q -> numbers.put(q.id(), q.number()));
        for (Survey.Section section : s.sections()) {
            SectionEditor editor = addSection();
            editor.title.setValue(section.title());
            for (Survey.Question q : section.questions()) {
                editor.addQuestion()
                        .load(new SurveyDraft.QuestionDraft(
                                q.text(),
                                q.type(),
                                q.required(),
                                q.options(),
                                q.showIfQuestion() == null ? null : numbers.get(q.showIfQuestion()),
                                q.showIfAnswer()));
            }
        }
        publish.setEnabled(!s.published());
    }
}
