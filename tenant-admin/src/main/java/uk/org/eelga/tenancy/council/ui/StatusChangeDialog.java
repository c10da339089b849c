package uk.org.eelga.tenancy.council.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Function;
import uk.org.eelga.tenancy.council.CouncilStatusChangeRefused;
import uk.org.eelga.tenancy.council.CouncilSummary;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.ui.FieldLimits;

/**
 * Asks an association admin for the reason before a council is suspended or restored. A refused change keeps
 * the dialog open with the reason typed so far and the refusal shown on the field.
 */
class StatusChangeDialog extends Dialog {

    final TextArea reason = limited(new TextArea("Reason"), Text.REASON);
    final Button confirm;

    StatusChangeDialog(
            CouncilSummary council,
            boolean suspending,
            Function<String, CouncilSummary> change,
            java.util.function.Consumer<CouncilSummary> done) {
        setHeaderTitle((suspending ? "Suspend " : "Restore ") + council.name());
        add(new Paragraph(
                suspending
                        ? "Its people are signed out at their next step and cannot sign in until it is restored. "
                                + "All of its data is kept."
                        : "Its people can sign in again and find everything as it was."));
        reason.setRequired(true);
        FieldLimits.limited(reason, 500);
        reason.setWidthFull();
        reason.setHelperText("Kept in the audit log");
        add(reason);
        confirm = new Button(suspending ? "Suspend council" : "Restore council", click -> {
            try {
                CouncilSummary changed = change.apply(reason.getValue());
                close();
                done.accept(changed);
            } catch (CouncilStatusChangeRefused refused) {
                reason.setInvalid(true);
                reason.setErrorMessage(refused.getMessage());
            }
        });
        confirm.addThemeVariants(suspending ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }
}
