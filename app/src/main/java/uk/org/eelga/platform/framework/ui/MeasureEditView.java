package uk.org.eelga.platform.framework.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;
import static uk.org.eelga.tenancy.ui.UkDates.ukDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.StaffPage;
import uk.org.eelga.tenancy.ui.SuccessMessage;

/**
 * Change one measure: its wording, target, RAG rule, frequency, source, and the live kind it is computed from with
 * its parameters (one per line, name=value), or manual. Audited; the figures follow at once.
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
    final TextArea parameters = new TextArea("Parameters of the live kind, one per line as name=value");
    final TextArea manualReason = limited(
            new TextArea("Why the platform cannot compute this figure (shown beside it)"),
            FrameworkYears.MANUAL_REASON_MAX);
    final Paragraph kindHelp = new Paragraph();
    final Button save = new Button("Save the measure");
    final ErrorSummary errors =
            new ErrorSummary(description, target, tolerance, frequency, source, parameters, manualReason);
    final SuccessMessage saved = new SuccessMessage();

    private final FrameworkService frameworks;
    private final FrameworkYears years;
    private final Caller staff = Callers.current();
    private long measureId;

    MeasureEditView(FrameworkService frameworks, FrameworkYears years) {
        this.frameworks = frameworks;
        this.years = years;
        direction.setLabel("Which way is better");
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> switch (d) {
            case HIGHER_IS_BETTER -> "Higher is better";
            case LOWER_IS_BETTER -> "Lower is better";
            case ABOVE_TARGET -> "Green only above the target (income or surplus)";
        });
        List<String> kinds = new ArrayList<>();
        kinds.add(MANUAL);
        frameworks.kinds().stream().map(LiveMeasureKind::code).sorted().forEach(kinds::add);
        kind.setLabel("Computed from");
        kind.setItems(kinds);
        kind.addValueChangeListener(e -> help());
        description.setWidth("40em");
        parameters.setWidth("40em");
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
        kind.setValue(m.liveKind() == null ? MANUAL : m.liveKind());
        StringBuilder text = new StringBuilder();
        m.liveParameters()
                .forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        parameters.setValue(text.toString().strip());
        manualReason.setValue(m.manualReason() == null ? "" : m.manualReason());
        add(errors, description, target, targetDate, direction, tolerance, frequency, source);
        add(new H2("How the figure is found"), kind, kindHelp, parameters, manualReason, save, saved);
        help();
    }

    private void help() {
        boolean manual = kind.getValue() == null || MANUAL.equals(kind.getValue());
        manualReason.setVisible(manual);
        if (manual) {
            kindHelp.setText("Staff enter the figure with evidence; no parameters.");
            return;
        }
        frameworks.kinds().stream()
                .filter(k -> k.code().equals(kind.getValue()))
                .findFirst()
                .ifPresent(k -> kindHelp.setText(k.description() + " Parameters: "
                        + (k.parameters().isEmpty()
                                ? "none."
                                : String.join(
                                        "; ",
                                        k.parameters().stream()
                                                .map(p -> p.name() + " (" + p.label() + ")")
                                                .toList()))));
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
        Map<String, String> params = new LinkedHashMap<>();
        for (String line : parameters.getValue().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                errors.add(parameters, "Write each parameter as name=value, like group=management-committee");
                break;
            }
            params.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        boolean manual = kind.getValue() == null || MANUAL.equals(kind.getValue());
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
            saved.show("Saved. Target: " + after.targetText() + "; "
                    + (after.liveKind() == null ? "entered by staff." : "computed from " + after.liveKind() + "."));
        });
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
