package uk.org.eelga.platform.billing.ui;

import static uk.org.eelga.tenancy.ui.UkDates.ukDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.Comparator;
import java.util.Map;
import uk.org.eelga.platform.billing.MembershipPaidOnPaper;
import uk.org.eelga.shared.Money;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilSummary;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.FieldLimits;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.StaffPage;
import uk.org.eelga.tenancy.ui.SuccessMessage;

/**
 * A year's membership a council paid before the platform, entered from the ledger, so that year's "membership
 * invoices paid" figure is true to the records: the council's invoice for the year's fee, marked paid and saying who
 * entered it from what.
 */
@Route("console/membership-paid")
@PageTitle("Membership paid before the platform | EELGA console")
@StaffPage
@MenuEntry(label = "Membership paid before the platform", area = MenuEntry.Area.CONSOLE, order = 42)
public class MembershipPaidView extends Page {

    final ComboBox<CouncilSummary> council = new ComboBox<>("Council");
    final TextField year = FieldLimits.limited(new TextField("Financial year (like 2017-18)"), 7);
    final DatePicker paidOn = ukDate(new DatePicker("Date paid"));
    final TextField source = FieldLimits.limited(new TextField("Where the payment is recorded"), Text.NAME);
    final Button enter = new Button("Enter as paid");
    final ErrorSummary errors = new ErrorSummary(council, year, paidOn, source);
    final SuccessMessage entered = new SuccessMessage();

    private final MembershipPaidOnPaper payments;
    private final Caller staff = Callers.current();

    MembershipPaidView(MembershipPaidOnPaper payments, CouncilDirectory councils) {
        super(
                "Membership paid before the platform",
                "Enter a year's membership subscription that a council paid before the platform billed it, from the"
                        + " association's ledger. The council's invoice for that year's fee (Membership fees) is"
                        + " entered as paid on the day given, and says who entered it and from what.");
        this.payments = payments;
        council.setItems(councils.all().stream()
                .sorted(Comparator.comparing(CouncilSummary::name))
                .toList());
        council.setItemLabelGenerator(CouncilSummary::name);
        council.setWidth("24em");
        source.setHelperText("For example, the 2017-18 sales ledger");
        source.setWidth("24em");
        enter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enter.addClickListener(e -> enter());
        add(errors, entered, council, year, paidOn, source, enter);
    }

    void enter() {
        errors.restart(entered);
        errors.required(council, "Choose the council");
        if (!errors.required(year, "Enter the financial year, like 2017-18")
                && !year.getValue().strip().matches("[0-9]{4}-[0-9]{2}")) {
            errors.add(year, "Enter the financial year like 2017-18");
        }
        errors.required(paidOn, "Enter the date it was paid");
        errors.required(source, "Say where the payment is recorded");
        errors.tryIfNone(
                () -> {
                    MembershipPaidOnPaper.Entered done = payments.enter(
                            staff,
                            TenantId.of(council.getValue().id()),
                            year.getValue().strip(),
                            paidOn.getValue(),
                            source.getValue());
                    entered.show(done.councilName() + "'s " + done.financialYear() + " membership ("
                            + Money.format(done.totalPence()) + ") is entered as paid on "
                            + UkTime.date(paidOn.getValue()) + ".");
                    council.clear();
                    paidOn.clear();
                },
                Map.of("no-fee", year, "already-invoiced", council, "invalid", paidOn));
    }
}
