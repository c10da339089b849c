package uk.org.eelga.platform.contracts.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;
import static uk.org.eelga.tenancy.ui.UkDates.ukDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import uk.org.eelga.platform.contracts.Contract;
import uk.org.eelga.platform.contracts.ContractCategory;
import uk.org.eelga.platform.contracts.ContractDetails;
import uk.org.eelga.platform.contracts.ContractRefused;
import uk.org.eelga.platform.contracts.ContractRegister;
import uk.org.eelga.platform.contracts.Participation;
import uk.org.eelga.platform.contracts.RegisterEntry;
import uk.org.eelga.shared.Money;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Choices;
import uk.org.eelga.tenancy.ui.CouncilPage;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.FormRow;
import uk.org.eelga.tenancy.ui.LongLists;
import uk.org.eelga.tenancy.ui.NarrowScreens;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.SuccessMessage;
import uk.org.eelga.tenancy.ui.Tables;
import uk.org.eelga.tenancy.ui.UkDates;

/**
 * A council's contract register: reminders of contracts ending soon, registering a contract (and what of it the
 * regional register may show), confirming the register is up to date, and searching the regional register.
 */
@Route("portal/contracts")
@PageTitle("Contract register | EELGA member platform")
@CouncilPage
@MenuEntry(label = "Contract register", area = MenuEntry.Area.PORTAL, order = 38)
public class ContractPortalView extends Page {

    final Paragraph participation = new Paragraph();
    final Button confirm = new Button("Confirm our register is up to date");
    final Grid<Contract> ending = new Grid<>(Contract.class, false);
    final TextField title = limited(new TextField("Title"), ContractRegister.TITLE_MAX);
    final TextField supplier = limited(new TextField("Supplier"), ContractRegister.TITLE_MAX);
    final Select<ContractCategory> category =
            Choices.select("Category", ContractCategory::label, ContractCategory.values());
    final TextField value = limited(new TextField("Total value (£)"), 20);
    final DatePicker startOn = ukDate(new DatePicker("Starts on"));
    final DatePicker endOn = ukDate(new DatePicker("Ends on"));
    final TextField extension = limited(new TextField("Extension options (optional)"), ContractRegister.EXTENSION_MAX);
    final TextField contactName = limited(new TextField("Contact name"), ContractRegister.TITLE_MAX);
    final EmailField contactEmail = limited(new EmailField("Contact email"), Text.EMAIL);
    final Checkbox inRegister = new Checkbox("Show this contract in the regional register", true);
    final Checkbox shareValue = new Checkbox("Share its value with other councils (hidden unless you tick this)");
    final Checkbox shareContact = new Checkbox("Share the contact's name and email", true);
    final ErrorSummary errors =
            new ErrorSummary(title, supplier, category, value, startOn, endOn, extension, contactName, contactEmail);
    final Button save = new Button("Register contract");
    final SuccessMessage saved = new SuccessMessage();
    final Grid<Contract> ours = new Grid<>(Contract.class, false);
    final TextField words = limited(new TextField("Search the regional register"), ContractRegister.SEARCH_MAX);
    final Select<ContractCategory> searchCategory = new Select<>();
    final Button search = new Button("Search");
    final Grid<RegisterEntry> regional = new Grid<>(RegisterEntry.class, false);

    private final ContractRegister register;
    private final Caller person;

    ContractPortalView(ContractRegister register) {
        super(
                "Contract register",
                "Register your council's contracts so that councils can see who buys what and when"
                        + " contracts end. Other councils see only the contracts you show in the regional register, never"
                        + " their value unless you agree.");
        this.register = register;
        this.person = Callers.current();
        participation.setId("contract-participation");
        confirm.addClickListener(click -> {
            register.confirmUpToDate(person);
            saved.show("Thank you: your register is confirmed up to date.");
            refresh();
        });
        add(participation, confirm);

        add(new H2("Ending soon"));
        NarrowScreens.TextColumns<Contract> endingColumns = NarrowScreens.textColumns(ending);
        endingColumns.add("Contract", Contract::title).setFlexGrow(2);
        endingColumns.add("Supplier", Contract::supplier);
        endingColumns.add("Ends", c -> UkDates.day(c.endOn()));
        endingColumns.add("Reminder", c -> c.reminder(register.today())).setKey("reminder");
        endingColumns.add("Extension options", c -> c.extensionOptions() == null ? "None" : c.extensionOptions());
        endingColumns.cards("Contract", Contract::title);
        ending.setAllRowsVisible(true);
        Tables.named(
                ending,
                "Our contracts ending in the next six months",
                "None of our contracts ends in the next six months.");
        add(ending);

        add(new H2("Register a contract"));
        title.setWidth("24em");
        supplier.setWidth("24em");
        extension.setWidth("24em");
        extension.setHelperText("For example, one extension of up to two years");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        add(
                errors,
                FormRow.of(title, supplier),
                FormRow.of(category, value),
                FormRow.of(startOn, endOn),
                extension,
                FormRow.of(contactName, contactEmail),
                inRegister,
                shareValue,
                shareContact,
                save,
                saved);

        add(new H2("Our contracts"));
        NarrowScreens.TextColumns<Contract> ourColumns = NarrowScreens.textColumns(ours);
        ourColumns.add("Contract", Contract::title).setFlexGrow(2);
        ourColumns.add("Supplier", Contract::supplier);
        ourColumns.add("Category", c -> c.category().label());
        ourColumns.add("Value", c -> Money.pounds(c.valuePence()));
        ourColumns.add("Term", c -> UkDates.day(c.startOn()) + " to " + UkDates.day(c.endOn()));
        ourColumns.add(
                "Regional register",
                c -> !c.inRegister() ? "Not shown" : c.shareValue() ? "Shown with value" : "Shown, value hidden");
        ourColumns.cards("Contract", Contract::title);
        ours.setAllRowsVisible(true);
        Tables.named(ours, "Our council's contracts", "Our council has not registered any contracts yet.");
        add(ours);

        add(new H2("Regional register"));
        searchCategory.setLabel("Category");
        searchCategory.setItems(ContractCategory.values());
        // the empty item ("Any category") reaches the label generator as null
        searchCategory.setItemLabelGenerator(c -> c == null ? "Any category" : c.label());
        searchCategory.setEmptySelectionCaption("Any category");
        searchCategory.setEmptySelectionAllowed(true);
        search.addClickListener(click -> search());
        NarrowScreens.TextColumns<RegisterEntry> regionalColumns = NarrowScreens.textColumns(regional);
        regionalColumns.add("Council", RegisterEntry::councilName);
        regionalColumns.add("Contract", RegisterEntry::title).setFlexGrow(2);
        regionalColumns.add("Supplier", RegisterEntry::supplier);
        regionalColumns.add("Category", e -> e.category().label());
        regionalColumns.add("Ends", e -> UkDates.day(e.endOn()));
        regionalColumns
                .add("Value", e -> e.valuePence() == null ? "Not shared" : Money.pounds(e.valuePence()))
                .setKey("value");
        regionalColumns.add(
                "Contact", e -> e.contactEmail() == null ? "Not shared" : e.contactName() + ", " + e.contactEmail());
        regionalColumns.cards("Contract", RegisterEntry::title);
        LongLists.scrolling(regional);
        Tables.named(regional, "Regional contract register", "No contracts in the regional register match the search.");
        add(FormRow.of(words, searchCategory, search), regional);
        refresh();
        search();
    }

    private void save() {
        errors.restart(saved);
        errors.required(title, "Enter the contract's title");
        errors.required(supplier, "Enter the supplier");
        errors.required(category, "Choose the category");
        Long pence = errors.pence(value, "The total value");
        errors.required(startOn, "Enter the start date, for example 01/04/2027");
        errors.endNotBefore(startOn, endOn, "Enter the end date, for example 31/03/2030");
        errors.required(contactName, "Enter the contact's name");
        errors.required(contactEmail, "Enter the contact's email address, like name@council.gov.uk");
        errors.tryIfNone(() -> {
            Contract done = register.register(
                    person,
                    new ContractDetails(
                            title.getValue(),
                            supplier.getValue(),
                            category.getValue(),
                            pence,
                            startOn.getValue(),
                            endOn.getValue(),
                            extension.getValue(),
                            contactName.getValue(),
                            contactEmail.getValue(),
                            inRegister.getValue(),
                            shareValue.getValue(),
                            shareContact.getValue()));
            saved.show("Registered: " + done.title() + ", ending " + UkDates.day(done.endOn()) + ".");
            title.clear();
            supplier.clear();
            value.clear();
            extension.clear();
            refresh();
            search();
        });
    }

    private void search() {
        try {
            LongLists.show(
                    regional, register.search(person, searchCategory.getValue(), words.getValue()), RegisterEntry::id);
        } catch (ContractRefused refused) {
            words.setErrorMessage(refused.getMessage());
            words.setInvalid(true);
        }
    }

    private void refresh() {
        Participation ours = register.ourParticipation(person);
        participation.setText(
                ours.lastUpdated() == null
                        ? "Your council has not registered any contracts yet."
                        : "Your register was last updated on " + UkDates.day(ours.lastUpdated())
                                + (ours.upToDate()
                                        ? "."
                                        : ": it counts as up to date again once you change or confirm it."));
        ending.setItems(register.endingSoon());
        this.ours.setItems(register.ourContracts());
    }
}
