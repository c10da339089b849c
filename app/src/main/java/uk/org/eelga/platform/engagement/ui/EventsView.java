package uk.org.eelga.platform.engagement.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.util.Map;
import uk.org.eelga.platform.engagement.EngagementRefused;
import uk.org.eelga.platform.engagement.EventRegistrations;
import uk.org.eelga.platform.engagement.MeetingInfo;
import uk.org.eelga.platform.engagement.MeetingPlanner;
import uk.org.eelga.platform.engagement.Registration;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.merge.CarriedKind;
import uk.org.eelga.tenancy.merge.CarriedOrigins;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Confirm;
import uk.org.eelga.tenancy.ui.CouncilPage;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.NarrowScreens;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.Tables;

/** Upcoming events with places left; a council registers its delegates and can withdraw them before the day. */
@Route("portal/events")
@PageTitle("Events | EELGA member platform")
@MenuEntry(label = "Events", area = MenuEntry.Area.PORTAL, order = 20)
@CouncilPage
public class EventsView extends Page {

    final Grid<MeetingInfo> events = new Grid<>();
    final Select<MeetingInfo> event = new Select<>();
    final TextField delegateName = limited(new TextField("Delegate's name"), Text.NAME);
    final EmailField delegateEmail = limited(new EmailField("Delegate's email"), Text.EMAIL);
    final Button register = new Button("Register delegate");
    final Grid<Registration> registrations = new Grid<>();
    final Paragraph message = new Paragraph();
    final ErrorSummary errors = new ErrorSummary(event, delegateName, delegateEmail);

    private final MeetingPlanner planner;
    private final EventRegistrations service;
    private final Clock clock;

    EventsView(MeetingPlanner planner, EventRegistrations service, Clock clock, CarriedOrigins origins) {
        super("Events");
        this.planner = planner;
        this.service = service;
        this.clock = clock;
        Caller user = Callers.current();
        events.addColumn(e -> UkTime.dateTime(e.startsAt())).setHeader("When").setAutoWidth(true);
        events.addColumn(MeetingInfo::title).setHeader("Event").setFlexGrow(3);
        events.addColumn(e -> e.eventType() == null ? "" : e.eventType().label())
                .setHeader("Type");
        events.addColumn(e -> e.online() ? "Online" : e.place()).setHeader("Where");
        events.addColumn(e -> e.placesLeft() == null ? "No limit" : e.placesLeft() + " left")
                .setHeader("Places");
        NarrowScreens.cards(events, "Event", e -> new NarrowScreens.Card(e.title())
                .row("When", UkTime.dateTime(e.startsAt()))
                .row("Type", e.eventType() == null ? "" : e.eventType().label())
                .row("Where", e.online() ? "Online" : e.place())
                .row("Places", e.placesLeft() == null ? "No limit" : e.placesLeft() + " left"));
        events.setAllRowsVisible(true);
        Tables.named(events, "Upcoming events", "No upcoming events.");
        add(new H2("Upcoming events"), events);

        event.setLabel("Event");
        event.setItemLabelGenerator(e -> e.title() + ", " + UkTime.dateTime(e.startsAt()));
        delegateName.setRequiredIndicatorVisible(true);
        delegateEmail.setRequiredIndicatorVisible(true);
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(e -> register(user));
        message.getElement().setAttribute("role", "status");
        HorizontalLayout form = new HorizontalLayout(event, delegateName, delegateEmail, register);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        add(new H2("Register a delegate from " + user.councilName()), errors, form, message);

        registrations
                .addColumn(r -> UkTime.dateTime(r.eventStartsAt()))
                .setHeader("When")
                .setAutoWidth(true);
        registrations.addColumn(Registration::eventTitle).setHeader("Event").setFlexGrow(3);
        registrations.addColumn(Registration::delegateName).setHeader("Delegate");
        registrations.addColumn(Registration::delegateEmail).setHeader("Email");
        var carried = origins.of(CarriedKind.EVENT_REGISTRATION);
        if (!carried.isEmpty()) {
            registrations
                    .addColumn(r -> CarriedOrigins.label(carried, r.id()))
                    .setHeader("Carried over")
                    .setKey("carried");
        }
        registrations
                .addComponentColumn(
                        r -> r.eventStartsAt().isAfter(clock.instant()) ? withdrawButton(r) : new Paragraph("Held"))
                .setHeader("Action")
                .setKey("action");
        NarrowScreens.cards(registrations, "Registration", r -> {
            NarrowScreens.Card card = new NarrowScreens.Card(r.delegateName())
                    .row("Event", r.eventTitle())
                    .row("When", UkTime.dateTime(r.eventStartsAt()))
                    .row("Email", r.delegateEmail());
            if (!carried.isEmpty()) {
                card.row("Carried over", CarriedOrigins.label(carried, r.id()));
            }
            return r.eventStartsAt().isAfter(clock.instant())
                    ? card.actions(withdrawButton(r))
                    : card.row("Action", "Held");
        });
        registrations.setAllRowsVisible(true);
        Tables.named(registrations, "Our registrations", "Our council has not registered anyone for an event yet.");
        add(new H2("Our registrations"), registrations);
        refresh();
    }

    private Button withdrawButton(Registration r) {
        Button withdraw = new Button("Withdraw");
        withdraw.getElement().setAttribute("aria-label", "Withdraw " + r.delegateName() + " from " + r.eventTitle());
        withdraw.addClickListener(e -> Confirm.ask(
                "Withdraw " + r.delegateName() + " from " + r.eventTitle() + "?",
                r.delegateName() + " will lose their place. You can register them again while places are left.",
                "Yes, withdraw " + r.delegateName(),
                () -> {
                    try {
                        service.withdraw(r.id());
                        say(r.delegateName() + " is withdrawn from " + r.eventTitle() + ".");
                        refresh();
                    } catch (EngagementRefused refused) {
                        say(refused.getMessage());
                    }
                }));
        return withdraw;
    }

    private void register(Caller user) {
        errors.clear();
        message.setText("");
        errors.required(event, "Choose the event");
        errors.required(delegateName, "Enter the delegate's name");
        errors.required(delegateEmail, "Enter the delegate's email address, like name@council.gov.uk");
        // the form keeps what was typed when there is a problem, so nothing is lost
        errors.tryIfNone(
                () -> {
                    Registration done = service.register(
                            event.getValue().id(), delegateName.getValue(), delegateEmail.getValue(), user.email());
                    say(done.delegateName() + " is registered for " + done.eventTitle() + ".");
                    delegateName.clear();
                    delegateEmail.clear();
                    refresh();
                },
                Map.of(
                        "delegate-name",
                        delegateName,
                        "delegate-email",
                        delegateEmail,
                        "delegate-domain",
                        delegateEmail));
    }

    private void say(String text) {
        message.setText(text);
    }

    private void refresh() {
        var upcoming = planner.upcomingEvents(clock.instant());
        events.setItems(upcoming);
        MeetingInfo chosen = event.getValue();
        event.setItems(upcoming);
        upcoming.stream()
                .filter(e -> chosen != null && e.id() == chosen.id())
                .findFirst()
                .ifPresent(event::setValue);
        registrations.setItems(service.mine());
    }
}
