package uk.org.eelga.platform.framework.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.org.eelga.platform.framework.Direction;
import uk.org.eelga.platform.framework.FrameworkModel.Action;
import uk.org.eelga.platform.framework.FrameworkModel.FrameworkSummary;
import uk.org.eelga.platform.framework.FrameworkModel.Measure;
import uk.org.eelga.platform.framework.FrameworkModel.Outcome;
import uk.org.eelga.platform.framework.FrameworkModel.Theme;
import uk.org.eelga.platform.framework.FrameworkModel.Tree;
import uk.org.eelga.platform.framework.FrameworkService;
import uk.org.eelga.platform.framework.FrameworkStructure;
import uk.org.eelga.platform.framework.FrameworkStructure.Level;
import uk.org.eelga.platform.framework.ServiceArea;
import uk.org.eelga.platform.framework.TargetType;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Confirm;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.StaffPage;
import uk.org.eelga.tenancy.ui.SuccessMessage;

/**
 * A framework year's shape on a page: add a theme, an outcome, an action or a measure at the end of its parent, or
 * remove one added in error (refused in words while anything hangs on it). A new measure's target and how its figure
 * is found are set on its own page after (Change this measure), as for every other measure.
 */
@Route("framework/structure")
@PageTitle("Themes, outcomes, actions and measures | EELGA member platform")
@StaffPage
public class FrameworkStructureView extends Page {

    /** One thing of the framework that can be moved or removed, named as the list shows it. */
    record Part(Level level, long id, String label) {}

    /** Where a part can go: a step among its siblings, or the end of another parent. */
    record Place(String label, FrameworkStructure.Move move) {}

    final Select<FrameworkSummary> year = new Select<>();

    final TextField themeNumber = limited(new TextField("Theme number (like 5)"), FrameworkStructure.NUMBER_MAX);
    final TextField themeTitle = limited(new TextField("Title of the theme"), Text.NAME);
    final Button addTheme = new Button("Add the theme");
    final ErrorSummary themeErrors = new ErrorSummary(themeNumber, themeTitle);
    final SuccessMessage themeAdded = new SuccessMessage();

    final Select<Theme> outcomeTheme = new Select<>();
    final TextField outcomeNumber =
            limited(new TextField("Outcome number (optional, like 5.1)"), FrameworkStructure.NUMBER_MAX);
    final TextArea outcomeText = limited(new TextArea("The outcome"), Text.PARAGRAPH);
    final Button addOutcome = new Button("Add the outcome");
    final ErrorSummary outcomeErrors = new ErrorSummary(outcomeTheme, outcomeNumber, outcomeText);
    final SuccessMessage outcomeAdded = new SuccessMessage();

    final Select<Outcome> actionOutcome = new Select<>();
    final TextField actionNumber =
            limited(new TextField("Action number (optional, like 5.1.1)"), FrameworkStructure.NUMBER_MAX);
    final TextArea actionText = limited(new TextArea("The action"), Text.PARAGRAPH);
    final TextField actionMechanism = limited(new TextField("How it is delivered (optional)"), Text.NAME);
    final Select<ServiceArea> actionArea = new Select<>();
    final Button addAction = new Button("Add the action");
    final ErrorSummary actionErrors =
            new ErrorSummary(actionOutcome, actionNumber, actionText, actionMechanism, actionArea);
    final SuccessMessage actionAdded = new SuccessMessage();

    final Select<Action> measureAction = new Select<>();
    final TextArea measureDescription = limited(new TextArea("What is measured"), Text.PARAGRAPH);
    final Select<TargetType> measureType = new Select<>();
    final TextField measureFrequency = limited(new TextField("How often it is monitored"), 200);
    final TextField measureSource = limited(new TextField("Where the figure comes from (optional)"), Text.NAME);
    final Select<Direction> measureDirection = new Select<>();
    final Button addMeasure = new Button("Add the measure");
    final ErrorSummary measureErrors = new ErrorSummary(
            measureAction, measureDescription, measureType, measureFrequency, measureSource, measureDirection);
    final SuccessMessage measureAdded = new SuccessMessage();
    final Anchor setTarget = new Anchor();

    final Select<Part> movable = new Select<>();
    final Select<Place> destination = new Select<>();
    final Button move = new Button("Move");
    final ErrorSummary moveErrors = new ErrorSummary(movable, destination);
    final SuccessMessage moved = new SuccessMessage();

    final Select<Part> removable = new Select<>();
    final Button remove = new Button("Remove");
    final ErrorSummary removeErrors = new ErrorSummary(removable);
    final SuccessMessage removed = new SuccessMessage();

    private final FrameworkService frameworks;
    private final FrameworkStructure structure;
    private final Caller staff = Callers.current();
    private final List<Part> parts = new ArrayList<>();
    private final Map<Part, Long> parentIds = new java.util.HashMap<>();

    FrameworkStructureView(FrameworkService frameworks, FrameworkStructure structure) {
        super(
                "Themes, outcomes, actions and measures",
                "Add to a framework year what its plan adds during the year, put its parts in order, or remove what"
                        + " was added in error. New parts go at the end of the part they belong to. A new measure is typed in by staff and"
                        + " has no target until you set one on its page. Something is kept while anything hangs on"
                        + " it: a measure with figures entered or in a closed quarter, or a part with others under"
                        + " it.");
        this.frameworks = frameworks;
        this.structure = structure;
        add(new Anchor("framework", "Back to the performance framework"));

        List<FrameworkSummary> years = frameworks.frameworks();
        year.setLabel("Framework year");
        year.setItems(years);
        year.setItemLabelGenerator(f -> f.year() + ": " + f.title());
        year.addValueChangeListener(e -> refresh());

        outcomeTheme.setLabel("Theme it belongs to");
        outcomeTheme.setItemLabelGenerator(t -> "Theme " + t.number() + ": " + t.title());
        actionOutcome.setLabel("Outcome it belongs to");
        actionOutcome.setItemLabelGenerator(o -> "Outcome" + numbered(o.number(), o.text()));
        actionArea.setLabel("Service area");
        actionArea.setItems(ServiceArea.values());
        actionArea.setItemLabelGenerator(ServiceArea::label);
        measureAction.setLabel("Action it belongs to");
        measureAction.setItemLabelGenerator(a -> "Action" + numbered(a.number(), a.text()));
        measureType.setLabel("Kind of target");
        measureType.setItems(TargetType.values());
        measureType.setItemLabelGenerator(TargetType::words);
        measureDirection.setLabel("Which way is better");
        measureDirection.setItems(Direction.values());
        measureDirection.setItemLabelGenerator(Direction::words);
        measureDirection.setValue(Direction.HIGHER_IS_BETTER);
        movable.setLabel("What to move");
        movable.setItemLabelGenerator(Part::label);
        movable.addValueChangeListener(e -> places(e.getValue()));
        destination.setLabel("Where it goes");
        destination.setItemLabelGenerator(Place::label);
        removable.setLabel("What to remove");
        removable.setItemLabelGenerator(Part::label);
        for (TextArea area : List.of(outcomeText, actionText, measureDescription)) {
            area.setWidth("40em");
        }
        setTarget.setVisible(false);

        for (Button primary : List.of(addTheme, addOutcome, addAction, addMeasure)) {
            primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        addTheme.addClickListener(e -> addTheme());
        addOutcome.addClickListener(e -> addOutcome());
        addAction.addClickListener(e -> addAction());
        addMeasure.addClickListener(e -> addMeasure());
        remove.addClickListener(e -> askToRemove());
        move.addClickListener(e -> move());

        add(year);
        add(section("Add a theme"), themeErrors, themeNumber, themeTitle, addTheme, themeAdded);
        add(section("Add an outcome"), outcomeErrors, outcomeTheme, outcomeNumber, outcomeText, addOutcome);
        add(outcomeAdded);
        add(section("Add an action"), actionErrors, actionOutcome, actionNumber, actionText, actionMechanism);
        add(actionArea, addAction, actionAdded);
        add(section("Add a measure"), measureErrors, measureAction, measureDescription, measureType);
        add(measureFrequency, measureSource, measureDirection, addMeasure, measureAdded, setTarget);
        add(section("Move a part"), moveErrors, movable, destination, move, moved);
        add(section("Remove something added in error"), removeErrors, removable, remove, removed);
        if (!years.isEmpty()) {
            year.setValue(years.get(years.size() - 1));
        }
        listContents();
    }

    private void addTheme() {
        themeErrors.restart(themeAdded);
        themeErrors.required(themeNumber, "Enter the theme's number");
        themeErrors.required(themeTitle, "Enter the theme's title");
        themeErrors.tryIfNone(
                () -> {
                    FrameworkStructure.Changed added = structure.addTheme(
                            staff,
                            year.getValue().id(),
                            new FrameworkStructure.NewTheme(themeNumber.getValue(), themeTitle.getValue()));
                    themeNumber.clear();
                    themeTitle.clear();
                    refresh();
                    themeAdded.show(
                            "Added " + added.label() + " to " + year.getValue().year() + ".");
                },
                Map.of("number", themeNumber, "number-taken", themeNumber, "title", themeTitle));
    }

    private void addOutcome() {
        outcomeErrors.restart(outcomeAdded);
        outcomeErrors.required(outcomeTheme, "Choose the theme the outcome belongs to");
        outcomeErrors.required(outcomeText, "Enter the outcome");
        outcomeErrors.tryIfNone(
                () -> {
                    FrameworkStructure.Changed added = structure.addOutcome(
                            staff,
                            outcomeTheme.getValue().id(),
                            new FrameworkStructure.NewOutcome(outcomeNumber.getValue(), outcomeText.getValue()));
                    outcomeNumber.clear();
                    outcomeText.clear();
                    refresh();
                    outcomeAdded.show("Added " + added.label() + ".");
                },
                Map.of("number", outcomeNumber, "number-taken", outcomeNumber, "text", outcomeText));
    }

    private void addAction() {
        actionErrors.restart(actionAdded);
        actionErrors.required(actionOutcome, "Choose the outcome the action belongs to");
        actionErrors.required(actionText, "Enter the action");
        actionErrors.required(actionArea, "Choose the service area");
        actionErrors.tryIfNone(
                () -> {
                    FrameworkStructure.Changed added = structure.addAction(
                            staff,
                            actionOutcome.getValue().id(),
                            new FrameworkStructure.NewAction(
                                    actionNumber.getValue(),
                                    actionText.getValue(),
                                    actionMechanism.getValue(),
                                    actionArea.getValue()));
                    actionNumber.clear();
                    actionText.clear();
                    actionMechanism.clear();
                    refresh();
                    actionAdded.show("Added " + added.label() + ".");
                },
                Map.of(
                        "number",
                        actionNumber,
                        "number-taken",
                        actionNumber,
                        "text",
                        actionText,
                        "mechanism",
                        actionMechanism,
                        "service-area",
                        actionArea));
    }

    private void addMeasure() {
        measureErrors.restart(measureAdded);
        setTarget.setVisible(false);
        measureErrors.required(measureAction, "Choose the action the measure belongs to");
        measureErrors.required(measureDescription, "Say what is measured");
        measureErrors.required(measureType, "Choose the kind of target");
        measureErrors.required(measureFrequency, "Say how often it is monitored, like Annual");
        measureErrors.tryIfNone(
                () -> {
                    Measure added = structure.addMeasure(
                            staff,
                            measureAction.getValue().id(),
                            new FrameworkStructure.NewMeasure(
                                    measureDescription.getValue(),
                                    measureType.getValue(),
                                    measureFrequency.getValue(),
                                    measureSource.getValue(),
                                    measureDirection.getValue()));
                    measureDescription.clear();
                    measureFrequency.clear();
                    measureSource.clear();
                    refresh();
                    measureAdded.show("Added the measure \"" + added.description() + "\". It has no target yet.");
                    setTarget.setHref("framework/measure-edit/" + added.id());
                    setTarget.setText("Set its target and how its figure is found");
                    setTarget.setVisible(true);
                },
                Map.of(
                        "description",
                        measureDescription,
                        "type",
                        measureType,
                        "frequency",
                        measureFrequency,
                        "source",
                        measureSource));
    }

    /** Up, down, and the end of each other part it could belong to (none for a theme). */
    private void places(Part part) {
        List<Place> places = new ArrayList<>();
        if (part != null) {
            places.add(new Place("Up one place", new FrameworkStructure.Move(FrameworkStructure.Step.UP, null)));
            places.add(new Place("Down one place", new FrameworkStructure.Move(FrameworkStructure.Step.DOWN, null)));
            Level parent = part.level().parent();
            long current = parentIds.getOrDefault(part, -1L);
            parts.stream()
                    .filter(p -> p.level() == parent && p.id() != current)
                    .forEach(p -> places.add(
                            new Place("To the end of " + p.label(), new FrameworkStructure.Move(null, p.id()))));
        }
        destination.setItems(places);
    }

    private void move() {
        moveErrors.restart(moved);
        moveErrors.required(movable, "Choose what to move");
        moveErrors.required(destination, "Choose where it goes");
        moveErrors.tryIfNone(
                () -> {
                    Part part = movable.getValue();
                    Place place = destination.getValue();
                    structure.move(staff, part.level(), part.id(), place.move());
                    refresh();
                    // still chosen, with a step still offered, so "Up one place" can be pressed again
                    movable.setValue(part);
                    if (place.move().step() != null) {
                        destination.setValue(place);
                    }
                    String where = place.label();
                    moved.show("Moved " + part.label() + " " + Character.toLowerCase(where.charAt(0))
                            + where.substring(1) + ".");
                },
                Map.of("parent", destination, "number-taken", destination));
    }

    private void askToRemove() {
        removeErrors.restart(removed);
        if (removeErrors.required(removable, "Choose what to remove")) {
            removeErrors.showIfAny();
            return;
        }
        Part part = removable.getValue();
        Confirm.ask(
                "Remove " + part.label() + "?",
                "It goes from the " + year.getValue().year() + " framework. The audit log keeps what it was.",
                "Yes, remove it",
                () -> removeErrors.tryIfNone(() -> {
                    structure.remove(staff, part.level(), part.id());
                    refresh();
                    removed.show("Removed " + part.label() + ".");
                }));
    }

    /** Reads the chosen year's tree again and offers its parts in every list. */
    private void refresh() {
        FrameworkSummary chosen = year.getValue();
        Tree tree = chosen == null ? null : frameworks.tree(chosen.id()).orElse(null);
        List<Theme> themes = tree == null ? List.of() : tree.themes();
        List<Outcome> outcomes =
                themes.stream().flatMap(t -> t.outcomes().stream()).toList();
        List<Action> actions = tree == null ? List.of() : tree.actions();
        outcomeTheme.setItems(themes);
        actionOutcome.setItems(outcomes);
        measureAction.setItems(actions);
        parts.clear();
        parentIds.clear();
        for (Theme theme : themes) {
            parts.add(new Part(Level.THEME, theme.id(), "Theme " + theme.number() + ": " + theme.title()));
            for (Outcome outcome : theme.outcomes()) {
                part(
                        new Part(Level.OUTCOME, outcome.id(), "Outcome" + numbered(outcome.number(), outcome.text())),
                        theme.id());
                for (Action action : outcome.actions()) {
                    part(
                            new Part(Level.ACTION, action.id(), "Action" + numbered(action.number(), action.text())),
                            outcome.id());
                    for (Measure measure : action.measures()) {
                        part(new Part(Level.MEASURE, measure.id(), "Measure: " + measure.description()), action.id());
                    }
                }
            }
        }
        removable.setItems(parts);
        movable.setItems(parts);
        destination.setItems(List.of());
    }

    private void part(Part part, long parentId) {
        parts.add(part);
        parentIds.put(part, parentId);
    }

    /** " 2.1: text" or ": text", after the level's name; a long text cut so a list stays readable. */
    private static String numbered(String number, String text) {
        String shortText = text.length() > 120 ? text.substring(0, 117) + "..." : text;
        return (number == null || number.isBlank() ? "" : " " + number) + ": " + shortText;
    }
}
