package uk.org.eelga.platform.billing.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Optional;
import uk.org.eelga.platform.billing.Ids;
import uk.org.eelga.platform.billing.InvoiceDetail;
import uk.org.eelga.platform.billing.InvoiceSummary;
import uk.org.eelga.platform.billing.Invoices;
import uk.org.eelga.shared.Money;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilSummary;
import uk.org.eelga.tenancy.ui.CouncilPage;
import uk.org.eelga.tenancy.ui.UkDates;

/**
 * One of the council's invoices: what it is for line by line, to whom it is issued, its dates, status and amounts.
 * Another council's id, an unknown one and one that is not a number are all the platform's "page not found".
 */
@Route("portal/invoices/:id")
@CouncilPage
public class InvoiceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Invoices invoices;
    private final CouncilDirectory councils;
    private InvoiceDetail shown;

    InvoiceView(Invoices invoices, CouncilDirectory councils) {
        this.invoices = invoices;
        this.councils = councils;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<InvoiceDetail> found =
                event.getRouteParameters().get("id").flatMap(Ids::parse).flatMap(invoices::oursWithLines);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "No such invoice");
            return;
        }
        shown = found.get();
        InvoiceSummary invoice = shown.invoice();
        removeAll();
        add(new RouterLink("Back to invoices", InvoicesPortalView.class));
        add(new H1(invoice.description()));
        add(facts(invoice));
        add(lines(shown.lines()));
        add(new SummaryList()
                .row("Net", Money.format(invoice.netPence()))
                .row("VAT", Money.format(invoice.vatPence()))
                .row("Total", Money.format(invoice.totalPence())));
        if (InvoicesPortalView.payable(invoice)) {
            add(new Paragraph(InvoicesPortalView.payLink(invoice)));
        }
    }

    @Override
    public String getPageTitle() {
        return (shown == null ? "Invoice" : "Invoice: " + shown.invoice().description()) + " | EELGA member platform";
    }

    private SummaryList facts(InvoiceSummary invoice) {
        SummaryList facts = new SummaryList().row("For", invoice.kind());
        String issuedTo = councils.find(TenantId.of(invoice.councilId()))
                .map(CouncilSummary::name)
                .orElse(invoice.councilId());
        facts.row("Issued to", issuedTo);
        if (!invoice.councilId().equals(CurrentTenant.require().value())) {
            // a merged council's invoice stays issued to it; the council it merged into pays it
            facts.row("Carried over", "From " + issuedTo + " (merged into us)");
        }
        facts.row("PO number", invoice.poNumber());
        if (shown.enteredFrom() == null) {
            facts.row("Issued", UkDates.day(shown.issuedOn())).row("Due", UkDates.day(invoice.dueOn()));
        } else {
            // paid before the platform: never issued by it, so no issue or due day of its own to show
            facts.row("Recorded", shown.enteredFrom());
        }
        facts.row("Status", InvoicesPortalView.badge(invoice.statusLabel(), invoice.overdue()));
        if (shown.paidOn() != null) {
            facts.row("Paid", UkDates.day(shown.paidOn()));
        }
        return facts;
    }

    /** The lines as a table; a quantity column only when a line is charged more than once. */
    static NativeTable lines(List<InvoiceDetail.Line> lines) {
        boolean quantities = lines.stream().anyMatch(l -> l.quantity() > 1);
        NativeTable table = new NativeTable();
        table.addClassName("lines-table");
        table.setCaptionText("What the invoice is for");
        NativeTableRow head = table.getHead().addRow();
        head.add(new NativeTableHeaderCell("Description"));
        if (quantities) {
            head.add(new NativeTableHeaderCell("Quantity"));
        }
        head.add(new NativeTableHeaderCell("Amount before VAT"));
        for (InvoiceDetail.Line line : lines) {
            NativeTableRow row = table.getBody().addRow();
            row.add(new NativeTableCell(line.description()));
            if (quantities) {
                row.add(new NativeTableCell(line.quantity() + " at " + Money.format(line.unitAmountPence()) + " each"));
            }
            row.add(new NativeTableCell(Money.format(line.netPence())));
        }
        return table;
    }
}
