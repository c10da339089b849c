package uk.org.eelga.platform.talentbank.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.org.eelga.platform.talentbank.TalentBankFigures;
import uk.org.eelga.platform.talentbank.TalentBankReference;
import uk.org.eelga.platform.talentbank.TalentBankReference.AreaRow;
import uk.org.eelga.platform.talentbank.TalentBankTargets;
import uk.org.eelga.platform.talentbank.TalentBankTargets.Target;
import uk.org.eelga.shared.Money;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Choices;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.FieldLimits;
import uk.org.eelga.tenancy.ui.NarrowScreens;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.StaffPage;
import uk.org.eelga.tenancy.ui.SuccessMessage;
import uk.org.eelga.tenancy.ui.Tables;

/**
 * The Talent Bank's gross-profit targets by financial year, for the whole bank or an area, beside the gross profit
 * delivered that year: the Talent Bank page says of each year whether its target was met.
 */
@Route("console/talent-bank/targets")
@PageTitle("Talent Bank targets | EELGA console")
@StaffPage
@MenuEntry(label = "Talent Bank targets", area = MenuEntry.Area.CONSOLE, order = 33)
public class TalentBankTargetsView extends Page {

    static final AreaRow WHOLE_BANK = new AreaRow("", "The whole Talent Bank");

    final TextField year = new TextField("Financial year (like 2026-27)");
    final Select<AreaRow> area;
    final TextField target = new TextField("Gross-profit target (£)");
    final Button save = new Button("Save target");
    final Button remove = new Button("Remove the chosen target");
    final ErrorSummary errors;
    final SuccessMessage saved = new SuccessMessage();
    final Grid<Target> targets = new Grid<>(Target.class, false);

    private final TalentBankTargets service;
    private final TalentBankFigures figures;
    private final Clock clock;
    private final Caller staff = Callers.current();
    private List<TalentBankFigures.Year> years = List.of();

    TalentBankTargetsView(
            TalentBankTargets service, TalentBankReference reference, TalentBankFigures figures, Clock clock) {
        super(
                "Talent Bank targets",
                "A gross-profit target for a financial year, for the whole Talent Bank or one of its areas. Gross"
                        + " profit is what councils are charged for the days delivered less what the associates"
                        + " are paid for them.");
        this.service = service;
        this.figures = figures;
        this.clock = clock;
        List<AreaRow> choices = new ArrayList<>(List.of(WHOLE_BANK));
        choices.addAll(reference.areas());
        area = Choices.select("Covers", AreaRow::name, choices.toArray(AreaRow[]::new));
        area.setValue(WHOLE_BANK);
        area.setWidth("24em");
        errors = new ErrorSummary(year, area, target);
        FieldLimits.limited(year, 7);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        remove.setEnabled(false);
        remove.addClickListener(e -> remove());
        targets.addSelectionListener(e -> {
            e.getFirstSelectedItem().ifPresent(this::fill);
            remove.setEnabled(e.getFirstSelectedItem().isPresent());
        });
        NarrowScreens.TextColumns<Target> columns = NarrowScreens.textColumns(targets);
        columns.add("Year", Target::financialYear);
        columns.add("Covers", Target::areaName);
        columns.add("Target", t -> Money.format(t.grossProfitPence()));
        columns.add("Gross profit delivered", t -> delivered(years, t, UkTime.today(clock)))
                .setKey("delivered");
        columns.cards("Target", t -> t.financialYear() + ", " + t.areaName());
        targets.setAllRowsVisible(true);
        Tables.named(targets, "Gross-profit targets by year", "No Talent Bank targets set yet.");
        add(
                new H2("Set or correct a target"),
                new Paragraph("To correct or remove a target, choose it in the list below or enter its year and what"
                        + " it covers again."),
                errors,
                year,
                area,
                target,
                save,
                remove,
                saved,
                new H2("Targets"),
                targets);
        refresh();
    }

    void save() {
        errors.restart(saved);
        if (!year.getValue().strip().matches("[0-9]{4}-[0-9]{2}")) {
            errors.add(year, "Enter the financial year like 2026-27");
        }
        errors.required(area, "Choose what the target covers");
        Long pence = errors.pence(target, "The target");
        errors.tryIfNone(
                () -> {
                    Target set = service.set(
                            staff,
                            year.getValue().strip(),
                            new TalentBankTargets.TargetDraft(area.getValue().id(), pence));
                    saved.show("Saved: the " + set.financialYear() + " gross-profit target for " + covers(set) + " is "
                            + Money.format(set.grossProfitPence()) + ".");
                    refresh();
                },
                Map.of("invalid-year", year, "invalid-area", area, "invalid-target", target));
    }

    void remove() {
        errors.restart(saved);
        Target chosen = targets.asSingleSelect().getValue();
        if (chosen == null) {
            return;
        }
        errors.tryIfNone(() -> {
            service.remove(staff, chosen.financialYear(), chosen.areaId());
            saved.show(
                    "Removed: " + chosen.financialYear() + " has no gross-profit target for " + covers(chosen) + ".");
            refresh();
        });
    }

    private void fill(Target chosen) {
        year.setValue(chosen.financialYear());
        area.setValue(area.getListDataView()
                .getItems()
                .filter(a -> a.id().equals(Objects.requireNonNullElse(chosen.areaId(), "")))
                .findFirst()
                .orElse(WHOLE_BANK));
        target.setValue(BigDecimal.valueOf(chosen.grossProfitPence(), 2).toPlainString());
    }

    private void refresh() {
        years = figures.grossProfitByAreaAndYear(staff);
        targets.setItems(service.targets());
        remove.setEnabled(false);
    }

    /**
     * "£180,000.00 (target met)"; "£40,000.00 so far" in a year not yet over (a target is judged on the whole
     * year); or that nothing was delivered (no figure, not £0): the figure the target is judged against.
     */
    static String delivered(List<TalentBankFigures.Year> years, Target target, LocalDate today) {
        Optional<Long> profit = years.stream()
                .filter(y -> y.financialYear().equals(target.financialYear()))
                .findFirst()
                .flatMap(y -> y.grossProfitOf(target.areaId()));
        boolean over = ReportingPeriod.parse(target.financialYear()).end().isBefore(today);
        if (profit.isEmpty()) {
            return over ? "No work delivered that year" : "No work delivered yet";
        }
        boolean met = profit.get() >= target.grossProfitPence();
        if (!over) {
            return Money.format(profit.get()) + " so far" + (met ? " (target met)" : "");
        }
        return Money.format(profit.get()) + (met ? " (target met)" : " (target not met)");
    }

    private static String covers(Target target) {
        return target.areaId() == null ? "the whole Talent Bank" : target.areaName();
    }
}
