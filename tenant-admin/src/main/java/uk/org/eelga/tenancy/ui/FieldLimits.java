package uk.org.eelga.tenancy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;

/**
 * Text fields that say at once when what was typed or pasted is longer than the service will take ({@link
 * uk.org.eelga.tenancy.input.Text}), as GOV.UK's character count does. They never cut text off: a browser's
 * {@code maxlength} silently drops what is pasted past the limit, and the person sends a truncated question without
 * knowing. The service still refuses an over-long value with the same kind of message, and the field keeps it.
 */
public final class FieldLimits {

    private static final String LIMIT = FieldLimits.class.getName() + ".limit";

    private FieldLimits() {}

    public static TextField limited(TextField field, int maxLength) {
        return counted(field, maxLength);
    }

    public static TextArea limited(TextArea field, int maxLength) {
        return counted(field, maxLength);
    }

    public static EmailField limited(EmailField field, int maxLength) {
        return counted(field, maxLength);
    }

    /** "Subject must be 200 characters or fewer: you have 12 too many", or null when within the limit. */
    public static String tooLong(String label, String value, int maxLength) {
        int length = value == null ? 0 : value.codePointCount(0, value.length());
        if (length <= maxLength) {
            return null;
        }
        String what = label == null || label.isBlank() ? "This" : label.replace(" (optional)", "");
        int over = length - maxLength;
        return what + " must be " + maxLength + " characters or fewer: you have " + over
                + (over == 1 ? " character" : " characters") + " too many";
    }

    /** What the field's limit says of its value now ({@link #tooLong}), or null: no limit, or within it. */
    static String problem(Component field) {
        Object max = ComponentUtil.getData(field, LIMIT);
        return max instanceof Integer limit && field instanceof TextFieldBase<?, ?> text
                ? tooLong(text.getLabel(), (String) text.getValue(), limit)
                : null;
    }

    private static <F extends TextFieldBase<F, String>> F counted(F field, int maxLength) {
        ComponentUtil.setData(field, LIMIT, maxLength);
        field.addValueChangeListener(change -> {
            String problem = tooLong(field.getLabel(), change.getValue(), maxLength);
            if (problem != null) {
                field.setErrorMessage(problem);
                field.setInvalid(true);
            } else if (field.isInvalid() && isTooLongMessage(field.getErrorMessage())) {
                field.setErrorMessage(null);
                field.setInvalid(false);
            }
        });
        return field;
    }

    private static boolean isTooLongMessage(String message) {
        return message != null && message.contains(" characters or fewer: you have ");
    }
}
