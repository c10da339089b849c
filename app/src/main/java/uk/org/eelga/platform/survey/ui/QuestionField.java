package uk.org.eelga.platform.survey.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import uk.org.eelga.platform.survey.AnswerRules;
import uk.org.eelga.platform.survey.Survey;
import uk.org.eelga.tenancy.ui.ErrorSummary;

/** One question on the answer page: a labelled field of the right kind, reading and writing answer values. */
final class QuestionField {

    private final Survey.Question question;
    private final Component component;
    private final HasValue<?, ?> value;

    @SuppressWarnings({"unchecked", "rawtypes"})
    QuestionField(Survey.Question question, Runnable onChange) {
        this.question = question;
        String label = question.number() + ". " + question.text() + (question.required() ? " (required)" : "");
        switch (question.type()) {
            case MULTIPLE_CHOICE: {
                CheckboxGroup<String> group = new CheckboxGroup<>(label);
                group.setItems(question.options());
                component = group;
                value = group;
                break;
            }
            case NUMBER: {
                TextField field = limited(new TextField(label), 50);
                field.setHelperText("A number");
                component = field;
                value = field;
                break;
            }
            case FREE_TEXT: {
                TextArea area = limited(new TextArea(label), AnswerRules.MAX_TEXT);
                area.setHelperText("Up to " + String.format("%,d", AnswerRules.MAX_TEXT) + " characters");
                area.setWidthFull();
                component = area;
                value = area;
                break;
            }
            default: {
                RadioButtonGroup<String> group = new RadioButtonGroup<>(label);
                group.setItems(question.options());
                component = group;
                value = group;
            }
        }
        component.getElement().setAttribute("data-question", String.valueOf(question.number()));
        if (question.required()) {
            ((HasValue) value).setRequiredIndicatorVisible(true);
        }
        value.addValueChangeListener(e -> onChange.run());
    }

    Survey.Question question() {
        return question;
    }

    Component component() {
        return component;
    }

    @SuppressWarnings("unchecked")
    List<String> values() {
        Object v = value.getValue();
        if (v == null) {
            return List.of();
        }
        if (v instanceof java.util.Set) {
            // keep the options' order
            List<String> chosen = new ArrayList<>();
            question.options().stream()
                    .filter(((java.util.Set<String>) v)::contains)
                    .forEach(chosen::add);
            return chosen;
        }
        String s = v.toString();
        return s.isBlank() ? List.of() : List.of(s);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void setValues(List<String> values) {
        if (values.isEmpty()) {
            value.clear();
        } else if (component instanceof CheckboxGroup) {
            ((CheckboxGroup<String>) component).setValue(new LinkedHashSet<>(values));
        } else {
            ((HasValue) value).setValue(values.get(0));
        }
    }

    /** The question's field, marked with the problem and listed in the summary with a link that moves focus to it. */
    void markIn(ErrorSummary errors, String problem) {
        if (component instanceof CheckboxGroup<?> group) {
            errors.add(group, problem);
        } else if (component instanceof RadioButtonGroup<?> group) {
            errors.add(group, problem);
        } else if (component instanceof TextArea area) {
            errors.add(area, problem);
        } else {
            errors.add((TextField) component, problem);
        }
    }

    /** The field's own checks, which the page's error summary takes over. */
    HasValidation validation() {
        return (HasValidation) component;
    }

    void setReadOnly(boolean readOnly) {
        value.setReadOnly(readOnly);
    }

    void setVisible(boolean visible) {
        component.setVisible(visible);
    }
}
