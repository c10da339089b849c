package uk.org.eelga.platform.talentbank.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.Optional;
import uk.org.eelga.platform.billing.Ids;
import uk.org.eelga.platform.talentbank.QuoteSummary;
import uk.org.eelga.platform.talentbank.RequestDetail;
import uk.org.eelga.platform.talentbank.TalentBankRequests;
import uk.org.eelga.shared.Money;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.ui.CouncilPage;
import uk.org.eelga.tenancy.ui.Tables;

/** One of the council's requests with its quotes and history; another council's id is simply not found. */
@Route("portal/talent-bank/request/:id")
@PageTitle("Talent Bank request | EELGA member platform")
@CouncilPage
public class TalentBankRequestView extends VerticalLayout implements BeforeEnterObserver {

    static final String NOT_FOUND = "No such request. It may have been mistyped, or belong to another council.";

    private final TalentBankRequests requests;

    TalentBankRequestView(TalentBankRequests requests) {
        this.requests = requests;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<RequestDetail> detail =
                event.getRouteParameters().get("id").flatMap(Ids::parse).flatMap(requests::ours);
        if (detail.isEmpty()) {
            add(new H1("Request not found"), new Paragraph(NOT_FOUND));
            return;
        }
        RequestDetail d = detail.get();
        add(new H1(d.request().serviceName()));
        add(new Paragraph(d.request().scope()));
        add(new Paragraph("Status: " + d.request().statusLabel() + ". Dates: "
                + UkTime.date(d.request().startOn()) + " to "
                + UkTime.date(d.request().endOn())
                + (d.request().poNumber() == null ? "" : ". PO " + d.request().poNumber())));
        add(new H2("Quotes"));
        Grid<QuoteSummary> quotes = new Grid<>(QuoteSummary.class, false);
        quotes.addColumn(q -> Money.format(q.amountPence())).setHeader("Amount (before VAT)");
        quotes.addColumn(TalentBankRequestView::basis).setHeader("Basis");
        quotes.addColumn(q -> UkTime.date(q.expiresOn())).setHeader("Valid until");
        quotes.addColumn(q -> q.expired() ? "Expired" : q.status().label()).setHeader("Status");
        quotes.setItems(d.quotes());
        quotes.setAllRowsVisible(true);
        Tables.named(quotes, "Quotes", "No quotes for this request yet.");
        add(quotes);
        add(new H2("History"));
        Grid<RequestDetail.Change> history = new Grid<>(RequestDetail.Change.class, false);
        history.addColumn(c -> UkTime.dateTime(c.at())).setHeader("When");
        history.addColumn(RequestDetail.Change::to).setHeader("Status");
        history.addColumn(RequestDetail.Change::by).setHeader("By");
        history.addColumn(RequestDetail.Change::note).setHeader("Note").setFlexGrow(2);
        history.setItems(d.history());
        history.setAllRowsVisible(true);
        Tables.named(history, "History of the request", "No changes to this request yet.");
        add(history);
    }

    /** "Fixed price", or "40 days at £750.00" (days as typed: "2.5 days"). */
    static String basis(QuoteSummary quote) {
        if (quote.days() == null) {
            return "Fixed price";
        }
        String days = quote.days().stripTrailingZeros().toPlainString();
        return days + (days.equals("1") ? " day" : " days") + " at " + Money.format(quote.dayRatePence());
    }
}
