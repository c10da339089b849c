package uk.org.eelga.platform.talentbank.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;
import static uk.org.eelga.tenancy.ui.UkDates.ukDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.stream.Collectors;
import uk.org.eelga.platform.talentbank.TalentBankAreas;
import uk.org.eelga.platform.talentbank.TalentBankReference;
import uk.org.eelga.platform.talentbank.TalentBankReference.AreaRow;
import uk.org.eelga.platform.talentbank.TalentBankReference.AssociateRow;
import uk.org.eelga.platform.talentbank.TalentBankReference.ServiceRow;
import uk.org.eelga.shared.Money;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.StaffPage;
import uk.org.eelga.tenancy.ui.SuccessMessage;
import uk.org.eelga.tenancy.ui.Tables;

/**
 * The Talent Bank catalogue kept by association staff: services by area with their indicative day rate,
 * associates with their cost and charge day rates from a date, and the areas themselves. Pounds on the page, pence
 * in the records.
 */
@Route("console/talent-bank/catalogue")
@PageTitle("Talent Bank catalogue and associates | EELGA console")
@StaffPage
@MenuEntry(label = "Talent Bank catalogue", area = MenuEntry.Area.CONSOLE, order = 32)
public class TalentBankCatalogueView extends Page {

    final Select<AreaRow> serviceArea = new Select<>();
    final TextField serviceName = limited(new TextField("Service name"), Text.NAME);
    final TextArea serviceDescription = limited(new TextArea("What the service offers"), Text.PARAGRAPH);
    final TextField serviceRate = new TextField("Indicative day rate (£)");
    final Button addService = new Button("Add service");
    final Button changeService = new Button("Save changes to the chosen service");
    final Button withdrawService = new Button("Withdraw the chosen service");
    final Button offerServiceAgain = new Button("Offer the chosen service again");
    final ErrorSummary serviceErrors = new ErrorSummary(serviceArea, serviceName, serviceDescription, serviceRate);
    final SuccessMessage serviceSaved = new SuccessMessage();
    final Grid<ServiceRow> services = new Grid<>(ServiceRow.class, false);

    final TextField associateName = limited(new TextField("Associate's name"), Text.NAME);
    final TextField associateEmail = limited(new TextField("Email address"), Text.EMAIL);
    final Select<AreaRow> associateArea = new Select<>();
    final TextField costRate = new TextField("Cost day rate (£, what we pay)");
    final TextField chargeRate = new TextField("Charge day rate (£, what councils pay)");
    final DatePicker ratesFrom = ukDate(new DatePicker("Rates hold from"));
    final Button addAssociate = new Button("Add associate");
    final Button newRates = new Button("Date new rates for the chosen associate");
    final Button changeAssociate = new Button("Save changes to the chosen associate");
    final Button withdrawAssociate = new Button("Withdraw the chosen associate");
    final Button offerAssociateAgain = new Button("Offer the chosen associate again");
    final ErrorSummary associateErrors =
            new ErrorSummary(associateName, associateEmail, associateArea, costRate, chargeRate, ratesFrom);
    final SuccessMessage associateSaved = new SuccessMessage();
    final Grid<AssociateRow> associates = new Grid<>(AssociateRow.class, false);

    final TalentBankAreasPanel areasPanel;

    private final TalentBankReference reference;
    private final Caller staff = Callers.current();

    TalentBankCatalogueView(TalentBankReference reference, TalentBankAreas areas) {
        super(
                "Talent Bank catalogue and associates",
                "Councils request the services listed here in their portal. Day rates are entered in pounds"
                        + " and kept exactly in pence; an associate's rates are dated, so past work is costed at the rate"
                        + " of its day.");
        this.reference = reference;

        serviceArea.setLabel("Area");
        serviceArea.setItemLabelGenerator(AreaRow::name);
        serviceDescription.setWidth("32em");
        addService.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addService.addClickListener(e -> addService());
        changeService.addClickListener(e -> changeService());
        withdrawService.addClickListener(e -> offerService(false));
        offerServiceAgain.addClickListener(e -> offerService(true));
        services.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::fillService));
        services.addColumn(ServiceRow::areaName).setHeader("Area");
        services.addColumn(ServiceRow::name).setHeader("Service").setFlexGrow(2);
        services.addColumn(s -> Money.pounds(s.indicativeDayRatePence())).setHeader("Indicative day rate");
        services.addColumn(s -> s.active() ? "Offered" : "Withdrawn").setHeader("State");
        services.setAllRowsVisible(true);
        Tables.named(services, "Services of the catalogue", "No services in the catalogue yet.");
        add(
                section("Add a service, or change the chosen one"),
                new Paragraph("To correct or withdraw a service, choose it in the list below: its details are"
                        + " filled in here. A withdrawn service is no longer offered to councils; requests already"
                        + " made keep it."),
                serviceErrors,
                serviceArea,
                serviceName,
                serviceDescription,
                serviceRate,
                addService,
                changeService,
                withdrawService,
                offerServiceAgain,
                serviceSaved,
                section("Services"),
                services);

        associateArea.setLabel("Area");
        associateArea.setItemLabelGenerator(AreaRow::name);
        addAssociate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addAssociate.addClickListener(e -> addAssociate());
        newRates.addClickListener(e -> newRates());
        changeAssociate.addClickListener(e -> changeAssociate());
        withdrawAssociate.addClickListener(e -> offerAssociate(false));
        offerAssociateAgain.addClickListener(e -> offerAssociate(true));
        associates.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::fillAssociate));
        associates.addColumn(AssociateRow::name).setHeader("Associate").setFlexGrow(2);
        associates.addColumn(AssociateRow::areaName).setHeader("Area");
        associates.addColumn(a -> Money.pounds(a.costDayRatePence())).setHeader("Cost a day");
        associates.addColumn(a -> Money.pounds(a.chargeDayRatePence())).setHeader("Charge a day");
        associates
                .addColumn(a -> a.rates().stream()
                        .map(r -> "from " + UkTime.date(r.from()) + ": " + Money.pounds(r.costDayRatePence()) + " / "
                                + Money.pounds(r.chargeDayRatePence()))
                        .collect(Collectors.joining("; ")))
                .setHeader("Dated rates (cost / charge)")
                .setFlexGrow(3);
        associates
                .addColumn(a -> a.active() ? "Available" : "Withdrawn")
                .setHeader("State")
                .setKey("state");
        associates.setAllRowsVisible(true);
        Tables.named(associates, "Associates and their day rates", "No associates recorded yet.");
        ratesFrom.setHelperText(
                "For example, 01/04/2027. For a new associate, leave it empty when these rates have always applied.");
        add(
                section("Add an associate, change the chosen one, or date new rates"),
                new Paragraph(
                        "To correct an associate's details, date new rates, withdraw them or offer them"
                                + " again, choose them in the list below. A withdrawn associate is no longer assigned to new"
                                + " work; work they were assigned keeps them. Offered again, they can be assigned to new work."),
                associateErrors,
                associateName,
                associateEmail,
                associateArea,
                costRate,
                chargeRate,
                ratesFrom,
                addAssociate,
                newRates,
                changeAssociate,
                withdrawAssociate,
                offerAssociateAgain,
                associateSaved,
                section("Associates"),
                associates);
        areasPanel = new TalentBankAreasPanel(areas, staff, this::areasChanged);
        add(areasPanel);
        // the page is long: its sections are listed after the lead, the areas (added last) among them
        listContents(areasPanel.heading);
        areasChanged();
    }

    /** The areas as they now are, offered in both forms; the lists show renamed areas by their new names. */
    private void areasChanged() {
        var areas = areasPanel.shown().stream()
                .map(a -> new AreaRow(a.id(), a.name()))
                .toList();
        serviceArea.setItems(areas);
        associateArea.setItems(areas);
        refresh();
    }

    void addService() {
        serviceErrors.restart(serviceSaved);
        serviceErrors.required(serviceArea, "Choose the service's area");
        serviceErrors.required(serviceName, "Enter the service's name");
        serviceErrors.required(serviceDescription, "Enter what the service offers");
        Long rate = pounds(serviceErrors, serviceRate, "Indicative day rate");
        serviceErrors.tryIfNone(() -> {
            ServiceRow row = reference.addService(
                    staff,
                    new TalentBankReference.ServiceDraft(
                            serviceArea.getValue().id(),
                            serviceName.getValue(),
                            serviceDescription.getValue(),
                            rate,
                            true));
            serviceSaved.show("Added " + row.name() + " (" + row.areaName() + ") at "
                    + Money.pounds(row.indicativeDayRatePence()) + " a day.");
            serviceName.clear();
            serviceDescription.clear();
            serviceRate.clear();
            refresh();
        });
    }

    void addAssociate() {
        associateErrors.restart(associateSaved);
        associateErrors.required(associateName, "Enter the associate's name");
        associateErrors.required(associateEmail, "Enter the associate's email address");
        associateErrors.required(associateArea, "Choose the associate's area");
        Long cost = pounds(associateErrors, costRate, "Cost day rate");
        Long charge = pounds(associateErrors, chargeRate, "Charge day rate");
        // a date typed that does not exist is said, never read as "no date" (rates that always held)
        associateErrors.optionalDate(ratesFrom);
        associateErrors.tryIfNone(() -> {
            AssociateRow row = reference.addAssociate(
                    staff,
                    new TalentBankReference.AssociateDraft(
                            associateName.getValue(),
                            associateEmail.getValue(),
                            associateArea.getValue().id(),
                            cost,
                            charge,
                            ratesFrom.getValue()));
            associateSaved.show("Added " + row.name() + ": cost " + Money.pounds(row.costDayRatePence()) + ", charge "
                    + Money.pounds(row.chargeDayRatePence()) + " a day.");
            associateName.clear();
            associateEmail.clear();
            refresh();
        });
    }

    void newRates() {
        associateErrors.restart(associateSaved);
        AssociateRow chosen = chosenAssociate();
        Long cost = pounds(associateErrors, costRate, "Cost day rate");
        Long charge = pounds(associateErrors, chargeRate, "Charge day rate");
        associateErrors.required(ratesFrom, "Enter the date the new rates hold from");
        associateErrors.tryIfNone(() -> {
            AssociateRow row = reference.dateRates(
                    staff, chosen.id(), new TalentBankReference.RateDraft(ratesFrom.getValue(), cost, charge));
            associateSaved.show("New rates for " + row.name() + " from " + UkTime.date(ratesFrom.getValue()) + ": cost "
                    + Money.pounds(cost) + ", charge " + Money.pounds(charge) + " a day.");
            refresh();
        });
    }

    private void fillService(ServiceRow row) {
        serviceArea.setValue(areaOf(serviceArea, row.areaId()));
        serviceName.setValue(row.name());
        serviceDescription.setValue(row.description());
        serviceRate.setValue(pounds(row.indicativeDayRatePence()));
    }

    void changeService() {
        serviceErrors.restart(serviceSaved);
        ServiceRow chosen = chosenService();
        serviceErrors.required(serviceArea, "Choose the service's area");
        serviceErrors.required(serviceName, "Enter the service's name");
        serviceErrors.required(serviceDescription, "Enter what the service offers");
        Long rate = pounds(serviceErrors, serviceRate, "Indicative day rate");
        serviceErrors.tryIfNone(() -> {
            ServiceRow row = reference.changeService(
                    staff,
                    chosen.id(),
                    new TalentBankReference.ServiceDraft(
                            serviceArea.getValue().id(),
                            serviceName.getValue(),
                            serviceDescription.getValue(),
                            rate,
                            null));
            serviceSaved.show("Saved the changes to " + row.name() + " (" + row.areaName() + "), now "
                    + Money.pounds(row.indicativeDayRatePence()) + " a day.");
            refresh();
        });
    }

    void offerService(boolean offered) {
        serviceErrors.restart(serviceSaved);
        ServiceRow chosen = chosenService();
        serviceErrors.tryIfNone(() -> {
            ServiceRow row = reference.offerService(staff, chosen.id(), offered);
            serviceSaved.show(
                    offered
                            ? row.name() + " is offered to councils again."
                            : "Withdrew " + row.name() + ": councils can no longer request it. Requests already"
                                    + " made keep it.");
            refresh();
        });
    }

    private ServiceRow chosenService() {
        ServiceRow chosen = services.getSelectedItems().stream().findFirst().orElse(null);
        if (chosen == null) {
            serviceErrors.problem("Choose the service in the list first");
        }
        return chosen;
    }

    private void fillAssociate(AssociateRow row) {
        associateName.setValue(row.name());
        associateEmail.setValue(row.email());
        associateArea.setValue(areaOf(associateArea, row.areaId()));
        costRate.setValue(pounds(row.costDayRatePence()));
        chargeRate.setValue(pounds(row.chargeDayRatePence()));
    }

    void changeAssociate() {
        associateErrors.restart(associateSaved);
        AssociateRow chosen = chosenAssociate();
        associateErrors.required(associateName, "Enter the associate's name");
        associateErrors.required(associateEmail, "Enter the associate's email address");
        associateErrors.required(associateArea, "Choose the associate's area");
        associateErrors.tryIfNone(
                () -> {
                    AssociateRow row = reference.changeAssociate(
                            staff,
                            chosen.id(),
                            new TalentBankReference.AssociateDetails(
                                    associateName.getValue(),
                                    associateEmail.getValue(),
                                    associateArea.getValue().id()));
                    associateSaved.show("Saved the changes to " + row.name() + " (" + row.email() + ", "
                            + row.areaName() + "). Their day rates are unchanged.");
                    refresh();
                },
                java.util.Map.of(
                        "invalid-name", associateName,
                        "invalid-email", associateEmail,
                        "associate-exists", associateEmail));
    }

    void offerAssociate(boolean offered) {
        associateErrors.restart(associateSaved);
        AssociateRow chosen = chosenAssociate();
        associateErrors.tryIfNone(() -> {
            AssociateRow row = reference.offerAssociate(staff, chosen.id(), offered);
            associateSaved.show(
                    offered
                            ? row.name() + " is offered again: they can be assigned to new work."
                            : "Withdrew " + row.name() + ": they are no longer assigned to new work. Work they"
                                    + " were assigned keeps them.");
            refresh();
        });
    }

    private AssociateRow chosenAssociate() {
        AssociateRow chosen = associates.getSelectedItems().stream().findFirst().orElse(null);
        if (chosen == null) {
            associateErrors.problem("Choose the associate in the list first");
        }
        return chosen;
    }

    private static AreaRow areaOf(Select<AreaRow> field, String id) {
        return field.getListDataView()
                .getItems()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElse(null);
    }

    /** Pence as pounds to type over: 65050 is "650.50". */
    private static String pounds(long pence) {
        return java.math.BigDecimal.valueOf(pence, 2).toPlainString();
    }

    private static Long pounds(ErrorSummary errors, TextField field, String label) {
        Long pence = errors.pence(field, label);
        if (pence != null && pence > TalentBankReference.MAX_DAY_RATE_PENCE) {
            errors.add(field, label + " can be at most £100,000");
            return null;
        }
        return pence;
    }

    private void refresh() {
        services.setItems(reference.services());
        associates.setItems(reference.associates());
    }
}
