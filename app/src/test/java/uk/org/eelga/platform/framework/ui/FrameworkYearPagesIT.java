package uk.org.eelga.platform.framework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.engagement.EventType;
import uk.org.eelga.platform.engagement.MeetingPlanner;
import uk.org.eelga.platform.engagement.NewMeeting;
import uk.org.eelga.platform.framework.FrameworkModel;
import uk.org.eelga.platform.framework.FrameworkService;
import uk.org.eelga.platform.framework.FrameworkTestData;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.Race;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;

/**
 * The framework as a living thing on pages (issue 14 point 3): a year started from an earlier one (copied whole, a
 * year taken or mistyped is refused with a plain message and nothing made), and a measure changed on its page
 * (target, manual or a live kind with its parameters; wrong input listed in the error summary and nothing saved).
 * Council people open neither page.
 */
@BrowserlessPages
class FrameworkYearPagesIT {

    static final String NEW_YEAR = "2030-31";
    static final String PAGES_EVENT = "Framework pages test London Plan Summit";

    @Inject
    FrameworkService frameworks;

    @Inject
    MeetingPlanner planner;

    long frameworkId;

    @BeforeEach
    void start() throws Exception {
        clean();
        frameworkId =
                frameworks.create(Fixtures.staff(), FrameworkTestData.draft()).id();
    }

    @AfterEach
    void stop() throws Exception {
        clean();
    }

    static void clean() throws Exception {
        FrameworkTestData.clean();
        TestDatabase.executeAsOwner("delete from framework where year_label = '" + NEW_YEAR + "'");
        TestDatabase.executeAsOwner("delete from engagement_meeting where title = '" + PAGES_EVENT + "'");
    }

    private static long measures(String year) {
        return Race.count("select count(*) from framework_measure m join framework_action a on a.id = m.action_id"
                + " join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id"
                + " join framework f on f.id = t.framework_id where f.year_label = '" + year + "'");
    }

    private static long measure(String description) {
        return Race.count("select m.id from framework_measure m join framework_action a on a.id = m.action_id"
                + " join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id"
                + " join framework f on f.id = t.framework_id where f.year_label = '" + FrameworkTestData.YEAR
                + "' and m.description = '" + description + "'");
    }

    @Test
    void staff_start_a_year_from_an_earlier_one_once() {
        BrowserlessUi.signIn(Fixtures.staff());
        StartYearView view = BrowserlessUi.open(StartYearView.class);
        view.from.setValue(view.from
                .getListDataView()
                .getItems()
                .filter(f -> f.id() == frameworkId)
                .findFirst()
                .orElseThrow());

        view.year.setValue("next year");
        view.start.click();
        assertThat(view.errors.messages()).containsExactly("Enter the new financial year like 2020-21");
        view.year.setValue("2030-29");
        view.start.click();
        assertThat(view.errors.hasProblems()).isTrue();
        assertThat(measures(NEW_YEAR)).isZero();

        view.year.setValue(NEW_YEAR);
        view.title.setValue("Plan " + NEW_YEAR);
        view.start.click();
        assertThat(view.errors.hasProblems())
                .as(view.errors.messages().toString())
                .isFalse();
        assertThat(view.started.getText())
                .isEqualTo(
                        "Started " + NEW_YEAR + ": Plan " + NEW_YEAR + ", copied from " + FrameworkTestData.YEAR + ".");
        assertThat(measures(NEW_YEAR))
                .isEqualTo(measures(FrameworkTestData.YEAR))
                .isEqualTo(3);

        view.start.click();
        assertThat(view.errors.messages()).containsExactly("A framework for " + NEW_YEAR + " already exists.");
        assertThat(Race.count("select count(*) from framework where year_label = '" + NEW_YEAR + "'"))
                .isEqualTo(1);
    }

    @Test
    void staff_change_a_measure_from_manual_to_a_live_kind_and_wrong_input_saves_nothing() {
        long id = measure("Events held");
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate("framework/measure-edit/" + id);
        MeasureEditView view = _get(MeasureEditView.class);
        assertThat(view.description.getValue()).isEqualTo("Events held");
        assertThat(view.kind.getValue()).isEqualTo(MeasureEditView.MANUAL);
        // kinds are offered by their names, never by their codes
        assertThat(view.kind.getItemLabelGenerator().apply("group-attendance"))
                .isEqualTo("Attendance at a group's meetings");

        view.description.setValue(" ");
        view.target.setValue("four");
        view.tolerance.setValue("some");
        view.frequency.setValue("");
        view.kind.setValue("group-attendance");
        assertThat(view.parameters).containsOnlyKeys("group");
        view.save();
        assertThat(view.errors.messages())
                .containsExactly(
                        "Say what is measured",
                        "Enter the target as a number, like 60 or 205000",
                        "Enter the amber tolerance as a number, like 5",
                        "Say how often it is monitored, like Annual",
                        "Choose the group");
        FrameworkModel.Measure before = frameworks.measure(id).orElseThrow();
        assertThat(before.description()).isEqualTo("Events held");
        assertThat(before.liveKind()).isNull();

        view.description.setValue("Councils answering the perception survey");
        view.target.setValue("90");
        view.tolerance.setValue("5");
        view.frequency.setValue("Annual");
        view.kind.setValue("survey-response-rate");
        assertThat(view.parameters).containsOnlyKeys("surveyKind", "as");
        // a parameter's options are offered in words: the stored codes are never shown
        @SuppressWarnings("unchecked")
        ComboBox<String> figure = (ComboBox<String>) view.parameters.get("as");
        assertThat(figure.getListDataView().getItems().map(figure.getItemLabelGenerator()))
                .containsExactly("Response rate (% of the councils addressed)", "Councils that responded");
        assertThat(figure.getHelperText())
                .isEqualTo("Optional. If left empty: Response rate (% of the councils addressed)");
        view.parameters.get("surveyKind").setValue("PERCEPTION");
        view.save();
        assertThat(view.errors.hasProblems())
                .as(view.errors.messages().toString())
                .isFalse();
        assertThat(view.saved.getText()).contains("Saved. Target: ", "computed from survey response rate.");
        FrameworkModel.Measure after = frameworks.measure(id).orElseThrow();
        assertThat(after.description()).isEqualTo("Councils answering the perception survey");
        assertThat(after.target()).isEqualByComparingTo(new BigDecimal("90"));
        assertThat(after.liveKind()).isEqualTo("survey-response-rate");
        // an empty optional parameter is left out, so the kind's default applies
        assertThat(after.liveParameters()).containsExactly(java.util.Map.entry("surveyKind", "PERCEPTION"));

        // back to manual: no parameters kept
        view.kind.setValue(MeasureEditView.MANUAL);
        assertThat(view.parameters).isEmpty();
        view.save();
        assertThat(view.saved.getText()).contains("entered by staff.");
        assertThat(frameworks.measure(id).orElseThrow().liveKind()).isNull();
        assertThat(Race.count("select count(*) from audit_event where action like 'framework.%'"))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void staff_bind_a_measure_to_one_event_chosen_by_its_name_and_date() throws Exception {
        long summit = planner.plan(
                        Fixtures.staff(),
                        new NewMeeting(
                                null,
                                EventType.SUMMIT,
                                PAGES_EVENT,
                                LocalDateTime.of(2018, 1, 26, 9, 30),
                                "London",
                                false,
                                null,
                                120))
                .id();
        long id = measure("Events held");
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate("framework/measure-edit/" + id);
        MeasureEditView view = _get(MeasureEditView.class);
        view.kind.setValue("evaluations-rated-good");

        @SuppressWarnings("unchecked")
        ComboBox<String> event = (ComboBox<String>) view.parameters.get("event");
        String offered = event.getListDataView()
                .getItems()
                .filter(v -> event.getItemLabelGenerator().apply(v).equals(PAGES_EVENT + ", 26 January 2018"))
                .findFirst()
                .orElseThrow();
        event.setValue(offered);
        @SuppressWarnings("unchecked")
        ComboBox<String> type = (ComboBox<String>) view.parameters.get("eventType");
        assertThat(type.getItemLabelGenerator().apply("THOUGHT_LEADERSHIP")).isEqualTo("Thought-leadership event");
        view.save();
        assertThat(view.errors.hasProblems())
                .as(view.errors.messages().toString())
                .isFalse();
        assertThat(frameworks.measure(id).orElseThrow().liveParameters())
                .containsExactly(java.util.Map.entry("event", Long.toString(summit)));

        // opened again from the measure's page (a new page, as in a browser), it names the event it is bound to
        UI.getCurrent().navigate("framework/measure/" + id);
        UI.getCurrent().navigate("framework/measure-edit/" + id);
        MeasureEditView again = _get(MeasureEditView.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> shown = (ComboBox<String>) again.parameters.get("event");
        assertThat(shown.getItemLabelGenerator().apply(shown.getValue())).isEqualTo(PAGES_EVENT + ", 26 January 2018");
        // and saved unchanged, the measure stays bound to it
        again.save();
        assertThat(again.errors.hasProblems())
                .as(again.errors.messages().toString())
                .isFalse();
        assertThat(frameworks.measure(id).orElseThrow().liveParameters())
                .containsExactly(java.util.Map.entry("event", Long.toString(summit)));
    }

    @Test
    void a_typed_in_measure_says_why_on_its_page_and_staff_write_the_reason_there() {
        long id = measure("Events held");
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate("framework/measure/" + id);
        assertThat(paragraphs())
                .contains("Typed in by staff. No one has yet written why the platform cannot compute it.");

        UI.getCurrent().navigate("framework/measure-edit/" + id);
        MeasureEditView view = _get(MeasureEditView.class);
        assertThat(view.manualReason.isVisible()).isTrue();
        view.manualReason.setValue("Events before 2026 were kept on paper.");
        view.save();
        assertThat(view.errors.hasProblems())
                .as(view.errors.messages().toString())
                .isFalse();
        assertThat(frameworks.measure(id).orElseThrow().manualReason())
                .isEqualTo("Events before 2026 were kept on paper.");

        UI.getCurrent().navigate("framework/measure/" + id);
        assertThat(paragraphs())
                .contains("Typed in by staff: the platform cannot compute it. Events before 2026 were kept on paper.");

        // a computed measure says from what, in words; its page asks for no reason
        UI.getCurrent().navigate("framework/measure/" + measure("Councils in membership"));
        assertThat(paragraphs()).contains("Computed from the platform's records: Councils in membership.");
        UI.getCurrent().navigate("framework/measure-edit/" + id);
        view = _get(MeasureEditView.class);
        view.kind.setValue("councils-in-membership");
        assertThat(view.manualReason.isVisible()).isFalse();
    }

    private static java.util.List<String> paragraphs() {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.Paragraph.class)
                .stream()
                .map(com.vaadin.flow.component.html.Paragraph::getText)
                .toList();
    }

    @Test
    void a_missing_measure_says_so_and_council_people_open_neither_page() {
        BrowserlessUi.signIn(Fixtures.staff());
        assertThat(BrowserlessUi.headingAt("framework/measure-edit/999999999")).isEqualTo("Measure not found");
        BrowserlessUi.signIn(Fixtures.NORA);
        assertThat(BrowserlessUi.headingAt("framework/new-year")).isEqualTo("You cannot open this page");
        UI.getCurrent().navigate("framework/measure-edit/" + measure("Events held"));
        assertThat(_get(H1.class).getText()).isEqualTo("You cannot open this page");
    }
}
