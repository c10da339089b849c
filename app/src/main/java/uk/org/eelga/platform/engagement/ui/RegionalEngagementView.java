package uk.org.eelga.platform.engagement.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import uk.org.eelga.platform.engagement.CouncilEngagementRow;
import uk.org.eelga.platform.engagement.RegionalEngagement;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.RowLinks;
import uk.org.eelga.tenancy.ui.StaffPage;
import uk.org.eelga.tenancy.ui.Tables;

/** Every member council's engagement in a period: sortable, exportable, each council's summary one click away. */
@Route("console/engagement")
@PageTitle("Engagement by council | EELGA console")
@MenuEntry(label = "Engagement by council", area = MenuEntry.Area.CONSOLE, order = 20)
@StaffPage
public class RegionalEngagementView extends Page {

    final PeriodPicker period;
    final Grid<CouncilEngagementRow> table = new Grid<>();
    final Anchor csv = new Anchor();
    final Anchor xlsx = new Anchor();
    final Paragraph totals = new Paragraph();

    private final RegionalEngagement regional;
    private final Caller staff;

    RegionalEngagementView(RegionalEngagement regional, Clock clock) {
        super("Engagement by council");
        this.regional = regional;
        this.staff = Callers.current();
        period = new PeriodPicker(clock, p -> refresh());
        table.addComponentColumn(r -> RowLinks.to(
                        r.councilName(),
                        CouncilEngagementView.class,
                        r.councilId(),
                        "period="
                                + java.net.URLEncoder.encode(
                                        period.value().label(), java.nio.charset.StandardCharsets.UTF_8)))
                .setHeader("Council")
                .setKey("council")
                .setComparator(CouncilEngagementRow::councilName)
                .setSortable(true)
                .setFlexGrow(3);
        table.addColumn(CouncilEngagementRow::kind).setHeader("Kind").setSortable(true);
        table.addColumn(CouncilEngagementRow::countyArea)
                .setHeader("County area")
                .setSortable(true);
        table.addColumn(r -> r.meetings().whole() == 0
                        ? "none expected"
                        : r.meetings().toString())
                .setHeader("Meeting seats attended")
                .setComparator(Comparator.comparing(
                        (CouncilEngagementRow r) -> r.meetings().percent(),
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .setSortable(true)
                .setFlexGrow(2);
        table.addColumn(CouncilEngagementRow::eventsAttended)
                .setHeader("Events attended")
                .setSortable(true);
        table.addColumn(CouncilEngagementRow::delegatesRegistered)
                .setHeader("Delegates registered")
                .setSortable(true);
        Tables.named(table, "Engagement of every member council", "No member councils to list.");
        table.setAllRowsVisible(true);
        // council names are read in full at 200% zoom, not "Stevenage Boro…"
        table.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        csv.getElement().setAttribute("download", true);
        csv.setText("Download CSV");
        xlsx.getElement().setAttribute("download", true);
        xlsx.setText("Download Excel (XLSX)");
        add(period, new HorizontalLayout(csv, xlsx), totals, table);
        refresh();
    }

    private void refresh() {
        ReportingPeriod p = period.value();
        List<CouncilEngagementRow> rows = regional.table(staff, p);
        table.setItems(rows);
        long attended = rows.stream().mapToLong(r -> r.meetings().part()).sum();
        long expected = rows.stream().mapToLong(r -> r.meetings().whole()).sum();
        totals.setText(
                expected == 0
                        ? "All councils: no figure yet. No meeting of the association's groups held in " + p.label()
                                + " expected a council's seat."
                        : "All councils: " + new uk.org.eelga.platform.engagement.Fraction(attended, expected)
                                + " of expected meeting seats attended in " + p.label() + ".");
        String name = "engagement-" + p.label().replace(' ', '-');
        csv.setHref(new StreamResource(name + ".csv", () -> new ByteArrayInputStream(regional.csv(rows))));
        xlsx.setHref(new StreamResource(name + ".xlsx", () -> new ByteArrayInputStream(regional.xlsx(rows, p))));
    }
}
