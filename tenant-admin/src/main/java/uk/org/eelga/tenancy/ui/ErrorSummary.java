package uk.org.eelga.tenancy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import uk.org.eelga.shared.Money;
import uk.org.eelga.tenancy.Refusal;

/**
 * GOV.UK's error summary with the message at each field, all at once: put it at the top of the form, {@link
 * #clear()} before checking, {@link #add} each problem, then {@link #showIfAny()}. The summary takes focus (so
 * screen readers read it) and each entry links to its field. A problem without a field (a refusal from the
 * service) is shown as a line of its own with {@link #problem(String)}.
 *
 * <p>A form's submission reads: {@link #restart(SuccessMessage)}, the checks, then {@link #tryIfNone(Runnable)}
 * with the step that calls the service.
 */
public class ErrorSummary extends Div {

    private static final AtomicInteger IDS = new AtomicInteger();

    private final UnorderedList list = new UnorderedList();
    private final List<HasValidation> marked = new ArrayList<>();
    private final List<HasValidation> fields;

    /**
     * A summary for a form whose fields it checks itself: those fields stop validating on their own, so a field
     * cleared after success is not marked red, and every message comes from one place.
     */
    public ErrorSummary(HasValidation... fields) {
        this.fields = List.of(fields);
        for (HasValidation field : fields) {
            field.setManualValidation(true);
        }
        addClassName("error-summary");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("tabindex", "-1");
        add(new H2("There is a problem"), list);
        setVisible(false);
    }

    /** Forgets every problem and takes the error state off the fields it marked. */
    public void clear() {
        list.removeAll();
        marked.forEach(field -> field.setInvalid(false));
        marked.clear();
        setVisible(false);
    }

    /** Starts checking a form again: forgets the last problems and hides what was said after the last success. */
    public void restart(SuccessMessage said) {
        clear();
        said.hide();
    }

    /**
     * Ends the checks: shows the summary when there is a problem; otherwise takes the step, and a refusal from the
     * service is shown in the summary.
     */
    public void tryIfNone(Runnable step) {
        tryIfNone(step, Map.of());
    }

    /**
     * As {@link #tryIfNone(Runnable)}, with a refusal shown at the field its code names ({@link #refused(Refusal,
     * Map)}).
     */
    public <F extends Component & HasValidation> void tryIfNone(Runnable step, Map<String, F> fieldsByCode) {
        if (showIfAny()) {
            return;
        }
        try {
            step.run();
        } catch (Refusal refused) {
            refused(refused, fieldsByCode);
        }
    }

    /**
     * An amount typed in pounds, as pence ({@link Money#parsePounds}); when it is not one, marks the field with the
     * reason (which names the amount as {@code what}) and gives null.
     */
    public <F extends Component & HasValidation & HasValue<?, String>> Long pence(F field, String what) {
        try {
            return Money.parsePounds(what, field.getValue());
        } catch (IllegalArgumentException e) {
            add(field, e.getMessage());
            return null;
        }
    }

    /** Marks the end date with {@code missing} when it is empty, or when it is before the start date. */
    public void endNotBefore(DatePicker start, DatePicker end, String missing) {
        if (end.getValue() == null) {
            add(end, notARealDate(end) ? realDate(end) : missing);
        } else if (start.getValue() != null && end.getValue().isBefore(start.getValue())) {
            add(end, "The end date must be the same as or after the start date");
        }
    }

    /** Marks the field with the message and lists it in the summary with a link that moves focus to it. */
    public <F extends Component & HasValidation> void add(F field, String message) {
        addChecked(field, field, message);
    }

    private void addChecked(Component component, HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        marked.add(field);
        String id = component.getId().orElseGet(() -> {
            String made = "field-" + IDS.incrementAndGet();
            component.setId(made);
            return made;
        });
        Anchor link = new Anchor("#" + id, message);
        link.getElement().setAttribute("router-ignore", true);
        link.getElement()
                .executeJs(
                        "this.addEventListener('click', e => { e.preventDefault();"
                                + " const field = document.getElementById($0); if (field) { field.focus(); } })",
                        id);
        list.add(new ListItem(link));
    }

    /** Shows a refusal from the service that is about no one field as a problem of its own, and the summary. */
    public void refused(Refusal refused) {
        problem(refused.getMessage());
        showIfAny();
    }

    /**
     * Shows a refusal from the service at the field its code names (the codes the API reports, such as
     * {@code "title"}), or as a problem of its own when no field is named; then shows the summary.
     */
    public <F extends Component & HasValidation> void refused(Refusal refused, Map<String, F> fieldsByCode) {
        F field = fieldsByCode.get(refused.code());
        if (field != null) {
            add(field, refused.getMessage());
        } else {
            problem(refused.getMessage());
        }
        showIfAny();
    }

    /**
     * Marks the field with the message when it has no answer (nothing chosen, only spaces typed, an empty selection);
     * says whether it had none.
     */
    public <F extends Component & HasValidation & HasValue<?, ?>> boolean required(F field, String message) {
        Object value = field.getValue();
        boolean missing = value == null
                || value instanceof String text && text.isBlank()
                || value instanceof Collection<?> chosen && chosen.isEmpty();
        if (missing) {
            add(
                    field,
                    field instanceof DatePicker date && notARealDate(date)
                            ? realDate(date)
                            : field instanceof DateTimePicker dateTime && notARealDateTime(dateTime)
                                    ? realDateTime(dateTime)
                                    : message);
        }
        return missing;
    }

    /** Marks an optional date field whose typed text is no date; an empty one is fine. */
    public void optionalDate(DatePicker field) {
        if (notARealDate(field)) {
            add(field, realDate(field));
        }
    }

    /**
     * Whether the date field holds typed text that is no date (31/02/2026, "next week"): the field has no value, as
     * when it is empty, but the person did type one, so "Enter the date" would be the wrong thing to say.
     */
    static boolean notARealDate(DatePicker field) {
        return field.getValue() == null
                && !field.getElement().getProperty("_inputElementValue", "").isBlank();
    }

    /**
     * As {@link #notARealDate}, for a date and time: its date or its time part holds typed text while the field has
     * no value (31/02/2026, 25:99, or only one of the two typed).
     */
    static boolean notARealDateTime(DateTimePicker field) {
        return field.getValue() == null
                && field.getChildren().anyMatch(part -> !part.getElement()
                        .getProperty("_inputElementValue", "")
                        .isBlank());
    }

    /** "Starts must be a real date and time, for example 01/04/2027 and 14:30". */
    static String realDateTime(DateTimePicker field) {
        String label = field.getLabel() == null || field.getLabel().isBlank() ? "The date and time" : field.getLabel();
        return label.replace(" (optional)", "") + " must be a real date and time, for example 01/04/2027 and 14:30";
    }

    /** GOV.UK's words for a date that does not exist: "Start date must be a real date". */
    static String realDate(DatePicker field) {
        String label = field.getLabel() == null || field.getLabel().isBlank() ? "The date" : field.getLabel();
        return label.replace(" (optional)", "") + " must be a real date, for example 01/04/2027";
    }

    /** A problem that is not about one field, such as a refusal from the service. */
    public void problem(String message) {
        list.add(new ListItem(new Paragraph(message)));
    }

    public boolean hasProblems() {
        return list.getChildren().findAny().isPresent();
    }

    /** Shows the summary and moves focus to it when there is a problem; says whether there was one. */
    public boolean showIfAny() {
        // text past a field's limit (FieldLimits) is a problem of the form too, though nothing else checks it
        for (HasValidation field : fields) {
            String tooLong = field instanceof Component component ? FieldLimits.problem(component) : null;
            if (tooLong != null && !marked.contains(field)) {
                addChecked((Component) field, field, tooLong);
            }
        }
        boolean any = hasProblems();
        setVisible(any);
        if (any) {
            getElement().executeJs("this.focus(); this.scrollIntoView({block: 'start'})");
        }
        return any;
    }

    /** The listed messages, in order (for tests). */
    public List<String> messages() {
        return list.getChildren()
                .map(item -> item.getElement().getTextRecursively())
                .toList();
    }
}
