package uk.org.eelga.tenancy.ui;

import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Text fields that stop typing at the limit the service will check anyway ({@link uk.org.eelga.tenancy.input.Text}),
 * so people learn it while typing rather than from a refusal.
 */
public final class FieldLimits {

    private FieldLimits() {}

    public static TextField limited(TextField field, int maxLength) {
        field.setMaxLength(maxLength);
        return field;
    }

    public static TextArea limited(TextArea field, int maxLength) {
        field.setMaxLength(maxLength);
        return field;
    }

    public static EmailField limited(EmailField field, int maxLength) {
        field.setMaxLength(maxLength);
        return field;
    }
}
