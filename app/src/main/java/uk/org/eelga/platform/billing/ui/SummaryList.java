package uk.org.eelga.platform.billing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A GOV.UK summary list: each row a key and its value, as a description list. */
class SummaryList extends DescriptionList {

    SummaryList() {
        addClassName("summary-list");
    }

    /** A row; an empty value is said as "None". */
    SummaryList row(String key, String value) {
        return row(key, new Span(value == null || value.isBlank() ? "None" : value));
    }

    SummaryList row(String key, Component value) {
        Div row = new Div(new Term(key), new Description(value));
        row.addClassName("summary-list-row");
        add(row);
        return this;
    }
}
