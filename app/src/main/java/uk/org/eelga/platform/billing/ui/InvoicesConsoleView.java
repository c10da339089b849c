package uk.org.eelga.platform.billing.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;
import static uk.org.eelga.tenancy.ui.UkDates.ukDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import uk.org.eelga.platform.billing.BillingOutbox;
import uk.org.eelga.platform.billing.InvoiceStatus;
import uk.org.eelga.platform.billing.InvoiceSummary;
import uk.org.eelga.platform.billing.Invoices;
import uk.org.eelga.platform.billing.MembershipInvoicing;
import uk.org.eelga.platform.billing.StripeConnection;
import uk.org.eelga.shared.Money;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.NarrowScreens;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.Plurals;
import uk.org.eelga.tenancy.ui.StaffPage;
import uk.org.eelga.tenancy.ui.SuccessMessage;
import uk.org.eelga.tenancy.ui.Tables;
import uk.org.eelga.tenancy.ui.UkDates;

/** Every council's invoices, overdue first; the annual membership run; sending the outbox now. */
@Route("console/invoices")
@PageTitle("Invoices | EELGA console")
@MenuEntry(label = "Invoices", area = MenuEntry.Area.CONSOLE, order = 40)
@StaffPage
public class InvoicesConsoleView extends Page {

    final Grid<InvoiceSummary> grid = new Grid<>(InvoiceSummary.class, false);
    final TextField year = limited(new TextField("Financial year"), 20);
    final DatePicker dueOn = ukDate(new DatePicker("Due date"));
    final Button run = new Button("Invoice membership");
    final Button sendNow = new Button("Send waiting invoices now");
    final Paragraph message = new Paragraph();
    final ErrorSummary runErrors = new ErrorSummary(year, dueOn);
    final SuccessMessage runDone = new SuccessMessage();

    private final Invoices invoices;
    private final StripeConnection stripe;
    private final Map<String, String> names;
    private final Caller staff = Callers.current();

    InvoicesConsoleView(
            Invoices invoices,
            MembershipInvoicing membership,
            BillingOutbox outbox,
            StripeConnection stripe,
            CouncilDirectory councils) {
        super("Invoices");
        this.invoices = invoices;
        this.names = councils.namesById();
        this.stripe = stripe;
        message.getElement().setAttribute("role", "status");
        year.setHelperText("Like 2026-27");
        dueOn.setValue(LocalDate.now(UkTime.ZONE).plusDays(30));
        run.addClickListener(click -> invoiceMembership(membership));
        sendNow.addClickListener(click -> {
            int sent = outbox.sendDue(Instant.now());
            message.setText(Plurals.count(sent, "invoice", "invoices") + " sent to councils.");
            refresh();
        });
        HorizontalLayout membershipRun = new HorizontalLayout(year, dueOn, run);
        membershipRun.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(
                new H2("Membership invoicing"),
                new Paragraph("Bills every active council the year's fee of its kind (Membership fees). A year paid"
                        + " before the platform is entered on Membership paid before the platform."),
                runErrors,
                runDone,
                membershipRun,
                sendNow,
                message);

        add(new H2("All invoices"), new Paragraph("Overdue invoices are listed first."));
        grid.addColumn(i -> names.getOrDefault(i.councilId(), i.councilId()))
                .setHeader("Council")
                .setAutoWidth(true);
        grid.addColumn(InvoiceSummary::description).setHeader("Invoice").setFlexGrow(2);
        grid.addColumn(i -> Money.format(i.totalPence())).setHeader("Total");
        grid.addColumn(i -> Money.format(i.vatPence())).setHeader("VAT");
        grid.addColumn(i -> UkDates.day(i.dueOn())).setHeader("Due");
        grid.addComponentColumn(i -> InvoicesPortalView.badge(i.statusLabel(), i.overdue()))
                .setHeader("Status")
                .setKey("status");
        if (stripe.isLocalStub()) {
            grid.addComponentColumn(this::simulate).setHeader("Test payments").setAutoWidth(true);
        }
        NarrowScreens.cards(grid, "Invoice", i -> {
            NarrowScreens.Card card = new NarrowScreens.Card(i.description())
                    .row("Council", names.getOrDefault(i.councilId(), i.councilId()))
                    .row("Total", Money.format(i.totalPence()))
                    .row("VAT", Money.format(i.vatPence()))
                    .row("Due", UkDates.day(i.dueOn()))
                    .row("Status", InvoicesPortalView.badge(i.statusLabel(), i.overdue()));
            return stripe.isLocalStub() ? card.actions(simulate(i)) : card;
        });
        grid.setAllRowsVisible(true);
        Tables.named(grid, "All invoices", "No invoices yet.");
        add(grid);
        refresh();
    }

    private com.vaadin.flow.component.Component simulate(InvoiceSummary invoice) {
        if (invoice.stripeInvoiceId() == null
                || (invoice.status() != InvoiceStatus.OPEN && invoice.status() != InvoiceStatus.PAYMENT_FAILED)) {
            return new Paragraph("");
        }
        Button pay = new Button("Simulate payment", click -> {
            int status = stripe.simulatePayment(invoice.stripeInvoiceId());
            message.setText(
                    status == 200
                            ? "Payment recorded for " + invoice.description() + "."
                            : "The test payment was not recorded (" + status + ").");
            refresh();
        });
        pay.getElement()
                .setAttribute(
                        "aria-label",
                        "Simulate payment of " + invoice.description() + " by "
                                + names.getOrDefault(invoice.councilId(), invoice.councilId()));
        return pay;
    }

    /** The year's run: every problem listed at once at its field; what it did said in words. */
    void invoiceMembership(MembershipInvoicing membership) {
        runErrors.restart(runDone);
        if (!runErrors.required(year, "Enter the financial year, like 2026-27")
                && !year.getValue().strip().matches("[0-9]{4}-[0-9]{2}")) {
            runErrors.add(year, "Enter the financial year like 2026-27");
        }
        runErrors.required(dueOn, "Enter the due date");
        runErrors.tryIfNone(
                () -> {
                    MembershipInvoicing.Run done =
                            membership.invoiceYear(staff, year.getValue().strip(), dueOn.getValue());
                    runDone.show(Plurals.count(done.invoiced(), "council", "councils") + " invoiced, "
                            + done.alreadyInvoiced() + " already invoiced"
                            + (done.withoutFee().isEmpty()
                                    ? "."
                                    : "; no fee set for " + String.join(", ", done.withoutFee()) + "."));
                    refresh();
                },
                Map.of("invalid-amount", dueOn));
    }

    private void refresh() {
        grid.setItems(invoices.all(staff));
    }
}
