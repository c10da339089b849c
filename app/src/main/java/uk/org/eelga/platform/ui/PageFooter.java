package uk.org.eelga.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Span;

/** The foot of every page: the accessibility statement, as UK public-sector sites must link it, and who runs it. */
public class PageFooter extends Footer {

    public PageFooter() {
        addClassName("page-footer");
        Anchor statement = new Anchor(AccessibilityStatementView.PATH, "Accessibility statement");
        add(statement, new Span("East of England Local Government Association"));
    }
}
