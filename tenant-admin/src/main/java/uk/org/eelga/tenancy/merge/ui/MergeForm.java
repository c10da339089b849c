package uk.org.eelga.tenancy.merge.ui;

import static uk.org.eelga.tenancy.ui.UkDates.ukDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.ActionRefused;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilStatus;
import uk.org.eelga.tenancy.council.CouncilSummary;
import uk.org.eelga.tenancy.merge.CouncilMerge;
import uk.org.eelga.tenancy.merge.MergeRequest;
import uk.org.eelga.tenancy.merge.MergeResult;
import uk.org.eelga.tenancy.ui.Live;

/** The association admin's merge form: successor, predecessors and date, then a confirm step that says it all. */
class MergeForm extends VerticalLayout {

    private final CouncilMerge merges;
    private final CouncilDirectory councils;
    private final Caller user;
    private final Runnable merged;
    private final ComboBox<CouncilSummary> successor = new ComboBox<>("Successor council");
    private final MultiSelectComboBox<CouncilSummary> predecessors =
            new MultiSelectComboBox<>("Councils that merge into it");
    private final DatePicker from = ukDate(new DatePicker("Merged from"));
    private final Paragraph outcome = Live.status(new Paragraph());

    MergeForm(CouncilMerge merges, CouncilDirectory councils, Caller user, Runnable merged) {
        this.merges = merges;
        this.councils = councils;
        this.user = user;
        this.merged = merged;
        setPadding(false);
        successor.setItemLabelGenerator(CouncilSummary::name);
        successor.setRequired(true);
        successor.setHelperText("The council that carries on; it must be active");
        successor.setWidth("28em");
        predecessors.setItemLabelGenerator(CouncilSummary::name);
        predecessors.setRequired(true);
        predecessors.setHelperText("One or more active councils; they become merged");
        predecessors.setWidth("28em");
        from.setRequired(true);
        from.setHelperText("The day the merge takes effect. For example, 01/04/2027");
        Button merge = new Button("Merge…", click -> confirm());
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Merge councils into a successor"), successor, predecessors, from, merge, outcome);
        reload();
    }

    private void confirm() {
        if (successor.isEmpty() || predecessors.isEmpty() || from.isEmpty()) {
            outcome.setText("Choose the successor council, at least one council to merge into it, and the date.");
            return;
        }
        CouncilSummary into = successor.getValue();
        Set<CouncilSummary> chosen = predecessors.getValue();
        List<String> names = chosen.stream().map(CouncilSummary::name).toList();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Merge into " + into.name() + "?");
        confirm.setText(MergeWording.consequences(names, into.name(), from.getValue()));
        confirm.setCancelable(true);
        confirm.setConfirmText("Merge");
        confirm.addConfirmListener(event -> {
            try {
                MergeResult result = merges.merge(
                        user,
                        new MergeRequest(chosen.stream().map(CouncilSummary::id).toList(), into.id(), from.getValue()));
                outcome.setText(MergeWording.names(names) + (names.size() == 1 ? " is" : " are") + " now part of "
                        + into.name() + " from " + UkTime.date(from.getValue()) + ". People moved: "
                        + result.peopleMoved() + "."
                        + (result.problems().isEmpty() ? "" : " Not finished: " + String.join(" ", result.problems())));
                successor.clear();
                predecessors.clear();
                from.clear();
                // an emptied required field would otherwise show as an error right after a success
                successor.setInvalid(false);
                predecessors.setInvalid(false);
                from.setInvalid(false);
                reload();
                merged.run();
            } catch (ActionRefused e) {
                // Nothing changed and the choices stay, so the admin can correct them.
                outcome.setText(e.getMessage());
            }
        });
        confirm.open();
    }

    /** Only active councils can take part; a merge changes which councils those are. */
    private void reload() {
        List<CouncilSummary> active = councils.all().stream()
                .filter(c -> c.status() == CouncilStatus.ACTIVE)
                .sorted(Comparator.comparing(CouncilSummary::name))
                .toList();
        successor.setItems(active);
        predecessors.setItems(active);
    }
}
