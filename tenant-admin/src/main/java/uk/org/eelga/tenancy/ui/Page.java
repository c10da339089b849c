package uk.org.eelga.tenancy.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A page that opens with its main heading and a lead paragraph saying what the page is for (GOV.UK: one {@code h1},
 * then the words that help the person decide whether they are in the right place). The page adds the rest below.
 * A page whose own content explains it (a table with its caption, a form) has the heading alone.
 */
public abstract class Page extends VerticalLayout {

    protected Page(String heading) {
        add(new H1(heading));
    }

    protected Page(String heading, String lead) {
        add(new H1(heading), new Paragraph(lead));
    }
}
