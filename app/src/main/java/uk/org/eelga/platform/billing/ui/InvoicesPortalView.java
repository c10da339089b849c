package uk.org.eelga.platform.billing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import uk.org.eelga.platform.billing.InvoiceSummary;
import uk.org.eelga.platform.billing.Invoices;
import uk.org.eelga.shared.Money;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilSummary;
import uk.org.eelga.tenancy.ui.CouncilPage;
import uk.org.eelga.tenancy.ui.NarrowScreens;
import uk.org.eelga.tenancy.ui.Tables;
import uk.org.eelga.tenancy.ui.UkDates;

/** A council's invoices: amount, VAT, due date, status in words, and Stripe's page to view and pay. */
@Route("portal/invoices")
@PageTitle("Invoices | EELGA member platform")
@MenuEntry(label = "Invoices", area = MenuEntry.Area.PORTAL, order = 40)
@CouncilPage
public class InvoicesPortalView extends VerticalLayout {

    final Grid<InvoiceSummary> grid = new Grid<>(InvoiceSummary.class, false);

    InvoicesPortalView(Invoices invoices, CouncilDirectory councils) {
        List<InvoiceSummary> ours = invoices.ours();
        String own = CurrentTenant.require().value();
        add(new H1("Invoices"));
        add(new Paragraph(
                ours.isEmpty() ? "There are no invoices for your council." : "Overdue invoices are listed first."));
        // the invoice's words are the link to its page, so the keyboard reaches it as a click does
        grid.addComponentColumn(InvoicesPortalView::openLink)
                .setHeader("Invoice")
                .setKey("invoice")
                .setFlexGrow(3);
        // Invoices of councils that merged into this one stay issued to them; say so rather than hide it.
        grid.addColumn(i -> i.councilId().equals(own) ? "" : issuedTo(councils, i.councilId()))
                .setHeader("Carried over")
                .setKey("carried")
                .setVisible(ours.stream().anyMatch(i -> !i.councilId().equals(own)));
        grid.addColumn(InvoiceSummary::poNumber).setHeader("PO number");
        // amounts and dates are never broken across lines: their columns are as wide as their longest value
        grid.addColumn(i -> Money.format(i.netPence()))
                .setHeader("Net")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> Money.format(i.vatPence()))
                .setHeader("VAT")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> Money.format(i.totalPence()))
                .setHeader("Total")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> UkDates.day(i.dueOn()))
                .setHeader("Due")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(i -> badge(i.statusLabel(), i.overdue()))
                .setHeader("Status")
                .setKey("status");
        // addresses are checked when stored (HostedInvoiceUrls); a web address is required here as well, for rows
        // stored before that check
        grid.addComponentColumn(i -> payable(i) ? payLink(i) : new Span("")).setHeader("Pay");
        NarrowScreens.cards(grid, "Invoice", i -> {
            NarrowScreens.Card card = new NarrowScreens.Card(i.description());
            if (!i.councilId().equals(own)) {
                card.row("Carried over", issuedTo(councils, i.councilId()));
            }
            card.row("PO number", i.poNumber())
                    .row("Net", Money.format(i.netPence()))
                    .row("VAT", Money.format(i.vatPence()))
                    .row("Total", Money.format(i.totalPence()))
                    .row("Due", UkDates.day(i.dueOn()))
                    .row("Status", badge(i.statusLabel(), i.overdue()));
            RouterLink open = openLink(i);
            open.setText("Open invoice");
            open.getElement().setAttribute("aria-label", "Open invoice " + i.description());
            return payable(i) ? card.actions(open, payLink(i)) : card.actions(open);
        });
        grid.setItems(ours);
        grid.setAllRowsVisible(true);
        Tables.named(grid, "Our invoices", "Our council has no invoices yet.");
        add(grid);
    }

    static RouterLink openLink(InvoiceSummary invoice) {
        return new RouterLink(
                invoice.description(), InvoiceView.class, new RouteParameters("id", String.valueOf(invoice.id())));
    }

    private static String issuedTo(CouncilDirectory councils, String council) {
        String name =
                councils.find(TenantId.of(council)).map(CouncilSummary::name).orElse(council);
        return "Issued to " + name + " (merged into us)";
    }

    static boolean payable(InvoiceSummary invoice) {
        return invoice.hostedUrl() != null && invoice.hostedUrl().matches("(?i)https?://\\S+");
    }

    static Anchor payLink(InvoiceSummary invoice) {
        Anchor pay = new Anchor(invoice.hostedUrl(), "View and pay");
        pay.getElement().setAttribute("aria-label", "View and pay " + invoice.description());
        return pay;
    }

    static Span badge(String label, boolean overdue) {
        Span badge = new Span(label);
        badge.getElement().getThemeList().add(overdue ? "badge error" : "badge");
        return badge;
    }
}
