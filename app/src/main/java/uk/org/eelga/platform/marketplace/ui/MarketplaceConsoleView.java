package uk.org.eelga.platform.marketplace.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import uk.org.eelga.platform.framework.FrameworkService;
import uk.org.eelga.platform.marketplace.Activity;
import uk.org.eelga.platform.marketplace.Marketplace;
import uk.org.eelga.shared.Money;
import uk.org.eelga.shared.Percent;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.Plurals;
import uk.org.eelga.tenancy.ui.StaffPage;
import uk.org.eelga.tenancy.ui.Tables;

/** The console's marketplace: this financial year's activity of every member council, engaged ones first. */
@Route("console/marketplace")
@PageTitle("Marketplace | EELGA console")
@StaffPage
@MenuEntry(label = "Marketplace", area = MenuEntry.Area.CONSOLE, order = 39)
public class MarketplaceConsoleView extends Page {

    final Paragraph summary = new Paragraph();
    final Grid<Activity> councils = new Grid<>(Activity.class, false);

    MarketplaceConsoleView(Marketplace marketplace, FrameworkService framework) {
        super("Local Government Marketplace");
        Caller staff = Callers.current();
        ReportingPeriod year = ReportingPeriod.containing(marketplace.today()).wholeYear();
        List<Activity> all = marketplace.activity(staff, year);
        long engaged = all.stream().filter(Activity::engaged).count();
        long trades = all.stream().mapToLong(Activity::tradesBought).sum();
        long value = all.stream().mapToLong(Activity::boughtPence).sum();
        summary.setId("marketplace-summary");
        summary.setText(
                engaged == 0
                        ? "No council has listed a service or made an enquiry in " + year.label() + " yet."
                        : engaged + " of " + all.size() + " member councils engaged as seller or buyer in "
                                + year.label() + " (" + Percent.format(engaged, all.size())
                                + framework
                                        .targetFor(year, Marketplace.ENGAGED_KIND, Map.of())
                                        .map(t -> "; " + t.phrase())
                                        .orElse("")
                                + "). " + Plurals.count(trades, "trade", "trades") + " agreed, worth "
                                + Money.pounds(value)
                                + ".");
        add(summary);
        add(new H2("Activity by council, " + year.label()));
        councils.addColumn(Activity::councilName).setHeader("Council").setFlexGrow(2);
        councils.addColumn(Activity::listings).setHeader("Services listed");
        councils.addColumn(Activity::enquiriesMade).setHeader("Enquiries made");
        councils.addColumn(Activity::enquiriesReceived).setHeader("Enquiries received");
        councils.addColumn(a -> a.tradesBought() + " (" + Money.pounds(a.boughtPence()) + ")")
                .setHeader("Bought");
        councils.addColumn(a -> a.tradesSold() + " (" + Money.pounds(a.soldPence()) + ")")
                .setHeader("Sold");
        councils.addColumn(a -> a.engaged() ? "Engaged" : "Not engaged")
                .setHeader("Engaged")
                .setKey("engaged");
        councils.setAllRowsVisible(true);
        Tables.named(councils, "Each member council's marketplace activity", "No member councils to list.");
        councils.setItems(all.stream()
                .sorted((a, b) -> Boolean.compare(b.engaged(), a.engaged()))
                .toList());
        add(councils);
    }
}
