package uk.org.eelga.platform.coaching.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.Instant;
import uk.org.eelga.platform.coaching.BookingRefused;
import uk.org.eelga.platform.coaching.BookingRequest;
import uk.org.eelga.platform.coaching.BookingStatus;
import uk.org.eelga.platform.coaching.BookingSummary;
import uk.org.eelga.platform.coaching.CoachingBookings;
import uk.org.eelga.platform.coaching.CoachingCatalogue;
import uk.org.eelga.platform.coaching.CoachingNotFound;
import uk.org.eelga.platform.coaching.SessionSummary;
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
import uk.org.eelga.tenancy.ui.SuccessMessage;
import uk.org.eelga.tenancy.ui.Tables;

/** A council's coaching page: upcoming sessions with places left, booking a named delegate, our bookings. */
@Route("portal/coaching")
@PageTitle("Coaching programme | EELGA member platform")
@MenuEntry(label = "Coaching", area = MenuEntry.Area.PORTAL, order = 30)
@CouncilPage
public class CoachingPortalView extends Page {

    final Grid<SessionSummary> sessions = new Grid<>(SessionSummary.class, false);
    final ComboBox<SessionSummary> session = new ComboBox<>();
    final TextField delegateName = limited(new TextField("Delegate's name"), Text.NAME);
    final EmailField delegateEmail = limited(new EmailField("Delegate's email"), Text.EMAIL);
    final Button book = new Button("Book place");
    final ErrorSummary errors = new ErrorSummary(session, delegateName, delegateEmail);
    final SuccessMessage outcome = new SuccessMessage();
    final SuccessMessage bookingsOutcome = new SuccessMessage();
    final Grid<BookingSummary> bookings = new Grid<>(BookingSummary.class, false);

    private final CoachingCatalogue catalogue;
    private final CoachingBookings service;
    private final Caller user;

    CoachingPortalView(CoachingCatalogue catalogue, CoachingBookings service, CarriedOrigins origins) {
        super(
                "Coaching programme",
                "ILM7 coaching and mentoring, Coaching in the Workplace, CPD sessions and the annual"
                        + " coaching conference. When a session is full your delegate joins its waitlist and is given the"
                        + " first place that frees up.");
        this.catalogue = catalogue;
        this.service = service;
        this.user = Callers.current();

        add(new H2("Upcoming sessions"));
        sessions.addColumn(SessionSummary::cohortName).setHeader("Programme").setFlexGrow(2);
        sessions.addColumn(SessionSummary::title).setHeader("Session").setFlexGrow(2);
        sessions.addColumn(s -> UkTime.dayDateTime(s.startsAt())).setHeader("Starts");
        sessions.addColumn(SessionSummary::venue).setHeader("Venue").setFlexGrow(2);
        sessions.addColumn(SessionSummary::priceLabel).setHeader("Price");
        sessions.addColumn(CoachingPortalView::placesLabel).setHeader("Places").setKey("places");
        NarrowScreens.cards(sessions, "Session", s -> new NarrowScreens.Card(s.title())
                .row("Programme", s.cohortName())
                .row("Starts", UkTime.dayDateTime(s.startsAt()))
                .row("Venue", s.venue())
                .row("Price", s.priceLabel())
                .row("Places", placesLabel(s)));
        sessions.setAllRowsVisible(true);
        Tables.named(sessions, "Upcoming coaching sessions", "No upcoming coaching sessions.");
        sessions.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(session::setValue));
        add(sessions);

        add(new H2("Book a delegate"));
        session.setLabel("Session");
        session.setItemLabelGenerator(
                s -> s.title() + " (" + UkTime.dayDateTime(s.startsAt()) + ") - " + placesLabel(s));
        session.setWidth("32em");
        session.setMaxWidth("100%"); // within a phone's width
        delegateName.setRequired(true);
        delegateEmail.setRequired(true);
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        book.addClickListener(click -> book());
        HorizontalLayout form = new HorizontalLayout(session, delegateName, delegateEmail, book);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        // The form takes the page's width, so the session choice's "100%" has a width to keep to: sized to its
        // content instead, the form grew to the choice's 32em and pushed it past a phone's edge.
        form.setWidthFull();
        outcome.setId("booking-outcome");
        add(errors, form, outcome);

        add(new H2("Our council's bookings"));
        bookings.addColumn(BookingSummary::delegateName).setHeader("Delegate");
        bookings.addColumn(BookingSummary::sessionTitle).setHeader("Session").setFlexGrow(2);
        bookings.addColumn(b -> UkTime.dayDateTime(b.startsAt())).setHeader("Starts");
        bookings.addColumn(BookingSummary::statusLabel).setHeader("Status").setKey("status");
        bookings.addColumn(BookingSummary::attendanceLabel).setHeader("Attendance");
        var carried = origins.of(CarriedKind.COACHING_BOOKING);
        if (!carried.isEmpty()) { // only councils that took over another council's bookings need the column
            bookings.addColumn(b -> CarriedOrigins.label(carried, b.id()))
                    .setHeader("Carried over")
                    .setKey("carried");
        }
        bookings.addComponentColumn(this::cancelButton)
                .setHeader("Action")
                .setKey("action")
                .setAutoWidth(true);
        NarrowScreens.cards(bookings, "Booking", b -> {
            NarrowScreens.Card card = new NarrowScreens.Card(b.delegateName())
                    .row("Session", b.sessionTitle())
                    .row("Starts", UkTime.dayDateTime(b.startsAt()))
                    .row("Status", b.statusLabel())
                    .row("Attendance", b.attendanceLabel());
            if (!carried.isEmpty()) {
                card.row("Carried over", CarriedOrigins.label(carried, b.id()));
            }
            return b.cancellableAt(Instant.now()) ? card.actions(cancelButton(b)) : card;
        });
        bookings.setAllRowsVisible(true);
        Tables.named(bookings, "Our council's coaching bookings", "Our council has no coaching bookings yet.");
        bookingsOutcome.setId("bookings-outcome");
        add(bookingsOutcome, bookings);
        refresh();
    }

    static String placesLabel(SessionSummary s) {
        return s.placesLeft() == 0
                ? "Full, waitlist open"
                : s.placesLeft() + " of " + s.capacity() + " place" + (s.capacity() == 1 ? "" : "s") + " left";
    }

    private void book() {
        errors.restart(outcome);
        errors.required(session, "Choose a session");
        errors.required(delegateName, "Enter the delegate's name");
        if (delegateEmail.getValue().isBlank()) {
            errors.add(delegateEmail, "Enter the delegate's email address");
        } else if (delegateEmail.isInvalid() || !delegateEmail.getValue().contains("@")) {
            errors.add(delegateEmail, "Enter an email address in the correct format, like name@council.gov.uk");
        }
        if (errors.showIfAny()) {
            return;
        }
        try {
            BookingSummary booked = service.book(
                    user,
                    new BookingRequest(session.getValue().id(), delegateName.getValue(), delegateEmail.getValue()));
            outcome.show(
                    booked.status() == BookingStatus.CONFIRMED
                            ? "Place confirmed for " + booked.delegateName() + " on " + booked.sessionTitle() + "."
                            : "The session is full: " + booked.delegateName() + " is on the waitlist, number "
                                    + booked.waitlistPosition() + " in line.");
            delegateName.clear();
            delegateEmail.clear();
            refresh();
        } catch (BookingRefused refused) {
            if (refused.code().equals("delegate-name")) {
                errors.add(delegateName, refused.getMessage());
            } else if (refused.code().equals("delegate-email") || refused.code().equals("delegate-domain")) {
                errors.add(delegateEmail, refused.getMessage());
            } else {
                errors.problem("Not booked: " + refused.getMessage());
            }
            errors.showIfAny();
        } catch (CoachingNotFound gone) {
            errors.problem("Not booked: that session is no longer offered.");
            errors.showIfAny();
            refresh();
        }
    }

    /** Cancel only where it would be accepted (before the cut-off), and only after a check. */
    private Button cancelButton(BookingSummary booking) {
        Button cancel = new Button("Cancel");
        cancel.getElement().setAttribute("aria-label", "Cancel the booking for " + booking.delegateName());
        cancel.setVisible(booking.cancellableAt(Instant.now()));
        cancel.addClickListener(click -> Confirm.ask(
                "Cancel the booking for " + booking.delegateName() + "?",
                booking.delegateName() + " will lose their place on " + booking.sessionTitle() + " ("
                        + UkTime.dayDateTime(booking.startsAt()) + "). The place goes to the next person waiting.",
                "Yes, cancel the booking",
                () -> cancel(booking)));
        return cancel;
    }

    private void cancel(BookingSummary booking) {
        try {
            service.cancel(user, booking.id());
            bookingsOutcome.show("Booking for " + booking.delegateName() + " cancelled.");
        } catch (BookingRefused | CoachingNotFound refused) {
            bookingsOutcome.show("Not cancelled: " + refused.getMessage());
        }
        refresh();
        // the Cancel button pressed is gone with the row redrawn: focus goes on in the bookings, not to the page's top
        bookings.getElement().executeJs("setTimeout(() => this.focus(), 0)");
    }

    private void refresh() {
        var upcoming = catalogue.upcomingSessions();
        sessions.setItems(upcoming);
        SessionSummary chosen = session.getValue();
        session.setItems(upcoming);
        if (chosen != null) {
            upcoming.stream().filter(s -> s.id() == chosen.id()).findFirst().ifPresent(session::setValue);
        }
        bookings.setItems(service.ourBookings());
    }
}
