package uk.org.eelga.platform.appraisal.ui;

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
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.org.eelga.platform.appraisal.AppraisalFigures;
import uk.org.eelga.platform.appraisal.AppraisalSummary;
import uk.org.eelga.platform.appraisal.AppraisalSupport;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.FormRow;
import uk.org.eelga.tenancy.ui.Live;
import uk.org.eelga.tenancy.ui.NarrowScreens;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.Plurals;
import uk.org.eelga.tenancy.ui.StaffPage;
import uk.org.eelga.tenancy.ui.Tables;

/** The console's appraisal requests: open ones first, decisions, and the unmet requests of a year. */
@Route("console/appraisal-requests")
@PageTitle("Appraisal requests | EELGA console")
@MenuEntry(label = "Appraisal requests", area = MenuEntry.Area.CONSOLE, order = 31)
@StaffPage
public class AppraisalConsoleView extends Page {

    final Checkbox openOnly = new Checkbox("Open requests only", true);
    final Grid<AppraisalSummary> requests = new Grid<>(AppraisalSummary.class, false);
    final IntegerField year = new IntegerField("Year");
    final Paragraph unmet = Live.polite(new Paragraph());
    final TextField adviser = limited(new TextField("Adviser"), Text.NAME);
    final DatePicker scheduledOn = ukDate(new DatePicker("Appraisal date"));
    final Button schedule = new Button("Accept and schedule");
    final DatePicker deliveredOn = ukDate(new DatePicker("Delivered on"));
    final Button delivered = new Button("Mark delivered");
    final TextField reason = limited(new TextField("Reason for declining"), Text.REASON);
    final Button decline = new Button("Decline");
    final Paragraph message = new Paragraph();
    final Paragraph overdueNote = new Paragraph();
    final ErrorSummary scheduleErrors = new ErrorSummary(adviser, scheduledOn);
    final ErrorSummary deliveredErrors = new ErrorSummary(deliveredOn);
    final ErrorSummary declineErrors = new ErrorSummary(reason);

    private final AppraisalSupport support;
    private final AppraisalFigures figures;
    private final CouncilDirectory councils;
    private final Caller staff;

    AppraisalConsoleView(AppraisalSupport support, AppraisalFigures figures, CouncilDirectory councils) {
        super("Appraisal support requests");
        this.support = support;
        this.figures = figures;
        this.councils = councils;
        this.staff = Callers.current();

        year.setValue(LocalDate.now(UkTime.ZONE).getYear());
        year.setStepButtonsVisible(true);
        year.addValueChangeListener(e -> showUnmet());
        unmet.setId("unmet-requests");
        HorizontalLayout figuresRow = new HorizontalLayout(year, unmet);
        figuresRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(figuresRow);

        openOnly.addValueChangeListener(e -> refresh());
        NarrowScreens.TextColumns<AppraisalSummary> columns = NarrowScreens.textColumns(requests);
        columns.add("Council", r -> councilName(r.councilId())).setFlexGrow(2).setKey("council");
        RequestColumns.addTo(columns, support.today());
        columns.cards("Request", r -> councilName(r.councilId()));
        requests.setAllRowsVisible(true);
        Tables.named(
                requests,
                "Appraisal support requests",
                "No appraisal support requests to list. To see those already closed, untick Open requests only.");
        overdueNote.setId("overdue-appraisals");
        add(openOnly, overdueNote, requests);

        add(new H2("Decide on the chosen request"));
        add(new Paragraph("Choose a request in the list, then schedule it, mark it delivered or decline it."));
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.addClickListener(click -> {
            startChecks(scheduleErrors);
            scheduleErrors.required(adviser, "Enter the name of the adviser");
            scheduleErrors.required(scheduledOn, "Enter the appraisal date, for example 01/04/2027");
            decide(
                    scheduleErrors,
                    chosen -> support.schedule(
                            staff, chosen.councilId(), chosen.id(), adviser.getValue(), scheduledOn.getValue()),
                    Map.of(
                            "adviser-missing", adviser,
                            "adviser", adviser,
                            "date-missing", scheduledOn,
                            "date-range", scheduledOn));
        });
        delivered.addClickListener(click -> {
            startChecks(deliveredErrors);
            deliveredErrors.required(deliveredOn, "Enter the day it was delivered, for example 01/04/2027");
            decide(
                    deliveredErrors,
                    chosen -> support.markDelivered(staff, chosen.councilId(), chosen.id(), deliveredOn.getValue()),
                    Map.of("delivered-date", deliveredOn));
        });
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        decline.addClickListener(click -> {
            startChecks(declineErrors);
            declineErrors.required(reason, "Enter why the request is declined");
            decide(
                    declineErrors,
                    chosen -> support.decline(staff, chosen.councilId(), chosen.id(), reason.getValue()),
                    Map.of("reason-missing", reason, "reason", reason));
        });
        message.getElement().setAttribute("role", "status");
        add(
                scheduleErrors,
                FormRow.of(adviser, scheduledOn, schedule),
                deliveredErrors,
                FormRow.of(deliveredOn, delivered),
                declineErrors,
                FormRow.of(reason, decline),
                message);
        refresh();
        showUnmet();
    }

    /** Each decision's checks start afresh: the other forms' problems and the last outcome are taken away. */
    private void startChecks(ErrorSummary errors) {
        scheduleErrors.clear();
        deliveredErrors.clear();
        declineErrors.clear();
        message.setText("");
        if (requests.getSelectedItems().isEmpty()) {
            errors.problem("Choose a request in the list first");
        }
    }

    /** Takes the decision on the chosen request when the form has no problem; a refusal is shown at its field. */
    private <F extends Component & HasValidation> void decide(
            ErrorSummary errors, Function<AppraisalSummary, AppraisalSummary> decision, Map<String, F> fieldsByCode) {
        errors.tryIfNone(
                () -> {
                    AppraisalSummary decided = decision.apply(
                            requests.getSelectedItems().iterator().next());
                    message.setText(
                            councilName(decided.councilId()) + ": " + decided.statusLabel(support.today()) + ".");
                    refresh();
                    showUnmet();
                },
                fieldsByCode);
    }

    private void showUnmet() {
        if (year.getValue() == null) {
            return;
        }
        AppraisalFigures.UnmetRequests figure = figures.unmetRequests(staff, year.getValue());
        if (figure.requestsMade() == 0) {
            unmet.setText("Unmet requests in " + figure.year() + ": no figure yet, no request was made in "
                    + figure.year() + ".");
            return;
        }
        unmet.setText("Unmet requests in " + figure.year() + ": " + figure.count() + " of "
                + Plurals.count(figure.requestsMade(), "request", "requests")
                + (figure.stillOpen() > 0 ? " (" + figure.stillOpen() + " still open)" : "") + ".");
    }

    private void refresh() {
        councilNames = null;
        List<AppraisalSummary> shown = support.allRequests(staff, openOnly.getValue());
        requests.setItems(shown);
        LocalDate today = support.today();
        long overdue = shown.stream().filter(r -> r.isOverdue(today)).count();
        overdueNote.setVisible(overdue > 0);
        overdueNote.setText(
                overdue == 1
                        ? "1 scheduled appraisal's day has passed without its delivery recorded: mark it delivered or"
                                + " schedule it again."
                        : overdue + " scheduled appraisals' days have passed without their delivery recorded: mark them"
                                + " delivered or schedule them again.");
    }

    /** The register's names, read once per refresh rather than once per grid row (issue 13). */
    private java.util.Map<String, String> councilNames;

    private String councilName(String id) {
        if (councilNames == null) {
            councilNames = new java.util.HashMap<>();
            councils.all().forEach(c -> councilNames.put(c.id(), c.name()));
        }
        return councilNames.getOrDefault(id, id);
    }
}
