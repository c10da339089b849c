package uk.org.eelga.platform.backoffice;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import uk.org.eelga.shared.EnteredFrom;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.SuccessMessage;

/**
 * The records already entered from paper for what is chosen (an event's forms, a session's delegates), so staff see
 * what counts before adding more, and can withdraw one entered in error (typed twice, the wrong event) with the
 * reason: it stays listed as withdrawn and no figure counts it.
 */
class EnteredRecords extends VerticalLayout {

    /** One record as listed: what it is, who entered it, whether it was withdrawn, and how to withdraw it. */
    record Line(String what, String entered, @Nullable String withdrawn, Consumer<String> withdraw) {}

    final Paragraph none;
    final UnorderedList lines = new UnorderedList();
    final TextField reason = limited(new TextField("Why an entry is withdrawn"), EnteredFrom.REASON_MAX);
    final ErrorSummary errors = new ErrorSummary(reason);
    final SuccessMessage said = new SuccessMessage();

    private Supplier<List<Line>> source = List::of;

    EnteredRecords(String heading, String noneYet) {
        none = new Paragraph(noneYet);
        setPadding(false);
        reason.setHelperText("For example, entered twice. Needed to withdraw an entry.");
        lines.getElement().setAttribute("aria-label", heading);
        add(new H3(heading), errors, said, none, lines, reason);
        setVisible(false);
    }

    /** Lists what {@code entered} gives, or hides the list when nothing is chosen (null). */
    void show(@Nullable Supplier<List<Line>> entered) {
        source = entered == null ? List::of : entered;
        setVisible(entered != null);
        errors.clear();
        said.hide();
        refresh();
    }

    void refresh() {
        lines.removeAll();
        List<Line> list = source.get();
        list.forEach(line -> lines.add(item(line)));
        none.setVisible(list.isEmpty());
        lines.setVisible(!list.isEmpty());
    }

    private ListItem item(Line line) {
        if (line.withdrawn() != null) {
            return new ListItem(new Span(line.what() + ". " + line.entered() + ". " + line.withdrawn() + "."));
        }
        Button withdraw = new Button("Withdraw", e -> withdraw(line));
        withdraw.getElement().setAttribute("aria-label", "Withdraw " + line.what());
        withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new ListItem(new Span(line.what() + ". " + line.entered() + ". "), withdraw);
    }

    private void withdraw(Line line) {
        errors.restart(said);
        errors.required(reason, "Enter why the entry is withdrawn");
        errors.tryIfNone(
                () -> {
                    line.withdraw().accept(reason.getValue());
                    reason.clear();
                    said.show("Withdrawn: " + line.what() + ". It no longer counts in any figure.");
                },
                Map.of("reason", reason));
        refresh();
    }
}
