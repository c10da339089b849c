package uk.org.eelga.platform.framework.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import uk.org.eelga.platform.framework.Figure;
import uk.org.eelga.platform.framework.FrameworkModel.Action;
import uk.org.eelga.platform.framework.FrameworkModel.FrameworkSummary;
import uk.org.eelga.platform.framework.FrameworkModel.Measure;
import uk.org.eelga.platform.framework.FrameworkModel.Outcome;
import uk.org.eelga.platform.framework.FrameworkModel.Theme;
import uk.org.eelga.platform.framework.FrameworkModel.Tree;
import uk.org.eelga.platform.framework.FrameworkService;
import uk.org.eelga.platform.framework.PeriodClose;
import uk.org.eelga.platform.framework.Rag;
import uk.org.eelga.platform.framework.ServiceArea;
import uk.org.eelga.platform.framework.report.FrameworkPdf;
import uk.org.eelga.platform.framework.report.FrameworkXlsx;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Role;
import uk.org.eelga.tenancy.Roles;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Confirm;

/**
 * The association's framework for a year and period: every measure under its theme, outcome and action with its
 * target, figure and RAG badge; filters by theme, service area and RAG; closing a quarter; PDF and XLSX reports.
 */
@Route("framework")
@PageTitle("Performance framework | EELGA member platform")
@MenuEntry(label = "Performance framework", area = MenuEntry.Area.CONSOLE, order = 50)
@RolesAllowed(Roles.ASSOCIATION_STAFF)
@Prototype
public class FrameworkView extends VerticalLayout {

    /** One grid line: a measure in its place in the framework, with the period's figure. */
    record MeasureRow(Theme theme, Outcome outcome, Action action, Measure measure, Figure figure) {}

    private final FrameworkService frameworks;
    private final PeriodClose periods;
    private final Caller user = Callers.current();
    final Select<FrameworkSummary> year = new Select<>();
    final Select<String> period = new Select<>();
    final ComboBox<Theme> theme = new ComboBox<>("Theme");
    final Select<ServiceArea> area = new Select<>();
    final Select<Rag> rag = new Select<>();
    final Grid<MeasureRow> grid = new Grid<>();
    final Button closePeriod = new Button("Close this quarter");
    final Button reopenPeriod = new Button("Reopen this quarter");
    final Button pdf = new Button("Prepare PDF report");
    final Button xlsx = new Button("Prepare XLSX export");
    final ProgressBar progress = new ProgressBar();
    final HorizontalLayout downloads = new HorizontalLayout();
    final Span status = new Span();
    private List<MeasureRow> rows = List.of();
    private Tree tree;
    private Map<Long, Figure> figures = Map.of();

    private final String platformUrl;

    FrameworkView(
            FrameworkService frameworks,
            PeriodClose periods,
            @io.micronaut.context.annotation.Value("${eelga.oidc.platform-url}") String platformUrl) {
        this.platformUrl = platformUrl;
        this.frameworks = frameworks;
        this.periods = periods;
        add(new H1("Performance framework"));
        add(new Anchor("framework/new-year", "Start a framework year from an earlier one"));
        year.setLabel("Framework year");
        year.setItemLabelGenerator(f -> f.year() + " - " + f.title());
        year.setItems(frameworks.frameworks());
        period.setLabel("Period");
        theme.setItemLabelGenerator(t -> t.number() + ". " + t.title());
        theme.setClearButtonVisible(true);
        area.setLabel("Service area");
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption("All service areas");
        area.setItems(ServiceArea.values());
        area.setItemLabelGenerator(a -> a == null ? "All service areas" : a.label());
        rag.setLabel("RAG");
        rag.setEmptySelectionAllowed(true);
        rag.setEmptySelectionCaption("Any RAG");
        rag.setItems(Rag.values());
        rag.setItemLabelGenerator(r -> r == null ? "Any RAG" : r.words());
        add(new HorizontalLayout(year, period, theme, area, rag));
        add(status);

        grid.addColumn(r -> r.action().number())
                .setHeader("No.")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.theme().title()).setHeader("Theme").setAutoWidth(true);
        grid.addColumn(r -> r.action().text()).setHeader("Action").setFlexGrow(3);
        grid.addColumn(r -> r.action().serviceArea().label())
                .setHeader("Service area")
                .setAutoWidth(true);
        grid.addColumn(r -> r.measure().description()).setHeader("Measure").setFlexGrow(2);
        grid.addColumn(r -> r.measure().targetText()).setHeader("Target").setAutoWidth(true);
        grid.addComponentColumn(r -> {
                    // every figure links to the records behind it (the measure's page for this period)
                    Anchor records = new Anchor(
                            FrameworkService.recordsPath(
                                    r.measure().id(), r.figure().period()),
                            figureText(r));
                    records.getElement().setAttribute("aria-label", figureText(r) + ": the records behind this figure");
                    return records;
                })
                .setKey("figure")
                .setHeader("Figure")
                .setAutoWidth(true);
        grid.addComponentColumn(r -> r.figure().source() == Figure.Source.NOT_DUE
                        ? new Span("Not due")
                        : RagBadge.of(r.figure().rag()))
                .setKey("rag")
                .setHeader("RAG")
                .setAutoWidth(true);
        grid.addColumn(r -> r.figure().source().label() + (r.figure().frozen() ? " (closed)" : ""))
                .setHeader("Source")
                .setAutoWidth(true);
        grid.setAriaLabel("Measures of the framework");
        grid.addItemClickListener(e -> UI.getCurrent()
                .navigate(MeasureView.class, e.getItem().measure().id()));
        grid.setHeight("60vh");
        add(new Paragraph("Choose a measure to see its figures over the year, commentary and the records behind it."));
        add(grid);

        closePeriod.addClickListener(e -> Confirm.ask(
                "Close " + period.getValue() + "?",
                "Its figures, commentary and evidence will be frozen. Only an association administrator can reopen"
                        + " it, with a reason.",
                "Yes, close the quarter",
                this::close));
        reopenPeriod.addClickListener(e -> reopen());
        reopenPeriod.setVisible(false);
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Preparing the report");
        pdf.addClickListener(
                e -> prepare("pdf", () -> FrameworkPdf.render(tree, period.getValue(), figures, platformUrl)));
        xlsx.addClickListener(
                e -> prepare("xlsx", () -> FrameworkXlsx.render(tree, period.getValue(), figures, platformUrl)));
        add(
                new H2("Close and report"),
                new HorizontalLayout(closePeriod, reopenPeriod, pdf, xlsx),
                progress,
                downloads);

        year.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                period.setItems(periodsOf(e.getValue()));
                period.setValue(periodsOf(e.getValue()).get(0));
            }
        });
        period.addValueChangeListener(e -> load());
        theme.addValueChangeListener(e -> filter());
        area.addValueChangeListener(e -> filter());
        rag.addValueChangeListener(e -> filter());
        frameworks.current().ifPresent(year::setValue);
    }

    private static List<String> periodsOf(FrameworkSummary framework) {
        List<String> codes = new ArrayList<>();
        ReportingPeriod.quartersOf(framework.year()).forEach(q -> codes.add(q.label()));
        codes.add(framework.year());
        return codes;
    }

    void load() {
        if (year.getValue() == null || period.getValue() == null) {
            return;
        }
        tree = frameworks.tree(year.getValue().id()).orElseThrow();
        figures = frameworks.figures(user, tree.framework().id(), ReportingPeriod.parse(period.getValue()));
        List<MeasureRow> all = new ArrayList<>();
        for (Theme t : tree.themes()) {
            for (Outcome o : t.outcomes()) {
                for (Action a : o.actions()) {
                    for (Measure m : a.measures()) {
                        all.add(new MeasureRow(t, o, a, m, figures.get(m.id())));
                    }
                }
            }
        }
        rows = all;
        theme.setItems(tree.themes());
        boolean closed = periods.isClosed(tree.framework().id(), period.getValue());
        boolean quarter = period.getValue().contains("Q");
        closePeriod.setEnabled(quarter && !closed);
        reopenPeriod.setVisible(closed && user.roles().contains(Role.ASSOCIATION_ADMIN));
        status.setText(period.getValue()
                + (closed ? " is closed: its figures are frozen." : " is open: figures are current."));
        downloads.removeAll();
        filter();
    }

    void filter() {
        grid.setItems(rows.stream()
                .filter(r -> theme.getValue() == null
                        || r.theme().id() == theme.getValue().id())
                .filter(r -> area.getValue() == null || r.action().serviceArea() == area.getValue())
                .filter(r -> rag.getValue() == null || r.figure().rag() == rag.getValue())
                .toList());
    }

    List<MeasureRow> shownRows() {
        return grid.getListDataView().getItems().toList();
    }

    static String figureText(MeasureRow r) {
        return r.figure().display(r.measure().type());
    }

    void close() {
        try {
            periods.close(user, tree.framework().id(), period.getValue());
            Notification.show(period.getValue() + " closed: figures, commentary and evidence are frozen.");
        } catch (IllegalStateException | IllegalArgumentException e) {
            Notification.show(e.getMessage());
        }
        load();
    }

    private void reopen() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Reopen " + period.getValue());
        TextArea reason = limited(new TextArea("Why is it reopened?"), Text.REASON);
        reason.setRequired(true);
        reason.setWidthFull();
        Button confirm = new Button("Reopen", e -> {
            try {
                periods.reopen(user, tree.framework().id(), period.getValue(), reason.getValue());
                dialog.close();
                load();
            } catch (IllegalArgumentException | IllegalStateException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(ex.getMessage());
            }
        });
        dialog.add(reason);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
    }

    /** Builds the report off the request thread while a progress bar shows; the page polls until it is ready. */
    void prepare(String kind, Supplier<byte[]> render) {
        UI ui = UI.getCurrent();
        String name = "framework-" + period.getValue().replace(' ', '-') + "." + kind;
        progress.setVisible(true);
        pdf.setEnabled(false);
        xlsx.setEnabled(false);
        ui.setPollInterval(500);
        CompletableFuture.supplyAsync(render)
                .whenComplete((bytes, error) -> ui.access(() -> {
                    progress.setVisible(false);
                    pdf.setEnabled(true);
                    xlsx.setEnabled(true);
                    ui.setPollInterval(-1);
                    if (error != null) {
                        Notification.show("The report could not be prepared. Please try again.");
                        return;
                    }
                    Anchor link = new Anchor(
                            new StreamResource(name, () -> new ByteArrayInputStream(bytes)),
                            "Download " + kind.toUpperCase() + " (" + name + ")");
                    link.getElement().setAttribute("download", true);
                    downloads.add(link);
                }));
    }
}
