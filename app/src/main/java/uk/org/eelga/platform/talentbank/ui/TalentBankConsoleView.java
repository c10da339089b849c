package uk.org.eelga.platform.talentbank.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;
import static uk.org.eelga.tenancy.ui.UkDates.ukDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import uk.org.eelga.platform.billing.InvalidAmount;
import uk.org.eelga.platform.talentbank.Pricing;
import uk.org.eelga.platform.talentbank.QuoteTerms;
import uk.org.eelga.platform.talentbank.RequestRefused;
import uk.org.eelga.platform.talentbank.RequestStatus;
import uk.org.eelga.platform.talentbank.TalentBankCatalogue;
import uk.org.eelga.platform.talentbank.TalentBankDesk;
import uk.org.eelga.platform.talentbank.TalentBankFigures;
import uk.org.eelga.shared.Money;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Choices;
import uk.org.eelga.tenancy.ui.FormRow;
import uk.org.eelga.tenancy.ui.NarrowScreens;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.StaffPage;
import uk.org.eelga.tenancy.ui.Tables;

/**
 * The association's Talent Bank desk: the pipeline by status; for the chosen request, quote, assign an
 * associate, log delivered days and invoice; and gross profit by area and year against target.
 */
@Route("console/talent-bank")
@PageTitle("Talent Bank | EELGA console")
@MenuEntry(label = "Talent Bank", area = MenuEntry.Area.CONSOLE, order = 30)
@StaffPage
public class TalentBankConsoleView extends Page {

    static final String ALL = "All statuses";

    final Select<String> statusFilter = new Select<>();
    final Grid<TalentBankDesk.PipelineRow> pipeline = new Grid<>(TalentBankDesk.PipelineRow.class, false);
    final Paragraph chosen = new Paragraph("Choose a request in the pipeline to work on it.");
    final Paragraph message = new Paragraph();
    final Select<Pricing> pricing =
            Choices.select("Pricing", p -> p == Pricing.DAY_RATE ? "Days × day rate" : "Fixed price", Pricing.values());
    final TextField days = limited(new TextField("Days"), 30);
    final TextField dayRate = limited(new TextField("Day rate (£)"), 30);
    final TextField fixed = limited(new TextField("Fixed price (£)"), 30);
    final DatePicker expiresOn = ukDate(new DatePicker("Quote valid until"));
    final Button quote = new Button("Send quote");
    final Select<TalentBankCatalogue.AssociateSummary> associate = new Select<>();
    final TextField plannedDays = limited(new TextField("Planned days"), 30);
    final DatePicker startsOn = ukDate(new DatePicker("Starts"));
    final Button assign = new Button("Assign");
    final DatePicker deliveredOn = ukDate(new DatePicker("Delivered on"));
    final TextField deliveredDays = limited(new TextField("Days delivered"), 30);
    final Button logDelivery = new Button("Log delivery");
    final DatePicker dueOn = ukDate(new DatePicker("Invoice due"));
    final Button invoice = new Button("Invoice");
    final Grid<TalentBankFigures.AreaYear> figures = new Grid<>(TalentBankFigures.AreaYear.class, false);
    final VerticalLayout yearTotals = new VerticalLayout();

    private final TalentBankDesk desk;
    private final TalentBankFigures figuresService;
    private final Clock clock;
    private final Caller staff = Callers.current();
    private List<TalentBankDesk.PipelineRow> rows = List.of();

    TalentBankConsoleView(
            TalentBankDesk desk, TalentBankCatalogue catalogue, TalentBankFigures figuresService, Clock clock) {
        super("Talent Bank");
        this.desk = desk;
        this.figuresService = figuresService;
        this.clock = clock;
        statusFilter.setLabel("Status");
        List<String> statuses = new ArrayList<>(List.of(ALL));
        for (RequestStatus s : RequestStatus.values()) {
            statuses.add(s.label());
        }
        statusFilter.setItems(statuses);
        statusFilter.setValue(ALL);
        statusFilter.addValueChangeListener(e -> showPipeline());
        pipeline.addColumn(TalentBankDesk.PipelineRow::councilName)
                .setHeader("Council")
                .setAutoWidth(true);
        pipeline.addColumn(r -> r.request().serviceName()).setHeader("Service").setAutoWidth(true);
        pipeline.addColumn(r -> r.request().scope()).setHeader("Scope").setFlexGrow(2);
        pipeline.addColumn(r -> r.request().statusLabel()).setHeader("Status").setKey("status");
        pipeline.addColumn(r -> r.request().quote() == null
                        ? ""
                        : Money.format(r.request().quote().amountPence()))
                .setHeader("Quote");
        NarrowScreens.cards(
                pipeline, "Request", r -> new NarrowScreens.Card(r.request().serviceName())
                        .row("Council", r.councilName())
                        .row("Scope", r.request().scope())
                        .row("Status", r.request().statusLabel())
                        .row(
                                "Quote",
                                r.request().quote() == null
                                        ? ""
                                        : Money.format(r.request().quote().amountPence())));
        pipeline.setAllRowsVisible(true);
        Tables.named(pipeline, "Talent Bank pipeline", "No Talent Bank requests with the status chosen.");
        pipeline.asSingleSelect().addValueChangeListener(e -> choose(e.getValue()));
        add(new H2("Pipeline"), statusFilter, pipeline);

        pricing.setValue(Pricing.DAY_RATE);
        expiresOn.setValue(LocalDate.now(UkTime.ZONE).plusDays(30));
        associate.setLabel("Associate");
        associate.setItems(catalogue.associates());
        associate.setItemLabelGenerator(
                a -> a.name() + " (" + a.areaName() + ", charge " + Money.format(a.chargeDayRatePence()) + "/day)");
        startsOn.setValue(LocalDate.now(UkTime.ZONE));
        deliveredOn.setValue(LocalDate.now(UkTime.ZONE));
        dueOn.setValue(LocalDate.now(UkTime.ZONE).plusDays(30));
        message.getElement().setAttribute("role", "status");
        quote.addClickListener(click -> act(() -> desk.quote(
                        staff,
                        council(),
                        requestId(),
                        new QuoteTerms(
                                pricing.getValue(),
                                pricing.getValue() == Pricing.DAY_RATE ? number("Days", days.getValue()) : null,
                                pricing.getValue() == Pricing.DAY_RATE
                                        ? InvalidAmount.parsePounds("Day rate", dayRate.getValue())
                                        : null,
                                pricing.getValue() == Pricing.FIXED
                                        ? InvalidAmount.parsePounds("Fixed price", fixed.getValue())
                                        : null,
                                expiresOn.getValue()))
                .statusLabel()));
        assign.addClickListener(click -> act(() -> desk.assign(
                        staff,
                        council(),
                        requestId(),
                        associateId(),
                        number("Planned days", plannedDays.getValue()),
                        startsOn.getValue())
                .statusLabel()));
        logDelivery.addClickListener(click -> act(() -> desk.logDelivery(
                        staff,
                        council(),
                        requestId(),
                        associateId(),
                        deliveredOn.getValue(),
                        number("Days delivered", deliveredDays.getValue()))
                .statusLabel()));
        invoice.addClickListener(click -> act(() -> "Invoiced "
                + Money.format(desk.invoice(staff, council(), requestId(), dueOn.getValue())
                        .totalPence())));
        add(
                new H2("Work on a request"),
                chosen,
                message,
                new H3("Quote"),
                FormRow.of(pricing, days, dayRate, fixed, expiresOn, quote),
                new H3("Assign and schedule"),
                FormRow.of(associate, plannedDays, startsOn, assign),
                new H3("Delivery"),
                FormRow.of(deliveredOn, deliveredDays, logDelivery),
                new H3("Invoice"),
                FormRow.of(dueOn, invoice));

        figures.addColumn(TalentBankFigures.AreaYear::financialYear).setHeader("Year");
        figures.addColumn(TalentBankFigures.AreaYear::areaName)
                .setHeader("Area")
                .setAutoWidth(true);
        figures.addColumn(f -> Money.format(f.turnoverPence())).setHeader("Turnover");
        figures.addColumn(f -> Money.format(f.associateCostPence())).setHeader("Associate cost");
        figures.addColumn(f -> Money.format(f.grossProfitPence())).setHeader("Gross profit");
        figures.addColumn(f -> f.deliveries().size()).setHeader("Deliveries");
        figures.setAllRowsVisible(true);
        Tables.named(figures, "Gross profit by area and year", "No Talent Bank work delivered yet.");
        add(new H2("Figures by area and year"), yearTotals, figures);
        refresh();
        choose(null);
    }

    private void choose(TalentBankDesk.PipelineRow row) {
        RequestStatus status = row == null ? null : row.request().status();
        chosen.setText(
                row == null
                        ? "Choose a request in the pipeline to work on it."
                        : row.councilName() + ": " + row.request().serviceName() + " ("
                                + row.request().statusLabel() + ")");
        quote.setEnabled(status == RequestStatus.REQUESTED
                || status == RequestStatus.QUOTED
                || status == RequestStatus.DECLINED);
        assign.setEnabled(status == RequestStatus.ACCEPTED || status == RequestStatus.SCHEDULED);
        logDelivery.setEnabled(status == RequestStatus.SCHEDULED || status == RequestStatus.DELIVERED);
        invoice.setEnabled(status == RequestStatus.DELIVERED);
    }

    private void act(Supplier<String> step) {
        try {
            message.setText("Done: " + step.get() + ".");
            refresh();
        } catch (InvalidAmount | RequestRefused e) {
            message.setText(e.getMessage());
        }
    }

    private TalentBankDesk.PipelineRow selected() {
        TalentBankDesk.PipelineRow row = pipeline.asSingleSelect().getValue();
        if (row == null) {
            throw new RequestRefused("Choose a request in the pipeline first");
        }
        return row;
    }

    private TenantId council() {
        return TenantId.of(selected().request().councilId());
    }

    private long requestId() {
        return selected().request().id();
    }

    private long associateId() {
        if (associate.getValue() == null) {
            throw new RequestRefused("Choose an associate");
        }
        return associate.getValue().id();
    }

    static BigDecimal number(String field, String text) {
        try {
            BigDecimal value = new BigDecimal(text == null ? "" : text.trim());
            if (value.signum() <= 0) {
                throw new InvalidAmount(field + " must be more than 0");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidAmount(field + " must be a number of days, like 2 or 2.5");
        }
    }

    private void refresh() {
        long selected = pipeline.asSingleSelect().getValue() == null
                ? -1
                : pipeline.asSingleSelect().getValue().request().id();
        rows = desk.pipeline(staff);
        showPipeline();
        rows.stream().filter(r -> r.request().id() == selected).findFirst().ifPresent(r -> {
            pipeline.asSingleSelect().setValue(r);
            choose(r);
        });
        List<TalentBankFigures.Year> years = figuresService.grossProfitByAreaAndYear(staff);
        yearTotals.removeAll();
        for (TalentBankFigures.Year y : years) {
            yearTotals.add(new Paragraph(yearLine(y, UkTime.today(clock))));
        }
        figures.setItems(years.stream().flatMap(y -> y.areas().stream()).toList());
    }

    /**
     * "2018-19: turnover £…, associate cost £…, gross profit £… against a target of £…: target met"; a year not yet
     * over has not failed its target ("not yet met"), and a year without one says where targets are set.
     */
    static String yearLine(TalentBankFigures.Year y, LocalDate today) {
        String figures = y.financialYear() + ": turnover " + Money.format(y.turnoverPence()) + ", associate cost "
                + Money.format(y.associateCostPence()) + ", gross profit " + Money.format(y.grossProfitPence());
        if (y.targetPence() == null) {
            return figures + " (no target set: targets are set on the Talent Bank targets page)";
        }
        boolean over = ReportingPeriod.parse(y.financialYear()).end().isBefore(today);
        return figures + " against a target of " + Money.format(y.targetPence()) + ": target "
                + (y.targetMet().orElse(false) ? "met" : over ? "not met" : "not yet met");
    }

    private void showPipeline() {
        String filter = statusFilter.getValue();
        pipeline.setItems(rows.stream()
                .filter(r -> ALL.equals(filter) || r.request().statusLabel().equals(filter))
                .toList());
    }
}
