package uk.org.eelga.tenancy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A check before something that cannot be undone (GOV.UK: say what will happen, a button that names the action,
 * and a way back that is the default). Nothing happens until the person confirms.
 */
public final class Confirm {

    private Confirm() {}

    /** Opens "title / consequence" with "{action}" and "Go back"; runs {@code then} only on "{action}". */
    public static Dialog ask(String title, String consequence, String action, Runnable then) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.add(new Paragraph(consequence));
        Button confirm = new Button(action, click -> {
            dialog.close();
            then.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button back = new Button("Go back", click -> dialog.close());
        dialog.getFooter().add(back, confirm);
        dialog.addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                back.focus();
            }
        });
        dialog.open();
        return dialog;
    }
}
