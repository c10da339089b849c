package uk.org.eelga.platform.framework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.framework.FrameworkModel.Theme;
import uk.org.eelga.platform.framework.FrameworkModel.Tree;
import uk.org.eelga.platform.framework.FrameworkService;
import uk.org.eelga.platform.framework.FrameworkTestData;
import uk.org.eelga.platform.framework.ServiceArea;
import uk.org.eelga.platform.framework.TargetType;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;

/**
 * A framework year's shape changed on its page: a theme, outcome, action and measure added in turn (each offered at
 * once in the next list), every missing answer listed in the error summary with nothing added, a taken number
 * refused at its field, and a part with others under it kept when asked to be removed; council people cannot open it.
 */
@BrowserlessPages
class FrameworkStructureViewIT {

    @Inject
    FrameworkService frameworks;

    long frameworkId;

    @BeforeEach
    void start() throws Exception {
        FrameworkTestData.clean();
        frameworkId =
                frameworks.create(Fixtures.staff(), FrameworkTestData.draft()).id();
    }

    @AfterEach
    void stop() throws Exception {
        FrameworkTestData.clean();
    }

    @Test
    void staff_add_a_theme_outcome_action_and_measure_in_turn_and_set_its_target_on_its_page() {
        FrameworkStructureView view = open();

        view.addTheme.click();
        assertThat(view.themeErrors.messages()).containsExactly("Enter the theme's number", "Enter the theme's title");
        view.themeNumber.setValue("1");
        view.themeTitle.setValue("Engagement again");
        view.addTheme.click();
        assertThat(view.themeErrors.messages()).containsExactly("A theme 1 is already in this framework.");
        assertThat(view.themeNumber.isInvalid()).isTrue();
        view.themeNumber.setValue("2");
        view.addTheme.click();
        assertThat(view.themeAdded.getText())
                .isEqualTo("Added Theme 2: Engagement again to " + FrameworkTestData.YEAR + ".");

        view.addOutcome.click();
        assertThat(view.outcomeErrors.messages())
                .containsExactly("Choose the theme the outcome belongs to", "Enter the outcome");
        view.outcomeTheme.setValue(item(view.outcomeTheme, "2"));
        view.outcomeNumber.setValue("2.1");
        view.outcomeText.setValue("Councils meet in person");
        view.addOutcome.click();
        assertThat(view.outcomeAdded.getText()).isEqualTo("Added Outcome 2.1: Councils meet in person.");

        view.actionOutcome.setValue(view.actionOutcome
                .getListDataView()
                .getItems()
                .filter(o -> "2.1".equals(o.number()))
                .findFirst()
                .orElseThrow());
        view.actionText.setValue("Hold regional summits");
        view.addAction.click();
        assertThat(view.actionErrors.messages()).containsExactly("Choose the service area");
        view.actionArea.setValue(ServiceArea.CORE);
        view.addAction.click();
        assertThat(view.actionAdded.getText()).isEqualTo("Added Action: Hold regional summits.");

        view.measureAction.setValue(view.measureAction
                .getListDataView()
                .getItems()
                .filter(a -> "Hold regional summits".equals(a.text()))
                .findFirst()
                .orElseThrow());
        view.addMeasure.click();
        assertThat(view.measureErrors.messages())
                .containsExactly(
                        "Say what is measured",
                        "Choose the kind of target",
                        "Say how often it is monitored, like Annual");
        assertThat(measures()).isEqualTo(3);
        view.measureDescription.setValue("Summits held");
        view.measureType.setValue(TargetType.COUNT);
        view.measureFrequency.setValue("Annual");
        view.addMeasure.click();
        assertThat(view.measureErrors.hasProblems())
                .as(view.measureErrors.messages().toString())
                .isFalse();
        assertThat(view.measureAdded.getText()).isEqualTo("Added the measure \"Summits held\". It has no target yet.");
        assertThat(view.setTarget.isVisible()).isTrue();
        assertThat(view.setTarget.getText()).isEqualTo("Set its target and how its figure is found");
        assertThat(measures()).isEqualTo(4);
        assertThat(view.removable.getListDataView().getItems().map(FrameworkStructureView.Part::label))
                .contains("Theme 2: Engagement again", "Outcome 2.1: Councils meet in person", "Measure: Summits held");
    }

    @Test
    void a_part_with_others_under_it_is_kept_and_one_added_in_error_is_removed_after_confirming() {
        FrameworkStructureView view = open();
        view.remove.click();
        assertThat(view.removeErrors.messages()).containsExactly("Choose what to remove");

        view.removable.setValue(part(view, "Theme 1: Engagement"));
        view.remove.click();
        _get(Button.class, spec -> spec.withText("Yes, remove it")).click();
        assertThat(view.removeErrors.messages())
                .containsExactly("This theme has 1 outcome under it. Remove those first.");

        view.themeNumber.setValue("9");
        view.themeTitle.setValue("Typed in error");
        view.addTheme.click();
        view.removable.setValue(part(view, "Theme 9: Typed in error"));
        view.remove.click();
        _get(Button.class, spec -> spec.withText("Yes, remove it")).click();
        assertThat(view.removeErrors.hasProblems()).isFalse();
        assertThat(view.removed.getText()).isEqualTo("Removed Theme 9: Typed in error.");
        assertThat(tree().themes()).extracting(t -> t.number()).containsExactly("1");
    }

    @Test
    void a_measure_moves_up_and_to_another_action_offered_by_name_and_a_first_one_is_not_moved_further_up() {
        FrameworkStructureView view = open();
        view.move.click();
        assertThat(view.moveErrors.messages()).containsExactly("Choose what to move", "Choose where it goes");

        view.movable.setValue(part(view, "Measure: Events held"));
        view.destination.setValue(place(view, "Up one place"));
        view.move.click();
        assertThat(view.moveErrors.hasProblems()).isFalse();
        assertThat(view.moved.getText()).isEqualTo("Moved Measure: Events held up one place.");
        assertThat(tree().actions().get(0).measures())
                .extracting(m -> m.description())
                .containsExactly("Councils with people on the platform", "Events held", "Councils in membership");

        // still chosen with "Up one place", so pressing Move again moves it again, until it is first
        assertThat(view.movable.getValue().label()).isEqualTo("Measure: Events held");
        assertThat(view.destination.getValue().label()).isEqualTo("Up one place");
        view.move.click();
        assertThat(tree().actions().get(0).measures())
                .extracting(m -> m.description())
                .containsExactly("Events held", "Councils with people on the platform", "Councils in membership");
        view.move.click();
        assertThat(view.moveErrors.messages()).containsExactly("It is already first in its action.");

        // a theme goes only up or down; a measure may go to the end of any other action, each offered by name
        view.movable.setValue(part(view, "Theme 1: Engagement"));
        assertThat(view.destination.getListDataView().getItems().map(FrameworkStructureView.Place::label))
                .containsExactly("Up one place", "Down one place");
        view.actionOutcome.setValue(
                view.actionOutcome.getListDataView().getItems().findFirst().orElseThrow());
        view.actionNumber.setValue("1.1.2");
        view.actionText.setValue("Hold events");
        view.actionArea.setValue(ServiceArea.CORE);
        view.addAction.click();
        view.movable.setValue(part(view, "Measure: Events held"));
        assertThat(view.destination.getListDataView().getItems().map(FrameworkStructureView.Place::label))
                .containsExactly("Up one place", "Down one place", "To the end of Action 1.1.2: Hold events");
        view.destination.setValue(place(view, "To the end of Action 1.1.2: Hold events"));
        view.move.click();
        assertThat(view.moved.getText())
                .isEqualTo("Moved Measure: Events held to the end of Action 1.1.2: Hold events.");
        assertThat(tree().actions().get(1).measures())
                .extracting(m -> m.description())
                .containsExactly("Events held");
    }

    @Test
    void council_people_cannot_open_the_page() {
        BrowserlessUi.signIn(Fixtures.NORA);
        assertThat(BrowserlessUi.headingAt("framework/structure")).isEqualTo("You cannot open this page");
    }

    private FrameworkStructureView open() {
        BrowserlessUi.signIn(Fixtures.staff());
        FrameworkStructureView view = BrowserlessUi.open(FrameworkStructureView.class);
        view.year.setValue(view.year
                .getListDataView()
                .getItems()
                .filter(f -> f.id() == frameworkId)
                .findFirst()
                .orElseThrow());
        return view;
    }

    private static Theme item(Select<Theme> themes, String number) {
        return themes.getListDataView()
                .getItems()
                .filter(t -> t.number().equals(number))
                .findFirst()
                .orElseThrow();
    }

    private static FrameworkStructureView.Part part(FrameworkStructureView view, String label) {
        return view.removable
                .getListDataView()
                .getItems()
                .filter(p -> p.label().equals(label))
                .findFirst()
                .orElseThrow();
    }

    private static FrameworkStructureView.Place place(FrameworkStructureView view, String label) {
        return view.destination
                .getListDataView()
                .getItems()
                .filter(p -> p.label().equals(label))
                .findFirst()
                .orElseThrow();
    }

    private Tree tree() {
        return frameworks.tree(frameworkId).orElseThrow();
    }

    private long measures() {
        return tree().measures().size();
    }
}
