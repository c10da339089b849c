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
import java.util.List;
import java.util.Map;
import uk.org.eelga.platform.engagement.MeetingInfo;
import uk.org.eelga.platform.survey.PaperEvaluations;
import uk.org.eelga.platform.survey.PaperEvaluations.PaperEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.SuccessMessage;

/**
 * The paper evaluation forms already entered for the chosen event, so staff see what counts before adding more,
 * and can withdraw an entry made in error (typed twice, the wrong event) with the reason; it stays listed as
 * withdrawn and no figure counts it.
 */
class PaperFormsEntered extends VerticalLayout {

    static final String NONE = "No paper forms are entered for this event yet.";

    final Paragraph none = new Paragraph(NONE);
    final UnorderedList entries = new UnorderedList();
    final TextField reason = limited(new TextField("Why an entry is withdrawn"), Text.REASON);
    final ErrorSummary errors = new ErrorSummary(reason);
    final SuccessMessage said = new SuccessMessage();

    private final PaperEvaluations paper;
    private final Caller staff;
    private MeetingInfo event;

    PaperFormsEntered(PaperEvaluations paper, Caller staff) {
        this.paper = paper;
        this.staff = staff;
        setPadding(false);
        reason.setHelperText("For example, entered twice. Needed to withdraw an entry.");
        entries.getElement().setAttribute("aria-label", "Paper forms entered for this event");
        add(new H3("Forms entered for this event"), errors, said, none, entries, reason);
        setVisible(false);
    }

    /** Shows what is entered for the event, or nothing when no event is chosen. */
    void show(MeetingInfo chosen) {
        event = chosen;
        setVisible(chosen != null);
        errors.clear();
        said.hide();
        refresh();
    }

    void refresh() {
        entries.removeAll();
        List<PaperEntry> list = event == null ? List.of() : paper.entries(event.id());
        list.forEach(e -> entries.add(item(e)));
        none.setVisible(list.isEmpty());
        entries.setVisible(!list.isEmpty());
    }

    private ListItem item(PaperEntry entry) {
        String what = entry.forms() + (entry.forms() == 1 ? " form" : " forms") + " rating it " + entry.ratingLabel();
        if (!entry.counted()) {
            return new ListItem(new Span(what + ". " + entry.entered() + ". " + entry.withdrawn() + "."));
        }
        Button withdraw = new Button("Withdraw", e -> withdraw(entry, what));
        withdraw.getElement().setAttribute("aria-label", "Withdraw " + what);
        withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new ListItem(new Span(what + ". " + entry.entered() + ". "), withdraw);
    }

    private void withdraw(PaperEntry entry, String what) {
        errors.restart(said);
        errors.required(reason, "Enter why the entry is withdrawn");
        errors.tryIfNone(
                () -> {
                    paper.withdraw(
                            staff, entry.meetingId(), entry.id(), new PaperEvaluations.Withdrawal(reason.getValue()));
                    reason.clear();
                    said.show("Withdrawn: " + what + " of " + event.title() + ". It no longer counts in any figure.");
                },
                Map.of("reason", reason));
        refresh();
    }
}
