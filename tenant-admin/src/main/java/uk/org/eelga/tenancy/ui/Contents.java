package uk.org.eelga.tenancy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;
import uk.org.eelga.shared.Slug;

/**
 * The GOV.UK contents list at the top of a long page: a link to each of its sections. Following a link moves focus to
 * the section's heading (which a browser's own jump to an anchor does not do for keyboard and screen reader users).
 */
public final class Contents extends Nav {

    /** A list of the given section headings, in their order; each gets an id from its words if it has none. */
    public Contents(H2... headings) {
        addClassName("contents-list");
        getElement().setAttribute("aria-label", "Contents");
        H2 title = new H2("Contents");
        UnorderedList list = new UnorderedList();
        for (H2 heading : headings) {
            list.add(new ListItem(link(heading)));
        }
        add(title, list);
    }

    private static Anchor link(H2 heading) {
        String id = heading.getId().orElseGet(() -> {
            String made = "section-" + Slug.of(heading.getText(), 60);
            heading.setId(made);
            return made;
        });
        // focusable by script only, so the jump can move focus there without adding a stop to the Tab order
        heading.getElement().setAttribute("tabindex", "-1");
        Anchor link = new Anchor("#" + id, heading.getText());
        link.getElement().setAttribute("router-ignore", true);
        link.getElement()
                .executeJs(
                        "this.addEventListener('click', e => { e.preventDefault();"
                                + " const to = document.getElementById($0);"
                                + " if (to) { to.scrollIntoView(); to.focus({preventScroll: true}); } })",
                        id);
        return link;
    }
}
