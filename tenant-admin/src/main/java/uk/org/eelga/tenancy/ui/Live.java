package uk.org.eelga.tenancy.ui;

import com.vaadin.flow.component.Component;

/**
 * Text that changes after the page has loaded, announced by screen readers when they are free ({@code
 * aria-live="polite"}): a figure that follows a choice, or what came of an action.
 */
public final class Live {

    private Live() {}

    /** Marks the component as a polite live region. */
    public static <C extends Component> C polite(C component) {
        component.getElement().setAttribute("aria-live", "polite");
        return component;
    }

    /** Marks the component as a status message ({@code role="status"}), announced politely. */
    public static <C extends Component> C status(C component) {
        component.getElement().setAttribute("role", "status");
        return polite(component);
    }
}
