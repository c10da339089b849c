package uk.org.eelga.platform.followup.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;
import static uk.org.eelga.tenancy.ui.UkDates.ukDate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import uk.org.eelga.platform.followup.CommitmentKind;
import uk.org.eelga.platform.followup.CommitmentSummary;
import uk.org.eelga.platform.followup.FollowUps;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilStatus;
import uk.org.eelga.tenancy.council.CouncilSummary;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Choices;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.FormRow;
import uk.org.eelga.tenancy.ui.NarrowScreens;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.StaffPage;
import uk.org.eelga.tenancy.ui.Tables;

/** The console's follow-up commitments: record one for a council, mark it done, see what is open or overdue. */
@Route("console/follow-ups")
@PageTitle("Follow-up commitments | EELGA console")
@StaffPage
@MenuEntry(label = "Follow-up commitments", area = MenuEntry.Area.CONSOLE, order = 36)
public class FollowUpConsoleView extends Page {

    final Select<CouncilSummary> council = new Select<>();
    final Select<CommitmentKind> kind = Choices.select("For", CommitmentKind::label, CommitmentKind.values());
    final TextField what = limited(new TextField("What was committed"), FollowUps.WHAT_MAX);
    final DatePicker aroseOn = ukDate(new DatePicker("Arose on"));
    final DatePicker dueOn = ukDate(new DatePicker("Due by (optional)"));
    final Button record = new Button("Record commitment");
    final Checkbox openOnly = new Checkbox("Open commitments only", true);
    final Grid<CommitmentSummary> commitments = new Grid<>(CommitmentSummary.class, false);
    final DatePicker doneOn = ukDate(new DatePicker("Done on"));
    final TextField note = limited(new TextField("Note (optional)"), FollowUps.NOTE_MAX);
    final Button done = new Button("Mark done");
    final Paragraph message = new Paragraph();
    final ErrorSummary recordErrors = new ErrorSummary(council, kind, what, aroseOn, dueOn);
    final ErrorSummary doneErrors = new ErrorSummary(doneOn, note);

    private final FollowUps followUps;
    private final Map<String, String> names;
    private final Caller staff;

    FollowUpConsoleView(FollowUps followUps, CouncilDirectory councils) {
        super("Follow-up commitments");
        this.followUps = followUps;
        this.staff = Callers.current();
        this.names = councils.all().stream()
                .collect(Collectors.toMap(CouncilSummary::id, CouncilSummary::name, (a, b) -> a));
        add(new H2("Record a commitment"));
        council.setLabel("Council");
        council.setItems(councils.all().stream()
                .filter(c -> c.status() == CouncilStatus.ACTIVE)
                .toList());
        council.setItemLabelGenerator(CouncilSummary::name);
        what.setWidth("32em");
        dueOn.setHelperText("For example, 01/04/2027. Leave it empty for the usual time for this kind of commitment.");
        aroseOn.setValue(followUps.today());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(click -> {
            doneErrors.clear();
            recordErrors.clear();
            recordErrors.required(council, "Choose the council");
            recordErrors.required(kind, "Choose what the commitment is for");
            recordErrors.required(what, "Enter what was committed");
            recordErrors.required(aroseOn, "Enter the day it arose, for example 01/04/2027");
            recordErrors.optionalDate(dueOn);
            act(
                    recordErrors,
                    () -> followUps.record(
                            staff,
                            council.getValue().id(),
                            kind.getValue(),
                            what.getValue(),
                            aroseOn.getValue(),
                            dueOn.getValue()),
                    Map.of("kind", kind, "what", what, "arose-on", aroseOn, "due-on", dueOn));
        });
        add(recordErrors, FormRow.of(council, kind), what, FormRow.of(aroseOn, dueOn, record));

        add(new H2("Commitments"));
        openOnly.addValueChangeListener(e -> refresh());
        NarrowScreens.TextColumns<CommitmentSummary> columns = NarrowScreens.textColumns(commitments);
        columns.add("Council", c -> names.getOrDefault(c.councilId(), c.councilId()))
                .setKey("council")
                .setFlexGrow(2);
        columns.add("For", c -> c.kind().label()).setFlexGrow(2);
        columns.add("What", CommitmentSummary::what).setFlexGrow(2);
        columns.add("State", c -> c.state(followUps.today())).setKey("state");
        columns.cards("Commitment", c -> c.kind().label());
        commitments.setAllRowsVisible(true);
        Tables.named(
                commitments,
                "Follow-up commitments of every council",
                "No follow-up commitments to list. To see those already done, untick Open commitments only.");
        doneOn.setValue(followUps.today());
        done.addClickListener(click -> {
            recordErrors.clear();
            doneErrors.clear();
            Optional<CommitmentSummary> chosen =
                    commitments.getSelectedItems().stream().findFirst();
            if (chosen.isEmpty()) {
                doneErrors.problem("Choose a commitment in the list first");
            }
            doneErrors.required(doneOn, "Enter the day it was done, for example 01/04/2027");
            act(
                    doneErrors,
                    () -> followUps.markDone(
                            staff, chosen.get().councilId(), chosen.get().id(), doneOn.getValue(), note.getValue()),
                    Map.of("done-on", doneOn, "note", note));
        });
        message.setId("follow-up-message");
        message.getElement().setAttribute("role", "status");
        add(openOnly, commitments, doneErrors, FormRow.of(doneOn, note, done), message);
        refresh();
    }

    /** Takes the step when the form has no problem; a refusal is shown at its field in the form's summary. */
    private <F extends Component & HasValidation> void act(
            ErrorSummary errors, Supplier<CommitmentSummary> step, Map<String, F> fieldsByCode) {
        message.setText("");
        errors.tryIfNone(
                () -> {
                    CommitmentSummary after = step.get();
                    message.setText(names.getOrDefault(after.councilId(), after.councilId()) + ": "
                            + after.kind().label() + ", " + after.state(followUps.today()) + ".");
                    what.clear();
                    note.clear();
                    refresh();
                },
                fieldsByCode);
    }

    private void refresh() {
        commitments.setItems(followUps.all(staff, openOnly.getValue()));
    }
}
