package uk.org.eelga.tenancy.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * A page that opens with its main heading and a lead paragraph saying what the page is for (GOV.UK: one {@code h1},
 * then the words that help the person decide whether they are in the right place). The page adds the rest below.
 * A page whose own content explains it (a table with its caption, a form) has the heading alone. A long page names
 * its sections with {@link #section} and lists them after the lead with {@link #listContents}.
 */
public abstract class Page extends VerticalLayout {

    /** How many components open the page (the heading, and the lead if any): the contents list goes after them. */
    private final int opening;

    private final List<H2> sections = new ArrayList<>();

    protected Page(String heading) {
        add(new H1(heading));
        opening = 1;
    }

    protected Page(String heading, String lead) {
        add(new H1(heading), new Paragraph(lead));
        opening = 2;
    }

    /** A section's heading, remembered for the page's contents list. */
    protected H2 section(String title) {
        H2 heading = new H2(title);
        sections.add(heading);
        return heading;
    }

    /**
     * Lists the sections named so far, then {@code more} (headings made elsewhere, such as a panel's), after the
     * page's heading and lead (GOV.UK contents list). Called once, when the page is built.
     */
    protected void listContents(H2... more) {
        List<H2> all = new ArrayList<>(sections);
        all.addAll(List.of(more));
        addComponentAtIndex(opening, new Contents(all.toArray(H2[]::new)));
    }
}
