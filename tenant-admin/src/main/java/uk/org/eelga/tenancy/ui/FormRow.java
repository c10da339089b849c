package uk.org.eelga.tenancy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * Fields side by side on one line of a form, their labels' text on one baseline; on a narrow screen the line wraps
 * rather than pushing a field off the page.
 */
public final class FormRow {

    private FormRow() {}

    public static HorizontalLayout of(Component... parts) {
        HorizontalLayout row = new HorizontalLayout(parts);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }
}
