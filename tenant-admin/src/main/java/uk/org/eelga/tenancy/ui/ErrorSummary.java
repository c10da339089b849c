package uk.org.eelga.tenancy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * GOV.UK's error summary with the message at each field, all at once: put it at the top of the form, {@link
 * #clear()} before checking, {@link #add} each problem, then {@link #showIfAny()}. The summary takes focus (so
 * screen readers read it) and each entry links to its field. A problem without a field (a refusal from the
 * service) is shown as a line of its own with {@link #problem(String)}.
 */
public class ErrorSummary extends Div {

    private static final AtomicInteger IDS = new AtomicInteger();

    private final UnorderedList list = new UnorderedList();
    private final List<HasValidation> marked = new ArrayList<>();

    /**
     * A summary for a form whose fields it checks itself: those fields stop validating on their own, so a field
     * cleared after success is not marked red, and every message comes from one place.
     */
    public ErrorSummary(HasValidation... fields) {
        for (HasValidation field : fields) {
            field.setManualValidation(true);
        }
        addClassName("error-summary");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("tabindex", "-1");
        add(new H2("There is a problem"), list);
        setVisible(false);
    }

    /** Forgets every problem and takes the error state off the fields it marked. */
    public void clear() {
        list.removeAll();
        marked.forEach(field -> field.setInvalid(false));
        marked.clear();
        setVisible(false);
    }

    /** Marks the field with the message and lists it in the summary with a link that moves focus to it. */
    public <F extends Component & HasValidation> void add(F field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        marked.add(field);
        String id = field.getId().orElseGet(() -> {
            String made = "field-" + IDS.incrementAndGet();
            field.setId(made);
            return made;
        });
        Anchor link = new Anchor("#" + id, message);
        link.getElement().setAttribute("router-ignore", true);
        link.getElement()
                .executeJs(
                        "this.addEventListener('click', e => { e.preventDefault();"
                                + " const field = document.getElementById($0); if (field) { field.focus(); } })",
                        id);
        list.add(new ListItem(link));
    }

    /** A problem that is not about one field, such as a refusal from the service. */
    public void problem(String message) {
        list.add(new ListItem(new Paragraph(message)));
    }

    public boolean hasProblems() {
        return list.getChildren().findAny().isPresent();
    }

    /** Shows the summary and moves focus to it when there is a problem; says whether there was one. */
    public boolean showIfAny() {
        boolean any = hasProblems();
        setVisible(any);
        if (any) {
            getElement().executeJs("this.focus(); this.scrollIntoView({block: 'start'})");
        }
        return any;
    }

    /** The listed messages, in order (for tests). */
    public List<String> messages() {
        return list.getChildren()
                .map(item -> item.getElement().getTextRecursively())
                .toList();
    }
}
