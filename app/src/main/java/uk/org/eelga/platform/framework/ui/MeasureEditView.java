package uk.org.eelga.platform.framework.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;
import static uk.org.eelga.tenancy.ui.UkDates.ukDate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.org.eelga.platform.framework.Direction;
import uk.org.eelga.platform.framework.FrameworkModel.Measure;
import uk.org.eelga.platform.framework.FrameworkService;
import uk.org.eelga.platform.framework.FrameworkYears;
import uk.org.eelga.platform.framework.live.LiveMeasureKind;
import uk.org.eelga.platform.framework.live.ParameterSpec;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.StaffPage;
import uk.org.eelga.tenancy.ui.SuccessMessage;

/**
 * Change one measure: its wording, target, RAG rule, frequency, source, and the live kind it is computed from with
 * a field per parameter of that kind (a list in words where the values are events, groups or types), or manual.
 * Audited; the figures follow at once.
 */
@Route("framework/measure-edit")
@PageTitle("Change a measure | EELGA member platform")
@StaffPage
public class MeasureEditView extends VerticalLayout implements HasUrlParameter<Long> {

    static final String MANUAL = "Manual (entered by staff)";

    final TextArea description = limited(new TextArea("What is measured"), Text.PARAGRAPH);
    final TextField target = new TextField("Target (a number; money in pence, percentages 0 to 100)");
    final DatePicker targetDate = ukDate(new DatePicker("Target date (date measures only)"));
    final Select<Direction> direction = new Select<>();
    final TextField tolerance = new TextField("Amber within (how far below target is amber, not red)");
    final TextField frequency = limited(new TextField("How often it is monitored"), 200);
    final TextField source = limited(new TextField("Where the figure comes from"), Text.NAME);
    final Select<String> kind = new Select<>();
    /** The chosen kind's parameters by name: a list where its values are named, else a text field. */
    final Map<String, HasValue<?, String>> parameters = new LinkedHashMap<>();

    final VerticalLayout parameterFields = new VerticalLayout();
    final TextArea manualReason = limited(
            new TextArea("Why the platform cannot compute this figure (shown beside it)"),
            FrameworkYears.MANUAL_REASON_MAX);
    final Paragraph kindHelp = new Paragraph();
    final Button save = new Button("Save the measure");
    final ErrorSummary errors = new ErrorSummary(description, target, tolerance, frequency, source, manualReason);
    final SuccessMessage saved = new SuccessMessage();

    private final FrameworkService frameworks;
    private final FrameworkYears years;
    private final Caller staff = Callers.current();
    private long measureId;
    private Map<String, String> bound = Map.of();

    MeasureEditView(FrameworkService frameworks, FrameworkYears years) {
        this.frameworks = frameworks;
        this.years = years;
        direction.setLabel("Which way is better");
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(Direction::words);
        List<String> kinds = new ArrayList<>();
        kinds.add(MANUAL);
        frameworks.kinds().stream().map(LiveMeasureKind::code).sorted().forEach(kinds::add);
        kind.setLabel("Computed from");
        kind.setItems(kinds);
        kind.setItemLabelGenerator(code -> MANUAL.equals(code)
                ? "Typed in by staff, with evidence"
                : frameworks.kinds().stream()
                        .filter(k -> k.code().equals(code))
                        .findFirst()
                        .map(LiveMeasureKind::title)
                        .orElse(code));
        kind.addValueChangeListener(e -> help());
        description.setWidth("40em");
        parameterFields.setPadding(false);
        manualReason.setWidth("40em");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        Optional<Measure> found = id == null ? Optional.empty() : frameworks.measure(id);
        if (found.isEmpty()) {
            add(new H1("Measure not found"), new Paragraph("No such measure. It may have been mistyped."));
            return;
        }
        Measure m = found.get();
        measureId = m.id();
        add(new H1("Change a measure"));
        add(new Anchor("framework/measure/" + m.id(), "Back to the measure and its figures"));
        description.setValue(m.description());
        target.setValue(m.target() == null ? "" : m.target().toPlainString());
        targetDate.setValue(m.targetDate());
        direction.setValue(m.direction());
        tolerance.setValue(m.tolerance() == null ? "0" : m.tolerance().toPlainString());
        frequency.setValue(m.frequency());
        source.setValue(m.dataSource() == null ? "" : m.dataSource());
        // the stored parameters first: choosing the kind fills its parameter fields from them (a page opened
        // afresh showed them empty, and saving it unchanged unbound the measure)
        bound = m.liveParameters();
        parameters.clear();
        kind.setValue(m.liveKind() == null ? MANUAL : m.liveKind());
        manualReason.setValue(m.manualReason() == null ? "" : m.manualReason());
        add(errors, description, target, targetDate, direction, tolerance, frequency, source);
        add(new H2("How the figure is found"), kind, kindHelp, parameterFields, manualReason, save, saved);
        help();
    }

    private void help() {
        boolean manual = kind.getValue() == null || MANUAL.equals(kind.getValue());
        manualReason.setVisible(manual);
        // what was typed for a parameter stays when another kind takes a parameter of the same name
        Map<String, String> typed = new LinkedHashMap<>(bound);
        parameters.forEach((name, field) -> typed.put(name, field.getValue()));
        parameters.clear();
        parameterFields.removeAll();
        if (manual) {
            kindHelp.setText("Staff enter the figure with evidence.");
            return;
        }
        frameworks.kinds().stream()
                .filter(k -> k.code().equals(kind.getValue()))
                .findFirst()
                .ifPresent(k -> {
                    kindHelp.setText(k.description());
                    k.parameters().forEach(spec -> parameterField(spec, typed.getOrDefault(spec.name(), "")));
                });
    }

    private void parameterField(ParameterSpec spec, String value) {
        Map<String, String> named =
                spec.options().isEmpty() ? frameworks.parameterChoices(spec.name()) : spec.options();
        String optional = spec.required() && spec.defaultValue() == null
                ? null
                : spec.defaultValue() == null || spec.defaultValue().isEmpty()
                        ? "Optional"
                        : "Optional. If left empty: " + named.getOrDefault(spec.defaultValue(), spec.defaultValue());
        Component field;
        HasValue<?, String> input;
        if (named.isEmpty()) {
            TextField text = limited(new TextField(spec.label()), 200);
            text.setValue(value == null ? "" : value);
            text.setHelperText(optional);
            text.setManualValidation(true);
            text.setWidth("40em");
            field = text;
            input = text;
        } else {
            ComboBox<String> list = new ComboBox<>(spec.label());
            List<String> values = new ArrayList<>(named.keySet());
            if (value != null && !value.isBlank() && !named.containsKey(value)) {
                values.add(0, value); // a value no longer offered (a group closed since) is kept, not dropped unseen
            }
            list.setItems(values);
            list.setItemLabelGenerator(v -> named.getOrDefault(v, v));
            list.setClearButtonVisible(true);
            list.setValue(value == null || value.isBlank() ? null : value);
            list.setHelperText(optional);
            list.setManualValidation(true);
            list.setWidth("40em");
            field = list;
            input = list;
        }
        parameters.put(spec.name(), input);
        parameterFields.add(field);
    }

    void save() {
        errors.restart(saved);
        errors.required(description, "Say what is measured");
        BigDecimal targetValue = target.getValue().isBlank()
                ? null
                : number(
                        target,
                        target.getValue().strip().replace(",", ""),
                        "Enter the target as a number, like 60 or 205000");
        BigDecimal amber = number(
                tolerance,
                tolerance.getValue().isBlank() ? "0" : tolerance.getValue().strip(),
                "Enter the amber tolerance as a number, like 5");
        errors.required(frequency, "Say how often it is monitored, like Annual");
        boolean manual = kind.getValue() == null || MANUAL.equals(kind.getValue());
        Map<String, String> params = new LinkedHashMap<>();
        parameters.forEach((name, field) -> {
            String value = field.getValue() == null ? "" : field.getValue().strip();
            if (!value.isEmpty()) {
                params.put(name, value);
            }
        });
        if (!manual) {
            frameworks.kinds().stream()
                    .filter(k -> k.code().equals(kind.getValue()))
                    .flatMap(k -> k.parameters().stream())
                    .filter(spec -> spec.required() && spec.defaultValue() == null && !params.containsKey(spec.name()))
                    .forEach(spec -> required(parameters.get(spec.name()), spec.label()));
        }
        errors.tryIfNone(() -> {
            Measure after = years.editMeasure(
                    staff,
                    measureId,
                    new FrameworkYears.MeasureEdit(
                            description.getValue(),
                            targetValue,
                            targetDate.getValue(),
                            frequency.getValue(),
                            source.getValue(),
                            direction.getValue(),
                            amber,
                            manual ? null : kind.getValue(),
                            manual ? Map.of() : params,
                            manualReason.getValue()));
            bound = after.liveParameters();
            saved.show("Saved. Target: " + after.targetText() + "; "
                    + (after.liveKind() == null ? "entered by staff." : "computed from " + kindTitle(after) + "."));
        });
    }

    private String kindTitle(Measure measure) {
        return frameworks.kinds().stream()
                .filter(k -> k.code().equals(measure.liveKind()))
                .findFirst()
                .map(k -> k.title().toLowerCase(java.util.Locale.ROOT))
                .orElse(measure.liveKind());
    }

    /** Marks an empty parameter the chosen kind needs, in the summary and at its field. */
    private void required(HasValue<?, String> field, String label) {
        // "Group" -> "Choose the group"; "Type (JOINT_SECRETARIES...)" -> "Give the type"
        int cut = label.indexOf(" (");
        String what = (cut < 0 ? label : label.substring(0, cut)).toLowerCase(java.util.Locale.ROOT);
        if (field instanceof TextField text) {
            errors.add(text, "Give the " + what);
        } else if (field instanceof ComboBox<?> list) {
            errors.add(list, "Choose the " + what);
        }
    }

    /** The text as a number; when it is not one, marks the field with the problem and gives null. */
    private BigDecimal number(TextField field, String text, String problem) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            errors.add(field, problem);
            return null;
        }
    }
}
