package uk.org.eelga.platform.marketplace.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;
import static uk.org.eelga.tenancy.ui.UkDates.ukDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.Map;
import uk.org.eelga.platform.marketplace.Listing;
import uk.org.eelga.platform.marketplace.ListingDetails;
import uk.org.eelga.platform.marketplace.Marketplace;
import uk.org.eelga.platform.marketplace.ServiceCategory;
import uk.org.eelga.platform.marketplace.Trade;
import uk.org.eelga.platform.marketplace.TradeStatus;
import uk.org.eelga.shared.Money;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Choices;
import uk.org.eelga.tenancy.ui.CouncilPage;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.FormRow;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.SuccessMessage;
import uk.org.eelga.tenancy.ui.Tables;
import uk.org.eelga.tenancy.ui.UkDates;

/**
 * A council's marketplace: other councils' services (enquire about one), the council's enquiries and the trades
 * they became (record the outcome), enquiries made to the council, and the services it lists.
 */
@Route("portal/marketplace")
@PageTitle("Local Government Marketplace | EELGA member platform")
@CouncilPage
@MenuEntry(label = "Marketplace", area = MenuEntry.Area.PORTAL, order = 39)
public class MarketplacePortalView extends Page {

    final Grid<Listing> offers = new Grid<>(Listing.class, false);
    final TextArea enquiry = limited(new TextArea("Your enquiry about the chosen service"), Marketplace.TEXT_MAX);
    final ErrorSummary enquiryErrors = new ErrorSummary(enquiry);
    final Button send = new Button("Send enquiry");

    final Grid<Trade> ourTrades = new Grid<>(Trade.class, false);
    final DatePicker agreedOn = ukDate(new DatePicker("Agreed on"));
    final TextField value = limited(new TextField("Agreed value (£)"), 20);
    final TextArea terms = limited(new TextArea("Terms agreed"), Marketplace.TEXT_MAX);
    final ErrorSummary tradeErrors = new ErrorSummary(agreedOn, value, terms);
    final Button recordTrade = new Button("Record the trade");
    final Button noTrade = new Button("No trade came of it");

    final Grid<Trade> received = new Grid<>(Trade.class, false);

    final Grid<Listing> ours = new Grid<>(Listing.class, false);
    final Button withdraw = new Button("Withdraw the chosen service");
    final TextField title = limited(new TextField("Service"), Marketplace.TITLE_MAX);
    final TextArea description = limited(new TextArea("What the service offers"), Marketplace.TEXT_MAX);
    final Select<ServiceCategory> category =
            Choices.select("Kind of service", ServiceCategory::label, ServiceCategory.values());
    final TextField priceBasis = limited(new TextField("Price basis"), Marketplace.TITLE_MAX);
    final TextField area = limited(new TextField("Area served"), Marketplace.TITLE_MAX);
    final EmailField contactEmail = limited(new EmailField("Contact email"), Text.EMAIL);
    final ErrorSummary listingErrors = new ErrorSummary(title, description, category, priceBasis, area, contactEmail);
    final Button list = new Button("List this service");
    final SuccessMessage done = new SuccessMessage();

    private final Marketplace marketplace;
    private final Caller person;

    MarketplacePortalView(Marketplace marketplace) {
        super(
                "Local Government Marketplace",
                "Councils in the East of England sell services to one another here. Enquire about a"
                        + " service another council offers, record the trade you agree, and list the services your council"
                        + " sells. Every member council can see your listings; only the council you ask sees your enquiry.");
        this.marketplace = marketplace;
        this.person = Callers.current();
        add(done);

        add(section("Services from other councils"));
        offers.addColumn(Listing::councilName).setHeader("Council");
        offers.addColumn(Listing::title).setHeader("Service").setFlexGrow(2);
        offers.addColumn(l -> l.category().label()).setHeader("Kind");
        offers.addColumn(Listing::priceBasis).setHeader("Price basis");
        offers.addColumn(Listing::area).setHeader("Area");
        offers.addColumn(Listing::contactEmail).setHeader("Contact");
        offers.setAllRowsVisible(true);
        Tables.named(offers, "Services other councils offer", "No other council offers a service here yet.");
        enquiry.setWidth("32em");
        send.addClickListener(click -> enquire());
        add(offers, enquiryErrors, enquiry, send);

        add(section("Our enquiries and trades"));
        ourTrades.addColumn(Trade::listingTitle).setHeader("Service").setFlexGrow(2);
        ourTrades.addColumn(Trade::otherCouncilName).setHeader("Selling council");
        ourTrades.addColumn(t -> UkDates.day(t.enquiredAt())).setHeader("Asked on");
        ourTrades.addColumn(t -> t.status().label()).setHeader("Status").setKey("status");
        ourTrades
                .addColumn(t -> t.valuePence() == null ? "" : Money.pounds(t.valuePence()))
                .setHeader("Value");
        ourTrades.setAllRowsVisible(true);
        Tables.named(
                ourTrades, "Our council's enquiries and trades", "Our council has not enquired about a service yet.");
        recordTrade.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        recordTrade.addClickListener(click -> recordTrade());
        noTrade.addClickListener(click -> noTrade());
        terms.setWidth("32em");
        add(
                ourTrades,
                new Paragraph("Choose an open enquiry above, then record its outcome."),
                tradeErrors,
                FormRow.of(agreedOn, value),
                terms,
                FormRow.of(recordTrade, noTrade));

        add(section("Enquiries to our council"));
        received.addColumn(Trade::otherCouncilName).setHeader("Asking council");
        received.addColumn(Trade::listingTitle).setHeader("Service");
        received.addColumn(Trade::message).setHeader("Enquiry").setFlexGrow(2);
        received.addColumn(Trade::madeBy).setHeader("Contact");
        received.addColumn(t -> t.status().label()).setHeader("Status");
        received.setAllRowsVisible(true);
        Tables.named(received, "Enquiries made to our council", "No council has enquired about our services yet.");
        add(received);

        add(section("Services we offer"));
        ours.addColumn(Listing::title).setHeader("Service").setFlexGrow(2);
        ours.addColumn(l -> l.category().label()).setHeader("Kind");
        ours.addColumn(Listing::priceBasis).setHeader("Price basis");
        ours.addColumn(l -> UkDates.day(l.listedOn())).setHeader("Listed");
        ours.addColumn(l -> l.withdrawnOn() == null ? "Live" : "Withdrawn " + UkDates.day(l.withdrawnOn()))
                .setHeader("Status");
        ours.setAllRowsVisible(true);
        Tables.named(ours, "Services our council offers", "Our council has not listed a service yet.");
        withdraw.addClickListener(click -> withdraw());
        title.setWidth("24em");
        description.setWidth("32em");
        priceBasis.setHelperText("For example, £450 a day, or a fixed fee per case");
        area.setHelperText("For example, Norfolk and Suffolk");
        list.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        list.addClickListener(click -> list());
        add(
                ours,
                withdraw,
                section("List a service"),
                listingErrors,
                title,
                description,
                FormRow.of(category, priceBasis),
                FormRow.of(area, contactEmail),
                list);
        refresh();
        listContents();
    }

    private void enquire() {
        enquiryErrors.restart(done);
        Listing chosen = offers.asSingleSelect().getValue();
        if (chosen == null) {
            enquiryErrors.problem("Choose a service in the list first");
        }
        enquiryErrors.required(enquiry, "Enter your enquiry");
        enquiryErrors.tryIfNone(() -> {
            Trade made = marketplace.enquire(person, chosen.id(), enquiry.getValue());
            done.show("Enquiry sent to " + made.otherCouncilName() + " about " + made.listingTitle() + ".");
            enquiry.clear();
            refresh();
        });
    }

    private Trade openEnquiry() {
        Trade chosen = ourTrades.asSingleSelect().getValue();
        if (chosen == null || chosen.status() != TradeStatus.ENQUIRY) {
            tradeErrors.problem("Choose one of your open enquiries in the list first");
            return null;
        }
        return chosen;
    }

    private void recordTrade() {
        tradeErrors.restart(done);
        Trade chosen = openEnquiry();
        tradeErrors.required(agreedOn, "Enter the day the trade was agreed, for example 01/04/2027");
        Long pence = tradeErrors.pence(value, "The agreed value");
        tradeErrors.required(terms, "Enter the terms agreed");
        tradeErrors.tryIfNone(() -> {
            Trade traded = marketplace.recordTrade(person, chosen.id(), agreedOn.getValue(), pence, terms.getValue());
            done.show("Trade recorded: " + traded.listingTitle() + " from " + traded.otherCouncilName() + ", "
                    + Money.pounds(traded.valuePence()) + ".");
            value.clear();
            terms.clear();
            refresh();
        });
    }

    private void noTrade() {
        tradeErrors.restart(done);
        Trade chosen = openEnquiry();
        tradeErrors.tryIfNone(() -> {
            marketplace.recordNoTrade(person, chosen.id(), terms.getValue());
            done.show("Closed without a trade: " + chosen.listingTitle() + ".");
            refresh();
        });
    }

    private void withdraw() {
        done.hide();
        Listing chosen = ours.asSingleSelect().getValue();
        if (chosen == null || chosen.withdrawnOn() != null) {
            listingErrors.clear();
            listingErrors.problem("Choose one of your live services in the list first");
            listingErrors.showIfAny();
            return;
        }
        marketplace.withdraw(person, chosen.id());
        done.show("Withdrawn: " + chosen.title() + ".");
        refresh();
    }

    private void list() {
        listingErrors.restart(done);
        listingErrors.required(title, "Enter the service's name");
        listingErrors.required(description, "Enter what the service offers");
        listingErrors.required(category, "Choose the kind of service");
        listingErrors.required(priceBasis, "Enter the price basis");
        listingErrors.required(area, "Enter the area served");
        listingErrors.required(contactEmail, "Enter the contact email address, like name@council.gov.uk");
        listingErrors.tryIfNone(
                () -> {
                    Listing listed = marketplace.list(
                            person,
                            new ListingDetails(
                                    title.getValue(),
                                    description.getValue(),
                                    category.getValue(),
                                    priceBasis.getValue(),
                                    area.getValue(),
                                    contactEmail.getValue()));
                    done.show("Listed: " + listed.title() + ". Every member council can now see it.");
                    title.clear();
                    description.clear();
                    priceBasis.clear();
                    refresh();
                },
                Map.of(
                        "title", title,
                        "description", description,
                        "category", category,
                        "price-basis", priceBasis,
                        "area", area,
                        "contact-email", contactEmail));
    }

    private void refresh() {
        String own = person.council() == null ? "" : person.council().value();
        offers.setItems(marketplace.offers(person, null).stream()
                .filter(l -> !l.councilId().equals(own))
                .toList());
        ourTrades.setItems(marketplace.ourTrades());
        received.setItems(marketplace.enquiriesReceived(person));
        ours.setItems(marketplace.ourListings());
    }
}
