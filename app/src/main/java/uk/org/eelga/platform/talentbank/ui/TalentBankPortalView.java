package uk.org.eelga.platform.talentbank.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;
import static uk.org.eelga.tenancy.ui.UkDates.ukDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.Map;
import uk.org.eelga.platform.talentbank.NewRequest;
import uk.org.eelga.platform.talentbank.OfferSummary;
import uk.org.eelga.platform.talentbank.RequestRefused;
import uk.org.eelga.platform.talentbank.RequestStatus;
import uk.org.eelga.platform.talentbank.RequestSummary;
import uk.org.eelga.platform.talentbank.TalentBankCatalogue;
import uk.org.eelga.platform.talentbank.TalentBankRequests;
import uk.org.eelga.shared.Money;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Roles;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.merge.CarriedKind;
import uk.org.eelga.tenancy.merge.CarriedOrigins;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.CouncilPage;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.NarrowScreens;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.SuccessMessage;
import uk.org.eelga.tenancy.ui.Tables;
import uk.org.eelga.tenancy.ui.UkDates;

/** A council's Talent Bank: the catalogue, a request form, and its requests with quotes to accept or decline. */
@Route("portal/talent-bank")
@PageTitle("Talent Bank | EELGA member platform")
@MenuEntry(label = "Talent Bank", area = MenuEntry.Area.PORTAL, order = 30)
@CouncilPage
public class TalentBankPortalView extends Page {

    final Select<OfferSummary> service = new Select<>();
    final TextArea scope = limited(new TextArea("Scope of the work"), Text.PARAGRAPH);
    final DatePicker startOn = ukDate(new DatePicker("Start"));
    final DatePicker endOn = ukDate(new DatePicker("End"));
    final TextField budget = limited(new TextField("Budget (£, optional)"), 30);
    final TextField poNumber = limited(new TextField("Purchase-order number (optional)"), NewRequest.PO_NUMBER_MAX);
    final Button send = new Button("Send request");
    final Paragraph message = new Paragraph();
    final ErrorSummary errors = new ErrorSummary(service, scope, startOn, endOn, budget);
    final SuccessMessage sent = new SuccessMessage();
    final Grid<RequestSummary> requests = new Grid<>(RequestSummary.class, false);

    private final TalentBankRequests talentBank;
    private final Caller user = Callers.current();

    TalentBankPortalView(TalentBankCatalogue catalogue, TalentBankRequests requestsService, CarriedOrigins origins) {
        super("Talent Bank");
        this.talentBank = requestsService;
        add(new H2("What the Talent Bank offers"));
        Grid<OfferSummary> offers = new Grid<>(OfferSummary.class, false);
        offers.addColumn(OfferSummary::areaName).setHeader("Area").setAutoWidth(true);
        offers.addColumn(OfferSummary::name).setHeader("Service").setAutoWidth(true);
        offers.addColumn(OfferSummary::description).setHeader("What it is").setFlexGrow(3);
        offers.addColumn(o -> Money.pounds(o.indicativeDayRatePence())).setHeader("Indicative day rate");
        NarrowScreens.cards(offers, "Service", o -> new NarrowScreens.Card(o.name())
                .row("Area", o.areaName())
                .row("What it is", o.description())
                .row("Indicative day rate", Money.pounds(o.indicativeDayRatePence())));
        offers.setItems(catalogue.offers());
        offers.setAllRowsVisible(true);
        Tables.named(offers, "Talent Bank services", "The Talent Bank offers no services yet.");
        add(offers);

        boolean mayRequest = user.hasRole(Roles.COUNCIL_OFFICER) || user.hasRole(Roles.COUNCIL_ADMIN);
        if (mayRequest) {
            add(new H2("Request a service"));
            service.setLabel("Service");
            service.setItems(catalogue.offers());
            service.setItemLabelGenerator(o -> o.areaName() + ": " + o.name());
            scope.setWidthFull();
            budget.setHelperText("In pounds, like 12500 or 12,500.50");
            message.getElement().setAttribute("role", "alert");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.addClickListener(click -> sendRequest());
            HorizontalLayout dates = new HorizontalLayout(startOn, endOn, budget, poNumber);
            dates.setWrap(true);
            sent.setId("request-outcome");
            add(errors, service, scope, dates, send, sent, message);
        } else {
            add(new Paragraph("Your council's officers and council admins request services. You can see your"
                    + " council's requests and their quotes below."));
        }

        add(new H2("Our requests"));
        requests.addColumn(RequestSummary::serviceName).setHeader("Service").setAutoWidth(true);
        requests.addColumn(RequestSummary::scope).setHeader("Scope").setFlexGrow(2);
        requests.addColumn(RequestSummary::statusLabel).setHeader("Status").setKey("status");
        var carried = origins.of(CarriedKind.TALENT_BANK_REQUEST);
        if (!carried.isEmpty()) {
            requests.addColumn(r -> CarriedOrigins.label(carried, r.id()))
                    .setHeader("Carried over")
                    .setKey("carried");
        }
        requests.addColumn(TalentBankPortalView::quoteLabel).setHeader("Quote").setKey("quote");
        requests.addComponentColumn(this::actions)
                .setHeader("Action")
                .setKey("action")
                .setAutoWidth(true);
        NarrowScreens.cards(requests, "Request", r -> {
            NarrowScreens.Card card = new NarrowScreens.Card(r.serviceName())
                    .row("Scope", r.scope())
                    .row("Status", r.statusLabel());
            if (!carried.isEmpty()) {
                card.row("Carried over", CarriedOrigins.label(carried, r.id()));
            }
            if (r.quote() != null) {
                card.row("Quote", quoteLabel(r));
            }
            return card.actions(actions(r));
        });
        requests.setAllRowsVisible(true);
        Tables.named(requests, "Our Talent Bank requests", "Our council has not requested a Talent Bank service yet.");
        add(requests);
        refresh();
    }

    static String quoteLabel(RequestSummary r) {
        return r.quote() == null
                ? ""
                : Money.format(r.quote().amountPence())
                        + (r.quote().expired()
                                ? " (expired " + UkDates.day(r.quote().expiresOn()) + ")"
                                : " (valid until " + UkDates.day(r.quote().expiresOn()) + ")");
    }

    private HorizontalLayout actions(RequestSummary request) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.add(new Anchor("portal/talent-bank/request/" + request.id(), "Details"));
        boolean mayDecide = user.hasRole(Roles.COUNCIL_OFFICER) || user.hasRole(Roles.COUNCIL_ADMIN);
        if (mayDecide && request.status() == RequestStatus.QUOTED) {
            Button accept = new Button(
                    "Accept quote",
                    click -> decide(
                            () -> talentBank.accept(user, request.id()),
                            "You accepted the quote for " + request.serviceName() + "."));
            accept.getElement().setAttribute("aria-label", "Accept quote for " + request.serviceName());
            Button decline = new Button(
                    "Decline",
                    click -> decide(
                            () -> talentBank.decline(user, request.id(), null),
                            "You declined the quote for " + request.serviceName() + "."));
            decline.getElement().setAttribute("aria-label", "Decline quote for " + request.serviceName());
            actions.add(accept, decline);
        }
        return actions;
    }

    private void decide(Runnable action, String done) {
        try {
            action.run();
            message.setText(done);
        } catch (RequestRefused e) {
            message.setText(e.getMessage());
        }
        refresh();
    }

    private void sendRequest() {
        errors.restart(sent);
        message.setText("");
        errors.required(service, "Choose a service");
        errors.required(scope, "Describe the work you need");
        errors.required(startOn, "Enter the start date, for example 01/04/2027");
        errors.endNotBefore(startOn, endOn, "Enter the end date, for example 30/06/2027");
        errors.tryIfNone(
                () -> {
                    RequestSummary done = talentBank.request(
                            user,
                            new NewRequest(
                                    service.getValue().id(),
                                    scope.getValue(),
                                    startOn.getValue(),
                                    endOn.getValue(),
                                    budget.getValue(),
                                    poNumber.getValue()));
                    sent.show("Request sent: " + done.serviceName() + ". The association will send you a quote.");
                    scope.clear();
                    budget.clear();
                    poNumber.clear();
                    refresh();
                },
                Map.of("invalid-amount", budget));
    }

    private void refresh() {
        requests.setItems(talentBank.ours());
    }
}
