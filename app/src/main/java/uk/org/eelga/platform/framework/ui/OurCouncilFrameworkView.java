package uk.org.eelga.platform.framework.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import uk.org.eelga.platform.framework.CouncilFigure;
import uk.org.eelga.platform.framework.Figures;
import uk.org.eelga.platform.framework.FrameworkModel.FrameworkSummary;
import uk.org.eelga.platform.framework.FrameworkService;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.CouncilPage;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.Tables;

/**
 * "Our council in the framework": the measures that apply per council, with the signed-in person's own council's
 * figure next to the regional figure the association published when it closed the period. Never another
 * council's figure: the own figure is computed under the council's binding (row-level security).
 */
@Route("portal/framework")
@PageTitle("Our council in the framework | EELGA member platform")
@MenuEntry(label = "Our council in the framework", area = MenuEntry.Area.PORTAL, order = 50)
@CouncilPage
public class OurCouncilFrameworkView extends Page {

    final Select<FrameworkSummary> year = new Select<>();
    final Select<String> period = new Select<>();
    final Grid<CouncilFigure> grid = new Grid<>();
    private final FrameworkService frameworks;
    private final Clock clock;
    private final Caller user = Callers.current();

    OurCouncilFrameworkView(FrameworkService frameworks, Clock clock) {
        super(
                "Our council in the framework",
                Callers.current().councilName() + "'s own figures for the association's measures that apply to each"
                        + " council, next to the regional figure published when the association closes a quarter.");
        this.frameworks = frameworks;
        this.clock = clock;
        year.setLabel("Framework year");
        year.setItemLabelGenerator(f -> f.year() + " - " + f.title());
        year.setItems(frameworks.frameworks());
        period.setLabel("Period");
        add(new HorizontalLayout(year, period));
        grid.addColumn(f -> f.measure().description()).setHeader("Measure").setFlexGrow(3);
        grid.addColumn(f -> f.measure().targetText()).setHeader("Target");
        grid.addColumn(f -> f.ownValue() == null
                        ? "No figure yet"
                        : Figures.format(f.measure().type(), f.ownValue()))
                .setHeader("Our council");
        grid.addComponentColumn(f -> RagBadge.of(f.ownRag())).setHeader("Our RAG");
        grid.addColumn(f -> f.regionalPublished() && f.regionalValue() != null
                        ? Figures.format(f.measure().type(), f.regionalValue())
                        : "Not yet published")
                .setHeader("Region");
        grid.addComponentColumn(f -> RagBadge.of(f.regionalRag())).setHeader("Regional RAG");
        grid.setAllRowsVisible(true);
        Tables.named(
                grid,
                "Our council's figures next to the region's",
                "No measure of this framework year applies to each council.");
        add(grid);
        year.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                List<String> codes = new ArrayList<>();
                ReportingPeriod.quartersOf(e.getValue().year()).forEach(q -> codes.add(q.label()));
                period.setItems(codes);
                period.setValue(DefaultPeriod.of(codes, clock));
            }
        });
        period.addValueChangeListener(e -> load());
        frameworks.current().ifPresent(year::setValue);
    }

    void load() {
        if (year.getValue() != null && period.getValue() != null) {
            grid.setItems(
                    frameworks.councilFigures(user, year.getValue().id(), ReportingPeriod.parse(period.getValue())));
        }
    }
}
