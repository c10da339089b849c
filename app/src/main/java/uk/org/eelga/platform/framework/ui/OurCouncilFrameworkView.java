package uk.org.eelga.platform.framework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.org.eelga.platform.framework.CouncilFigure;
import uk.org.eelga.platform.framework.Figures;
import uk.org.eelga.platform.framework.FrameworkModel.FrameworkSummary;
import uk.org.eelga.platform.framework.FrameworkService;
import uk.org.eelga.platform.framework.live.EvidenceRow;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.CouncilPage;
import uk.org.eelga.tenancy.ui.FormRow;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.Tables;

/**
 * "Our council in the framework": the measures that apply per council, with the signed-in person's own council's
 * figure next to the regional figure the association published when it closed the period. Never another
 * council's figure: the own figure is computed under the council's binding (row-level security). Each own figure
 * links to the records behind it, shown below the table.
 */
@Route("portal/framework")
@PageTitle("Our council in the framework | EELGA member platform")
@MenuEntry(label = "Our council in the framework", area = MenuEntry.Area.PORTAL, order = 50)
@CouncilPage
public class OurCouncilFrameworkView extends Page {

    final Select<FrameworkSummary> year = new Select<>();
    final Select<String> period = new Select<>();
    final Grid<CouncilFigure> grid = new Grid<>();
    final H2 recordsHeading = new H2("The records behind our figures");
    final Select<CouncilFigure> recordsFor = new Select<>();
    final Paragraph recordsSummary = new Paragraph();
    final Grid<EvidenceRow> records = new Grid<>();
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
        year.setWidth("28em");
        year.setMaxWidth("100%");
        year.setItems(frameworks.frameworks());
        period.setLabel("Period");
        HorizontalLayout choices = FormRow.of(year, period);
        // the row as wide as the page, so the year's choice narrows to a phone's width instead of running off it
        choices.setWidthFull();
        add(choices);
        grid.addColumn(f -> f.measure().description()).setHeader("Measure").setFlexGrow(3);
        grid.addColumn(f -> f.measure().targetText()).setHeader("Target");
        grid.addComponentColumn(this::ownFigure).setHeader("Our council").setKey("own");
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

        recordsHeading.setId("records-behind");
        // focusable by script only: following a figure's link moves focus here
        recordsHeading.getElement().setAttribute("tabindex", "-1");
        recordsFor.setLabel("Measure");
        recordsFor.setWidth("40em");
        recordsFor.setMaxWidth("100%");
        recordsFor.setItemLabelGenerator(f -> f.measure().description() + ": " + figure(f));
        recordsFor.addValueChangeListener(e -> showRecords(e.getValue()));
        records.addColumn(EvidenceRow::label).setHeader("Record").setFlexGrow(3);
        records.addColumn(EvidenceRow::detail).setHeader("Detail").setFlexGrow(2);
        records.addColumn(r -> r.counted() ? "Counted" : "Not counted").setHeader("Counts towards the figure");
        records.setAllRowsVisible(true);
        Tables.named(records, "The records behind our figure", "No records behind this figure.");
        add(
                recordsHeading,
                new Paragraph("Our figures are worked out from our council's own records on the platform, those"
                        + " entered from paper included. Choose a measure, or follow a figure in the table."),
                recordsFor,
                recordsSummary,
                records);

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
        if (year.getValue() == null || period.getValue() == null) {
            return;
        }
        List<CouncilFigure> figures =
                frameworks.councilFigures(user, year.getValue().id(), ReportingPeriod.parse(period.getValue()));
        grid.setItems(figures);
        List<CouncilFigure> withFigure =
                figures.stream().filter(f -> f.ownValue() != null).toList();
        Long shown = recordsFor.getValue() == null
                ? null
                : recordsFor.getValue().measure().id();
        recordsFor.setItems(withFigure);
        recordsFor.setEnabled(!withFigure.isEmpty());
        // the same measure stays chosen for another period when it has a figure there
        recordsFor.setValue(withFigure.stream()
                .filter(f -> Objects.equals(f.measure().id(), shown))
                .findFirst()
                .orElse(withFigure.isEmpty() ? null : withFigure.get(0)));
        if (withFigure.isEmpty()) {
            showRecords(null);
        }
    }

    /** The own figure, a link to its records below; "No figure yet" has no records to link to. */
    private Component ownFigure(CouncilFigure f) {
        if (f.ownValue() == null) {
            return new Span("No figure yet");
        }
        Anchor link = new Anchor("#" + recordsHeading.getId().orElseThrow(), figure(f));
        link.getElement().setAttribute("router-ignore", true);
        // the name starts with what is seen (WCAG 2.5.3) and says where it goes, row by row
        link.getElement()
                .setAttribute(
                        "aria-label",
                        figure(f) + ": the records behind our figure for "
                                + f.measure().description());
        link.getElement().addEventListener("click", e -> recordsFor.setValue(f)).preventDefault();
        link.getElement()
                .executeJs(
                        "this.addEventListener('click', () => { const to = document.getElementById($0);"
                                + " if (to) { to.scrollIntoView(); to.focus({preventScroll: true}); } })",
                        recordsHeading.getId().orElseThrow());
        return link;
    }

    private void showRecords(CouncilFigure f) {
        if (f == null) {
            recordsSummary.setText("Our council has no figure for this period yet, so no records behind one.");
            records.setItems(List.of());
            return;
        }
        long counted = f.ownEvidence().stream().filter(EvidenceRow::counted).count();
        recordsSummary.setText(f.measure().description() + ": " + figure(f) + ". Records behind it: "
                + f.ownEvidence().size() + "; counted towards the figure: " + counted + ".");
        records.setItems(f.ownEvidence());
    }

    private static String figure(CouncilFigure f) {
        return f.ownValue() == null
                ? "No figure yet"
                : Figures.format(f.measure().type(), f.ownValue());
    }
}
