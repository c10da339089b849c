package uk.org.eelga.platform.contracts.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.org.eelga.platform.contracts.CollaborationChance;
import uk.org.eelga.platform.contracts.ContractRegister;
import uk.org.eelga.platform.contracts.Participation;
import uk.org.eelga.platform.framework.FrameworkService;
import uk.org.eelga.platform.framework.FrameworkService.SetTarget;
import uk.org.eelga.shared.Percent;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.NarrowScreens;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.StaffPage;
import uk.org.eelga.tenancy.ui.Tables;
import uk.org.eelga.tenancy.ui.UkDates;

/** The console's contract database: each council's participation and the collaboration chances. */
@Route("console/contracts")
@PageTitle("Contract database | EELGA console")
@StaffPage
@MenuEntry(label = "Contract database", area = MenuEntry.Area.CONSOLE, order = 38)
public class ContractConsoleView extends Page {

    final Paragraph summary = new Paragraph();
    final Grid<CollaborationChance> chances = new Grid<>(CollaborationChance.class, false);
    final Grid<Participation> councils = new Grid<>(Participation.class, false);

    ContractConsoleView(ContractRegister register, CouncilDirectory directory, FrameworkService framework) {
        super("Contract database");
        Caller staff = Callers.current();
        Map<String, String> names = directory.namesById();
        ContractRegister.Overview overview = register.overview(staff);
        List<Participation> all = overview.participation();
        long upToDate = all.stream().filter(Participation::upToDate).count();
        long kept = all.stream().filter(p -> p.lastUpdated() != null).count();
        summary.setId("contract-summary");
        summary.setText(participation(
                upToDate,
                kept,
                all.size(),
                framework.targetFor(
                        ReportingPeriod.containing(register.today()).wholeYear(),
                        ContractRegister.PARTICIPATION_KIND,
                        Map.of())));
        add(summary);

        add(new H2("Collaboration chances"));
        add(new Paragraph("Categories where at least " + ContractRegister.CHANCE_COUNCILS
                + " councils have contracts ending within a year of each other. Each contract is in one chance at"
                + " most: the next chance in a category starts after the last contract of the one before."));
        NarrowScreens.TextColumns<CollaborationChance> chanceColumns = NarrowScreens.textColumns(chances);
        chanceColumns.add("Category", c -> c.category().label());
        chanceColumns.add("Contracts end", c -> UkDates.day(c.firstEnd()) + " to " + UkDates.day(c.lastEnd()));
        chanceColumns
                .add("Councils", c -> c.councils().stream()
                        .map(id -> names.getOrDefault(id, id))
                        .collect(Collectors.joining(", ")))
                .setKey("councils")
                .setFlexGrow(3);
        chanceColumns.cards("Chance", c -> c.category().label());
        chances.setAllRowsVisible(true);
        Tables.named(
                chances,
                "Collaboration chances",
                "No collaboration chances yet: a chance is at least " + ContractRegister.CHANCE_COUNCILS
                        + " councils' shared contracts of one category ending within a year.");
        chances.setItems(overview.chances());
        add(chances);

        add(new H2("Participation"));
        NarrowScreens.TextColumns<Participation> councilColumns = NarrowScreens.textColumns(councils);
        councilColumns.add("Council", Participation::councilName).setFlexGrow(2);
        councilColumns.add("Contracts", p -> String.valueOf(p.contracts()));
        councilColumns.add("Last updated", p -> p.lastUpdated() == null ? "Never" : UkDates.day(p.lastUpdated()));
        councilColumns
                .add("Register", p -> p.upToDate() ? "Up to date" : "Not up to date")
                .setKey("register");
        councilColumns.cards("Council", Participation::councilName);
        councils.setAllRowsVisible(true);
        Tables.named(councils, "Each member council's contract register", "No member councils to list.");
        councils.setItems(all);
        add(councils);
    }

    /**
     * The summary line, with the target the framework sets (if any); with no member councils, or before any council
     * kept a register, there is no figure yet (never "0%"), as the framework's own figure says.
     */
    static String participation(long upToDate, long kept, int councils, Optional<SetTarget> target) {
        return councils == 0
                ? "No figure yet: there are no member councils."
                : kept == 0
                        ? "No figure yet: no member council has kept a contract register on the platform."
                        : upToDate + " of " + councils + " member councils have an up-to-date register ("
                                + Percent.format(upToDate, councils)
                                + target.map(t -> "; " + t.phrase()).orElse("") + ").";
    }
}
