package uk.org.eelga.platform.appraisal.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;
import static uk.org.eelga.tenancy.ui.UkDates.ukDate;

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
import java.util.function.Supplier;
import uk.org.eelga.platform.appraisal.AppraisalFigures;
import uk.org.eelga.platform.appraisal.AppraisalNotFound;
import uk.org.eelga.platform.appraisal.AppraisalRefused;
import uk.org.eelga.platform.appraisal.AppraisalSummary;
import uk.org.eelga.platform.appraisal.AppraisalSupport;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.FormRow;
import uk.org.eelga.tenancy.ui.Live;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.StaffPage;

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
        requests.addColumn(r -> councilName(r.councilId()))
                .setHeader("Council")
                .setFlexGrow(2)
                .setKey("council");
        RequestColumns.addTo(requests, support.today());
        requests.setAllRowsVisible(true);
        requests.setAriaLabel("Appraisal support requests");
        overdueNote.setId("overdue-appraisals");
        add(openOnly, overdueNote, requests);

        add(new H2("Decide on the chosen request"));
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.addClickListener(click -> decide(() -> support.schedule(
                staff, chosen().councilId(), chosen().id(), adviser.getValue(), scheduledOn.getValue())));
        delivered.addClickListener(click -> decide(
                () -> support.markDelivered(staff, chosen().councilId(), chosen().id(), deliveredOn.getValue())));
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        decline.addClickListener(
                click -> decide(() -> support.decline(staff, chosen().councilId(), chosen().id(), reason.getValue())));
        message.getElement().setAttribute("role", "status");
        add(
                FormRow.of(adviser, scheduledOn, schedule),
                FormRow.of(deliveredOn, delivered),
                FormRow.of(reason, decline),
                message);
        requests.addSelectionListener(e -> enableDecisions());
        enableDecisions();
        refresh();
        showUnmet();
    }

    private AppraisalSummary chosen() {
        return requests.getSelectedItems().stream().findFirst().orElseThrow(AppraisalNotFound::new);
    }

    private void enableDecisions() {
        boolean any = !requests.getSelectedItems().isEmpty();
        schedule.setEnabled(any);
        delivered.setEnabled(any);
        decline.setEnabled(any);
    }

    private void decide(Supplier<AppraisalSummary> decision) {
        try {
            AppraisalSummary decided = decision.get();
            message.setText(councilName(decided.councilId()) + ": " + decided.statusLabel() + ".");
            refresh();
            showUnmet();
        } catch (AppraisalRefused | AppraisalNotFound refused) {
            message.setText("Not changed: " + refused.getMessage());
        }
    }

    private void showUnmet() {
        if (year.getValue() == null) {
            return;
        }
        AppraisalFigures.UnmetRequests figure = figures.unmetRequests(staff, year.getValue());
        unmet.setText("Unmet requests in " + figure.year() + ": " + figure.count() + " of " + figure.requestsMade()
                + " requests" + (figure.stillOpen() > 0 ? " (" + figure.stillOpen() + " still open)" : "") + ".");
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
        enableDecisions();
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
