package uk.org.eelga.platform.framework.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.time.Clock;
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
import uk.org.eelga.platform.framework.report.FrameworkHtml;
import uk.org.eelga.platform.framework.report.FrameworkPdf;
import uk.org.eelga.platform.framework.report.FrameworkTaggedPdf;
import uk.org.eelga.platform.framework.report.FrameworkXlsx;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Role;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Confirm;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.NarrowScreens;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.StaffPage;
import uk.org.eelga.tenancy.ui.SuccessMessage;
import uk.org.eelga.tenancy.ui.Tables;

/**
 * The association's framework for a year and period: every measure under its theme, outcome and action with its
 * target, figure and RAG badge; filters by theme, service area and RAG; closing a quarter; PDF and XLSX reports.
 */
@Route("framework")
@PageTitle("Performance framework | EELGA member platform")
@MenuEntry(label = "Performance framework", area = MenuEntry.Area.CONSOLE, order = 50)
@StaffPage
public class FrameworkView extends Page implements BeforeEnterObserver {

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
    /** The accessible version of the report: headings, captions and header cells (the seed-layout PDF is untagged). */
    final Button html = new Button("Prepare accessible HTML report");
    /** The same report as a tagged PDF (PDF/UA): structure, table headers, language and title for screen readers. */
    final Button taggedPdf = new Button("Prepare accessible PDF report");

    final ProgressBar progress = new ProgressBar();
    final HorizontalLayout downloads = new HorizontalLayout();
    /** What closing, reopening or a report did, said beside the buttons (a toast would vanish unread). */
    final ErrorSummary closeErrors = new ErrorSummary();

    final SuccessMessage closeDone = new SuccessMessage();
    final Span status = new Span();
    /** RAG counts per theme for the chosen period: a table with a caption and headers, each count a link. */
    final Div summary = new Div();

    private final Clock clock;
    private List<MeasureRow> rows = List.of();
    private Tree tree;
    private Map<Long, Figure> figures = Map.of();

    private final String platformUrl;

    FrameworkView(
            FrameworkService frameworks,
            PeriodClose periods,
            @io.micronaut.context.annotation.Value("${eelga.oidc.platform-url}") String platformUrl,
            Clock clock) {
        super("Performance framework");
        this.platformUrl = platformUrl;
        this.clock = clock;
        this.frameworks = frameworks;
        this.periods = periods;
        add(new Anchor("framework/new-year", "Start a framework year from an earlier one"));
        add(new Anchor("framework/structure", "Add or remove themes, outcomes, actions and measures"));
        add(new Anchor("framework/import-values", "Import manual values from a CSV or XLSX file"));
        year.setLabel("Framework year");
        year.setItemLabelGenerator(f -> f.year() + " - " + f.title());
        List<FrameworkSummary> allYears = frameworks.frameworks();
        year.setItems(allYears);
        period.setLabel("Period");
        theme.setItemLabelGenerator(t -> t.number() + ". " + t.title());
        theme.setClearButtonVisible(true);
        theme.setPlaceholder("All themes");
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
        HorizontalLayout filters = new HorizontalLayout(year, period, theme, area, rag);
        filters.setWrap(true); // the filters fit the screen: they go onto a second line rather than off the page
        add(filters);
        add(status);
        summary.addClassName("rag-summary");
        add(new H2("RAG by theme"), summary);
        add(new H2("Measures"));

        grid.addColumn(r -> r.action().number())
                .setHeader("No.")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.theme().title()).setHeader("Theme").setAutoWidth(true);
        grid.addColumn(r -> r.action().text()).setHeader("Action").setFlexGrow(3);
        grid.addColumn(r -> r.action().serviceArea().label())
                .setHeader("Service area")
                .setAutoWidth(true);
        // the measure's own words are the link to its page, so the keyboard reaches it as a click does
        grid.addComponentColumn(r -> new Anchor(
                        "framework/measure/" + r.measure().id(), r.measure().description()))
                .setKey("measure")
                .setHeader("Measure")
                .setFlexGrow(2);
        grid.addColumn(r -> r.measure().targetText()).setHeader("Target").setAutoWidth(true);
        grid.addComponentColumn(FrameworkView::figureLink)
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
        NarrowScreens.cards(grid, "Measure", r -> new NarrowScreens.Card(
                        r.action().number() + " " + r.measure().description())
                .row("Theme", r.theme().title())
                .row("Target", r.measure().targetText())
                .row("Figure", figureLink(r))
                .row(
                        "RAG",
                        r.figure().source() == Figure.Source.NOT_DUE
                                ? new Span("Not due")
                                : RagBadge.of(r.figure().rag()))
                .row("Source", r.figure().source().label() + (r.figure().frozen() ? " (closed)" : "")));
        Tables.named(
                grid, "Measures of the framework", "No measures match the year, theme, service area and RAG chosen.");
        grid.setId("measures");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // a measure is read in full, never "Propor…"
        grid.setHeight(null);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> UI.getCurrent()
                .navigate(MeasureView.class, e.getItem().measure().id()));
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
        html.addClickListener(
                e -> prepare("html", () -> FrameworkHtml.render(tree, period.getValue(), figures, platformUrl)));
        taggedPdf.addClickListener(e -> prepare(
                "accessible-pdf", () -> FrameworkTaggedPdf.render(tree, period.getValue(), figures, platformUrl)));
        add(new H2("Close and report"), closeErrors, closeDone, reportButtons(), progress, downloads);

        year.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                List<String> codes = periodsOf(e.getValue());
                period.setItems(codes);
                period.setValue(DefaultPeriod.of(codes, clock));
            }
        });
        period.addValueChangeListener(e -> load());
        theme.addValueChangeListener(e -> filter());
        area.addValueChangeListener(e -> filter());
        rag.addValueChangeListener(e -> filter());
        defaultYear(allYears).ifPresent(year::setValue);
    }

    /** The year the UK is in now if its framework exists, else the latest framework. */
    private java.util.Optional<FrameworkSummary> defaultYear(List<FrameworkSummary> all) {
        String now = ReportingPeriod.thisYear(clock).yearLabel();
        return all.stream()
                .filter(f -> f.year().equals(now))
                .findFirst()
                .or(() -> all.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(all.get(all.size() - 1)));
    }

    /**
     * A count's link opens this page with the year, period, theme and RAG chosen:
     * {@code framework?year=3&period=2026-27+Q3&theme=12&rag=RED}.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        if (query.isEmpty()) {
            return;
        }
        first(query, "year")
                .flatMap(id -> year.getListDataView()
                        .getItems()
                        .filter(f -> String.valueOf(f.id()).equals(id))
                        .findFirst())
                .filter(f -> !f.equals(year.getValue()))
                .ifPresent(year::setValue);
        first(query, "period")
                .filter(p -> period.getListDataView().getItems().anyMatch(p::equals))
                .filter(p -> !p.equals(period.getValue()))
                .ifPresent(period::setValue);
        first(query, "theme")
                .flatMap(id -> theme.getListDataView()
                        .getItems()
                        .filter(t -> String.valueOf(t.id()).equals(id))
                        .findFirst())
                .ifPresentOrElse(theme::setValue, theme::clear);
        first(query, "rag")
                .flatMap(r -> java.util.Arrays.stream(Rag.values())
                        .filter(v -> v.name().equals(r))
                        .findFirst())
                .ifPresentOrElse(rag::setValue, rag::clear);
    }

    private static java.util.Optional<String> first(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).stream().findFirst();
    }

    /** The RAG columns of the summary, in the order a board reads them. */
    static final List<Rag> SUMMARY_ORDER = List.of(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.NOT_RATED);

    /** How many measures of a theme (or of all, {@code null}) have the RAG in the period. */
    long count(Theme of, Rag r) {
        return rows.stream()
                .filter(row -> of == null || row.theme().id() == of.id())
                .filter(row -> row.figure().rag() == r)
                .count();
    }

    /** The summary table: a row per theme and one for all, a column per RAG; words, not colour alone. */
    private void summarise() {
        summary.removeAll();
        Element table = new Element("table");
        Element caption = new Element("caption").setText("Measures by RAG rating for each theme, " + period.getValue());
        table.appendChild(caption);
        Element head = new Element("tr");
        head.appendChild(th("col", "Theme"));
        SUMMARY_ORDER.forEach(r -> head.appendChild(th("col", RagBadge.word(r))));
        head.appendChild(th("col", "Measures"));
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (Theme t : tree.themes()) {
            body.appendChild(summaryRow(t, t.number() + ". " + t.title()));
        }
        body.appendChild(summaryRow(null, "All themes"));
        table.appendChild(body);
        summary.getElement().appendChild(table);
    }

    private Element summaryRow(Theme t, String name) {
        Element row = new Element("tr");
        row.appendChild(th("row", name));
        for (Rag r : SUMMARY_ORDER) {
            long n = count(t, r);
            Element cell = new Element("td");
            cell.setAttribute("data-label", RagBadge.word(r));
            String words = n + " " + RagBadge.word(r);
            if (n == 0) {
                cell.setText(words);
            } else {
                Element link = new Element("a");
                link.setAttribute("href", countLink(t, r));
                link.setText(words);
                // the name starts with the words on screen (WCAG 2.5.3, label in name): "3 Red measures in ..."
                link.setAttribute(
                        "aria-label",
                        words + (n == 1 ? " measure" : " measures") + " in "
                                + (t == null ? "all themes" : "theme " + name) + ": show them");
                link.getClassList().add("rag-count");
                link.getClassList().add("rag-" + r.name().toLowerCase());
                cell.appendChild(link);
            }
            row.appendChild(cell);
        }
        Element total = new Element("td");
        total.setAttribute("data-label", "Measures");
        total.setText(String.valueOf(
                rows.stream().filter(x -> t == null || x.theme().id() == t.id()).count()));
        row.appendChild(total);
        return row;
    }

    String countLink(Theme t, Rag r) {
        Map<String, String> params = new java.util.LinkedHashMap<>();
        params.put("year", String.valueOf(tree.framework().id()));
        params.put("period", period.getValue());
        if (t != null) {
            params.put("theme", String.valueOf(t.id()));
        }
        params.put("rag", r.name());
        return "framework?" + QueryParameters.simple(params).getQueryString() + "#measures";
    }

    private static Element th(String scope, String text) {
        Element th = new Element("th").setText(text);
        th.setAttribute("scope", scope);
        return th;
    }

    /** Closing stands apart from the reports, so it is not pressed by mistake; both rows wrap on a narrow screen. */
    private com.vaadin.flow.component.Component reportButtons() {
        HorizontalLayout close = new HorizontalLayout(closePeriod, reopenPeriod);
        HorizontalLayout reports = new HorizontalLayout(pdf, taggedPdf, html, xlsx);
        close.setWrap(true);
        reports.setWrap(true);
        VerticalLayout both = new VerticalLayout(close, reports);
        both.setPadding(false);
        return both;
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
        summarise();
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

    /** Every figure links to the records behind it (the measure's page for this period). */
    static Anchor figureLink(MeasureRow r) {
        Anchor records = new Anchor(
                FrameworkService.recordsPath(r.measure().id(), r.figure().period()), figureText(r));
        records.getElement().setAttribute("aria-label", figureText(r) + ": the records behind this figure");
        return records;
    }

    static String figureText(MeasureRow r) {
        return r.figure().display(r.measure().type());
    }

    void close() {
        closeErrors.restart(closeDone);
        String closing = period.getValue();
        try {
            periods.close(user, tree.framework().id(), closing);
            closeDone.show(closing + " closed: figures, commentary and evidence are frozen.");
        } catch (IllegalStateException | IllegalArgumentException e) {
            closeErrors.problem(e.getMessage());
            closeErrors.showIfAny();
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
                String reopening = period.getValue();
                periods.reopen(user, tree.framework().id(), reopening, reason.getValue());
                dialog.close();
                closeErrors.restart(closeDone);
                closeDone.show(reopening + " reopened: its figures follow the records again until it is closed.");
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

    static String downloadLabel(String kind) {
        return switch (kind) {
            case "html" -> "accessible HTML report";
            case "accessible-pdf" -> "accessible PDF report";
            default -> kind.toUpperCase();
        };
    }

    /** Builds the report off the request thread while a progress bar shows; the page polls until it is ready. */
    void prepare(String kind, Supplier<byte[]> render) {
        UI ui = UI.getCurrent();
        String name = "framework-" + period.getValue().replace(' ', '-')
                + (kind.equals("accessible-pdf") ? "-accessible.pdf" : "." + kind);
        progress.setVisible(true);
        pdf.setEnabled(false);
        xlsx.setEnabled(false);
        html.setEnabled(false);
        taggedPdf.setEnabled(false);
        ui.setPollInterval(500);
        CompletableFuture.supplyAsync(render)
                .whenComplete((bytes, error) -> ui.access(() -> {
                    progress.setVisible(false);
                    pdf.setEnabled(true);
                    xlsx.setEnabled(true);
                    html.setEnabled(true);
                    taggedPdf.setEnabled(true);
                    ui.setPollInterval(-1);
                    if (error != null) {
                        closeErrors.restart(closeDone);
                        closeErrors.problem("The report could not be prepared. Please try again.");
                        closeErrors.showIfAny();
                        return;
                    }
                    Anchor link = new Anchor(
                            new StreamResource(name, () -> new ByteArrayInputStream(bytes)),
                            "Download " + downloadLabel(kind) + " (" + name + ")");
                    link.getElement().setAttribute("download", true);
                    downloads.add(link);
                }));
    }
}
