package uk.org.eelga.platform.framework.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import uk.org.eelga.platform.framework.Figure;
import uk.org.eelga.platform.framework.Figures;
import uk.org.eelga.platform.framework.FrameworkModel.Measure;
import uk.org.eelga.platform.framework.FrameworkService;
import uk.org.eelga.platform.framework.ManualValue;
import uk.org.eelga.platform.framework.ManualValues;
import uk.org.eelga.platform.framework.TargetType;
import uk.org.eelga.platform.framework.live.EvidenceRow;
import uk.org.eelga.platform.framework.live.LiveMeasureKind;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Role;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.StaffPage;
import uk.org.eelga.tenancy.ui.SuccessMessage;
import uk.org.eelga.tenancy.ui.Tables;
import uk.org.eelga.tenancy.ui.UkDates;

/**
 * One measure: its target and rule, target against actual over the year (chart and table), the records behind
 * a quarter's figure, and for manual measures the entry form and the history of values with their approval.
 */
@Route("framework/measure")
@StaffPage
public class MeasureView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    /** The measure's own words, so that each measure's page is told apart in the browser's tabs and history. */
    @Override
    public String getPageTitle() {
        return (measure == null ? "Measure" : measure.description()) + " | EELGA member platform";
    }

    private final FrameworkService frameworks;
    private final ManualValues manual;
    private final Caller user = Callers.current();
    final Grid<Figure> quarters = new Grid<>();
    final Select<Figure> evidenceFor = new Select<>();
    final Grid<EvidenceRow> evidence = new Grid<>();
    final Grid<ManualValue> history = new Grid<>();
    final Select<String> period = new Select<>();
    final TextField value = limited(new TextField("Value"), 50);
    /** A date measure's value ("Strategy adopted by 31 March 2018"): typed day first, in words once chosen. */
    final DatePicker achievedOn = UkDates.ukDate(new DatePicker("Date achieved"));

    final TextArea commentary = limited(new TextArea("Commentary"), Text.PARAGRAPH);
    final TextArea redNote = limited(new TextArea("Note (required when the value is red)"), Text.PARAGRAPH);
    final TextField link = limited(new TextField("Evidence link (optional)"), Text.URL);
    final Button save = new Button("Submit for approval");
    final ErrorSummary errors = new ErrorSummary(period, value, achievedOn, commentary, redNote, link);
    final SuccessMessage submitted = new SuccessMessage();
    private byte[] file;
    private String fileName;
    private String contentType;
    private Measure measure;
    Figure requested;

    MeasureView(FrameworkService frameworks, ManualValues manual) {
        this.frameworks = frameworks;
        this.manual = manual;
    }

    /** Computed, from which records; or typed in, and why the platform cannot compute it. */
    private String howFound(Measure m) {
        if (m.isLive()) {
            return "Computed from the platform's records: "
                    + frameworks.kinds().stream()
                            .filter(k -> k.code().equals(m.liveKind()))
                            .map(LiveMeasureKind::title)
                            .findFirst()
                            .orElse("a kind of record this version no longer computes")
                    + ".";
        }
        return m.manualReason() == null
                ? "Typed in by staff. No one has yet written why the platform cannot compute it."
                : "Typed in by staff: the platform cannot compute it. " + m.manualReason();
    }

    @Override
    public void setParameter(BeforeEvent event, Long measureId) {
        measure = frameworks.measure(measureId).orElseThrow(NotFoundException::new);
        removeAll();
        add(new H1(measure.description()));
        add(new Anchor("framework/measure-edit/" + measure.id(), "Change this measure"));
        add(new Paragraph("Target: " + measure.targetText()
                + (measure.tolerance().signum() > 0
                        ? " (amber within "
                                + measure.tolerance().stripTrailingZeros().toPlainString() + ")"
                        : "")
                + ". Monitoring: " + measure.frequency()
                + (measure.dataSource() == null ? "" : ", from " + measure.dataSource())
                + (measure.owner() == null ? "" : ". Owner: " + measure.owner())
                + (measure.baselineNote() == null ? "" : ". " + measure.baselineNote())
                + "."));
        add(new Paragraph(howFound(measure)));

        List<Figure> series = new java.util.ArrayList<>(frameworks.overTime(user, measureId));
        // a figure elsewhere (the framework page, the API, a report) links here with its period: show its records
        requested = event.getLocation().getQueryParameters().getParameters().getOrDefault("period", List.of()).stream()
                .findFirst()
                .flatMap(code -> {
                    try {
                        return java.util.Optional.of(ReportingPeriod.parse(code));
                    } catch (IllegalArgumentException e) {
                        return java.util.Optional.empty();
                    }
                })
                .map(p -> series.stream()
                        .filter(f -> f.period().equals(p.label()))
                        .findFirst()
                        .orElseGet(() -> frameworks.figure(user, measureId, p)))
                .orElse(null);
        List<Figure> periods = new java.util.ArrayList<>(series);
        if (requested != null && !series.contains(requested)) {
            periods.add(requested);
        }
        add(new H2("Target against actual"));
        add(TargetChart.of(measure, series));
        quarters.addColumn(Figure::period).setHeader("Period");
        quarters.addColumn(f -> f.display(measure.type())).setHeader("Figure");
        quarters.addComponentColumn(f -> RagBadge.of(f.rag())).setHeader("RAG");
        quarters.addColumn(f -> f.numerator() == null || f.denominator() == null || f.denominator() == 0
                        ? ""
                        : f.numerator() + " of " + f.denominator())
                .setHeader("Counted");
        quarters.addColumn(f -> f.source().label() + (f.frozen() ? " (closed)" : ""))
                .setHeader("Source");
        quarters.addColumn(f -> f.commentary() == null ? "" : f.commentary()).setHeader("Commentary");
        quarters.setItems(series);
        quarters.setAllRowsVisible(true);
        Tables.named(quarters, "Figures by quarter", "No figures for this measure yet.");
        add(quarters);

        if (measure.isLive()) {
            add(new H2("Records behind the figure"));
            evidenceFor.setLabel("Period");
            evidenceFor.setItemLabelGenerator(f -> f.period() + ": " + f.display(measure.type()));
            evidenceFor.setItems(periods);
            evidence.addColumn(EvidenceRow::label).setHeader("Record");
            evidence.addColumn(EvidenceRow::detail).setHeader("Detail");
            evidence.addColumn(r -> r.counted() ? "Counted" : "Not counted").setHeader("Counts towards the figure");
            Tables.named(evidence, "Records behind the figure", "No records behind the figure for this period.");
            evidenceFor.addValueChangeListener(e -> evidence.setItems(
                    e.getValue() == null ? List.of() : e.getValue().evidence()));
            evidenceFor.setValue(requested != null ? requested : series.get(series.size() - 1));
            add(evidenceFor, evidence);
        } else {
            addEntryForm(series);
        }
    }

    private void addEntryForm(List<Figure> series) {
        add(new H2("Enter a value"), errors, submitted);
        period.setLabel("Period");
        // the whole year as well as its quarters: a yearly measure ("Annual") is entered for the year, where the
        // year's figure reads it, and is offered first
        String year = ReportingPeriod.parse(series.get(0).period()).wholeYear().label();
        List<String> quarterLabels = series.stream().map(Figure::period).toList();
        boolean yearly =
                measure.frequency() != null && measure.frequency().toLowerCase().contains("annual");
        List<String> choices = new java.util.ArrayList<>();
        if (yearly) {
            choices.add(year);
        }
        choices.addAll(quarterLabels);
        if (!yearly && !quarterLabels.contains(year)) {
            choices.add(year);
        }
        period.setItems(choices);
        period.setValue(choices.get(0));
        commentary.setWidthFull();
        redNote.setWidthFull();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            file = data;
            fileName = metadata.fileName();
            contentType = metadata.contentType();
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ManualValues.MAX_FILE_BYTES);
        upload.getElement().setAttribute("aria-label", "Evidence file (optional)");
        save.addClickListener(e -> save());
        boolean dated = measure.type() == TargetType.DATE;
        value.setVisible(!dated);
        achievedOn.setVisible(dated);
        add(
                new HorizontalLayout(period, value, achievedOn),
                commentary,
                redNote,
                link,
                new Paragraph("Evidence file (optional, up to 10 MB):"),
                upload,
                save);

        add(new H2("Values entered"));
        history.addColumn(ManualValue::period).setHeader("Period");
        history.addColumn(v -> v.value() != null
                        ? Figures.format(measure.type(), v.value())
                        : v.valueDate() != null ? UkTime.date(v.valueDate()) : "")
                .setKey("value")
                .setHeader("Value");
        history.addComponentColumn(v -> RagBadge.of(v.rag())).setHeader("RAG");
        history.addColumn(v -> v.commentary() + (v.redNote() == null ? "" : " Note: " + v.redNote()))
                .setHeader("Commentary");
        history.addComponentColumn(v -> v.evidenceLink() == null
                        ? new Paragraph(v.evidenceFileName() == null ? "" : v.evidenceFileName())
                        : new Anchor(v.evidenceLink(), "Evidence link"))
                .setHeader("Evidence");
        history.addColumn(v -> v.status().name().charAt(0)
                        + v.status().name().substring(1).toLowerCase() + " (" + v.enteredBy()
                        + (v.decidedBy() == null ? "" : ", decided by " + v.decidedBy()) + ")")
                .setHeader("Status");
        if (user.roles().contains(Role.ASSOCIATION_ADMIN)) {
            history.addComponentColumn(v -> {
                        HorizontalLayout actions = new HorizontalLayout();
                        if (v.status() == ManualValue.Status.PENDING) {
                            actions.add(
                                    new Button("Accept", e -> decide(() -> manual.accept(user, v.id()))),
                                    new Button("Reject", e -> decide(() -> manual.reject(user, v.id()))));
                        }
                        return actions;
                    })
                    .setHeader("Approval");
        }
        history.setAllRowsVisible(true);
        Tables.named(history, "Values entered for this measure", "No values entered for this measure yet.");
        history.setItems(manual.history(measure.id()));
        add(history);
    }

    /** The period a link asked for (null without one). */
    String requestedPeriod() {
        return requested == null ? null : requested.period();
    }

    Grid<EvidenceRow> evidenceGrid() {
        return evidence;
    }

    /**
     * Submits the value for an admin's approval. Every problem is listed at once in the error summary and said at its
     * field; what was typed stays, so nothing is lost.
     */
    void save() {
        errors.restart(submitted);
        if (measure.type() == TargetType.DATE) {
            errors.optionalDate(achievedOn);
        }
        if (errors.showIfAny()) {
            return;
        }
        String forPeriod = period.getValue();
        try {
            manual.enter(
                    user,
                    new ManualValues.Entry(
                            measure.id(),
                            forPeriod,
                            value.getValue(),
                            achievedOn.getValue(),
                            commentary.getValue(),
                            redNote.getValue(),
                            link.getValue(),
                            fileName,
                            contentType,
                            file));
        } catch (ManualValues.InvalidEntry e) {
            e.atFields().forEach(problem -> {
                switch (problem.field() == null ? "" : problem.field()) {
                    case "period" -> errors.add(period, problem.message());
                    case "value" -> {
                        if (measure.type() == TargetType.DATE) {
                            errors.add(achievedOn, problem.message());
                        } else {
                            errors.add(value, problem.message());
                        }
                    }
                    case "commentary" -> errors.add(commentary, problem.message());
                    case "note" -> errors.add(redNote, problem.message());
                    case "link" -> errors.add(link, problem.message());
                    default -> errors.problem(problem.message());
                }
            });
            errors.showIfAny();
            return;
        }
        submitted.show("Value for " + forPeriod + " submitted: an association admin will review it.");
        value.clear();
        achievedOn.clear();
        commentary.clear();
        redNote.clear();
        link.clear();
        file = null;
        history.setItems(manual.history(measure.id()));
    }

    private void decide(Runnable decision) {
        errors.restart(submitted);
        try {
            decision.run();
        } catch (IllegalStateException | SecurityException e) {
            errors.problem(e.getMessage());
            errors.showIfAny();
        }
        history.setItems(manual.history(measure.id()));
    }
}
