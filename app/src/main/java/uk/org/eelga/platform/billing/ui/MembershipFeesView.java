package uk.org.eelga.platform.billing.ui;

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
import uk.org.eelga.platform.billing.MembershipFees;
import uk.org.eelga.platform.billing.MembershipFees.Fee;
import uk.org.eelga.shared.Money;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.council.CouncilKind;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Choices;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.FieldLimits;
import uk.org.eelga.tenancy.ui.NarrowScreens;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.StaffPage;
import uk.org.eelga.tenancy.ui.SuccessMessage;
import uk.org.eelga.tenancy.ui.Tables;

/** Membership fees per kind of council and financial year: what the annual membership invoicing run bills. */
@Route("console/membership-fees")
@PageTitle("Membership fees | EELGA console")
@StaffPage
@MenuEntry(label = "Membership fees", area = MenuEntry.Area.CONSOLE, order = 41)
public class MembershipFeesView extends Page {

    final TextField year = new TextField("Financial year (like 2017-18)");
    final Select<CouncilKind> kind = Choices.select("Kind of council", CouncilKind::label, CouncilKind.values());
    final TextField fee = new TextField("Annual fee (£)");
    final TextField vat = new TextField("VAT rate (%)");
    final Button save = new Button("Save fee");
    final ErrorSummary errors = new ErrorSummary(year, kind, fee, vat);
    final SuccessMessage saved = new SuccessMessage();
    final Grid<Fee> fees = new Grid<>(Fee.class, false);

    private final MembershipFees membershipFees;
    private final Caller staff = Callers.current();

    MembershipFeesView(MembershipFees membershipFees) {
        super(
                "Membership fees",
                "The annual membership invoicing run (Invoices) bills each active council the fee of its"
                        + " kind for the year. A kind without a fee is reported and nobody of that kind is billed.");
        this.membershipFees = membershipFees;
        FieldLimits.limited(year, 7);
        vat.setValue("0");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        NarrowScreens.TextColumns<Fee> columns = NarrowScreens.textColumns(fees);
        columns.add("Year", Fee::financialYear);
        columns.add("Kind of council", f -> f.councilKind().label());
        columns.add("Fee", f -> Money.format(f.feePence()));
        columns.add("VAT", f -> f.vatRate().stripTrailingZeros().toPlainString() + "%");
        columns.add(
                "State", f -> f.invoiced() ? "Invoiced: kept as it was billed" : "Not invoiced yet: can be corrected");
        columns.cards("Fee", f -> f.financialYear() + " " + f.councilKind().label());
        fees.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::fill));
        fees.setAllRowsVisible(true);
        Tables.named(fees, "Membership fees by year and kind of council", "No membership fees set yet.");
        add(
                new H2("Set or correct a fee"),
                new Paragraph("To correct a fee, choose it in the list below or enter its year and kind again. A fee"
                        + " councils have already been invoiced with cannot be changed."),
                errors,
                year,
                kind,
                fee,
                vat,
                save,
                saved,
                new H2("Fees"),
                fees);
        fees.setItems(membershipFees.fees(null));
    }

    void save() {
        errors.restart(saved);
        if (!year.getValue().strip().matches("[0-9]{4}-[0-9]{2}")) {
            errors.add(year, "Enter the financial year like 2017-18");
        }
        errors.required(kind, "Choose the kind of council");
        Long pence = errors.pence(fee, "The fee");
        BigDecimal rate = vatRate();
        errors.tryIfNone(
                () -> {
                    boolean known = membershipFees.fees(null).stream()
                            .anyMatch(f ->
                                    f.financialYear().equals(year.getValue().strip())
                                            && f.councilKind() == kind.getValue());
                    Fee set = membershipFees.set(
                            staff, year.getValue().strip(), kind.getValue(), new MembershipFees.FeeDraft(pence, rate));
                    saved.show((known ? "Corrected: " : "Saved: ")
                            + set.councilKind().label() + " councils pay " + Money.format(set.feePence()) + " for "
                            + set.financialYear() + ".");
                    fees.setItems(membershipFees.fees(null));
                },
                java.util.Map.of("invalid-fee", fee, "fee-invoiced", fee, "invalid-vat", vat, "invalid-year", year));
    }

    private void fill(Fee chosen) {
        year.setValue(chosen.financialYear());
        kind.setValue(chosen.councilKind());
        fee.setValue(java.math.BigDecimal.valueOf(chosen.feePence(), 2).toPlainString());
        vat.setValue(chosen.vatRate().stripTrailingZeros().toPlainString());
    }

    /** The VAT rate typed, as a number ("20" or "20%"); when it is not one, marks the field and gives null. */
    private BigDecimal vatRate() {
        try {
            BigDecimal rate = new BigDecimal(vat.getValue().strip().replace("%", ""));
            if (rate.signum() < 0
                    || rate.compareTo(BigDecimal.valueOf(100)) > 0
                    || rate.stripTrailingZeros().scale() > 2) {
                // said with the form's other problems, not only once they are put right
                errors.add(vat, "The VAT rate is a percentage from 0 to 100, at most two decimals");
                return null;
            }
            return rate;
        } catch (NumberFormatException e) {
            errors.add(vat, "Enter the VAT rate as a number, like 0 or 20");
            return null;
        }
    }
}
