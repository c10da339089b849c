package uk.org.eelga.tenancy.ui;

import com.vaadin.flow.component.html.Paragraph;

/**
 * What went well, said where the person acted (beside the form or table they used), in a green panel that screen
 * readers announce. Hidden until there is something to say.
 */
public class SuccessMessage extends Paragraph {

    public SuccessMessage() {
        addClassName("success-banner");
        getElement().setAttribute("role", "status");
        setVisible(false);
    }

    public void show(String text) {
        setText(text);
        setVisible(true);
    }

    public void hide() {
        setText("");
        setVisible(false);
    }
}
