package uk.org.eelga.platform.coaching.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;
import static uk.org.eelga.tenancy.ui.UkDates.ukDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.org.eelga.platform.coaching.BookingRefused;
import uk.org.eelga.platform.coaching.BookingStatus;
import uk.org.eelga.platform.coaching.BookingSummary;
import uk.org.eelga.platform.coaching.CoachingAdministration;
import uk.org.eelga.platform.coaching.CoachingCatalogue;
import uk.org.eelga.platform.coaching.CoachingFigures;
import uk.org.eelga.platform.coaching.CoachingNotFound;
import uk.org.eelga.platform.coaching.CoachingPlacesInvoicing;
import uk.org.eelga.platform.coaching.CohortSummary;
import uk.org.eelga.platform.coaching.Programme;
import uk.org.eelga.platform.coaching.SessionDraft;
import uk.org.eelga.platform.coaching.SessionSummary;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilSummary;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Choices;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.NarrowScreens;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.StaffPage;
import uk.org.eelga.tenancy.ui.Tables;

/** The console's coaching page: cohorts and their sessions, every council's bookings on a session, attendance. */
@Route("console/coaching")
@PageTitle("Coaching programme | EELGA console")
@MenuEntry(label = "Coaching", area = MenuEntry.Area.CONSOLE, order = 30)
@StaffPage
public class CoachingConsoleView extends Page {

    final Select<CohortSummary> cohort = new Select<>();
    final Grid<SessionSummary> sessions = new Grid<>(SessionSummary.class, false);
    final TextField title = limited(new TextField("Session title"), Text.NAME);
    final DateTimePicker starts = ukDate(new DateTimePicker("Starts"));
    final DateTimePicker ends = ukDate(new DateTimePicker("Ends"));
    final DateTimePicker cutoff = ukDate(new DateTimePicker("Cancellation cut-off"));
    final TextField venue = limited(new TextField("Venue"), Text.NAME);
    final IntegerField capacity = new IntegerField("Places");
    final BigDecimalField price = new BigDecimalField("Price per place (£, 0 for free)");
    final IntegerField allowance = new IntegerField("Places per council (optional)");
    final Button add = new Button("Add session");
    final Button save = new Button("Save changes");
    final Paragraph engagedCouncils = new Paragraph();
    final Paragraph message = new Paragraph();
    final H2 bookingsHeading = new H2("Bookings");
    final Grid<BookingSummary> bookings = new Grid<>(BookingSummary.class, false);
    final Select<Programme> newProgramme = Choices.select("Programme", Programme::label, Programme.values());
    final TextField newCohortName = limited(new TextField("New cohort name"), Text.NAME);
    final DatePicker invoiceDueOn = ukDate(new DatePicker("Due date"));
    final Button invoicePlaces = new Button("Invoice paid coaching places");
    final Paragraph invoiceMessage = new Paragraph();
    final ErrorSummary cohortErrors = new ErrorSummary(newProgramme, newCohortName);
    final ErrorSummary sessionErrors =
            new ErrorSummary(cohort, title, starts, ends, cutoff, venue, capacity, price, allowance);

    private final CoachingCatalogue catalogue;
    private final CoachingAdministration administration;
    private final Caller staff;

    CoachingConsoleView(
            CoachingCatalogue catalogue,
            CoachingAdministration administration,
            CoachingFigures figures,
            CoachingPlacesInvoicing invoicing,
            CouncilDirectory councils) {
        super("Coaching programme");
        this.catalogue = catalogue;
        this.administration = administration;
        this.staff = Callers.current();
        ReportingPeriod year =
                ReportingPeriod.containing(LocalDate.now(UkTime.ZONE)).wholeYear();
        CoachingFigures.CouncilsEngaged engaged = figures.councilsEngaged(staff, year.start(), year.end());
        List<CouncilSummary> register = councils.all();
        engagedCouncils.setText(engagedSummary(
                year.label(),
                engaged.count(),
                register.stream().filter(CouncilSummary::memberNow).count()));
        add(engagedCouncils, engagedRecords(engaged, register));

        cohort.setLabel("Cohort");
        cohort.setItemLabelGenerator(CohortSummary::name);
        cohort.setWidth("36em");
        cohort.setMaxWidth("100%"); // on a phone the cohort's name wraps inside the screen
        cohort.addValueChangeListener(e -> showSessions());
        newProgramme.setValue(Programme.ILM7);
        Button addCohort = new Button("Add cohort", click -> addCohort());
        HorizontalLayout cohorts = new HorizontalLayout(cohort, newProgramme, newCohortName, addCohort);
        cohorts.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        cohorts.setWrap(true);
        cohorts.setWidthFull(); // as wide as the page, not as its content, so the row wraps on a phone
        add(cohortErrors, cohorts);

        sessions.addColumn(SessionSummary::title).setHeader("Session").setFlexGrow(2);
        sessions.addColumn(s -> UkTime.dayDateTime(s.startsAt())).setHeader("Starts");
        sessions.addColumn(SessionSummary::venue).setHeader("Venue").setFlexGrow(2);
        sessions.addColumn(SessionSummary::priceLabel).setHeader("Price");
        sessions.addColumn(s -> s.confirmed() + " of " + s.capacity() + " confirmed")
                .setHeader("Places");
        NarrowScreens.cards(sessions, "Session", s -> new NarrowScreens.Card(s.title())
                .row("Starts", UkTime.dayDateTime(s.startsAt()))
                .row("Venue", s.venue())
                .row("Price", s.priceLabel())
                .row("Places", s.confirmed() + " of " + s.capacity() + " confirmed"));
        sessions.setAllRowsVisible(true);
        Tables.named(sessions, "Sessions of the cohort", "This cohort has no sessions yet.");
        sessions.addSelectionListener(e -> showSession(e.getFirstSelectedItem().orElse(null)));
        add(sessions);

        capacity.setMin(1);
        allowance.setMin(1);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> saveSession(null));
        save.addClickListener(
                click -> sessions.getSelectedItems().stream().findFirst().ifPresent(s -> saveSession(s.id())));
        save.setEnabled(false);
        HorizontalLayout form =
                new HorizontalLayout(title, starts, ends, cutoff, venue, capacity, price, allowance, add, save);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWidthFull(); // as wide as the page, so the row wraps on a phone
        form.setWrap(true);
        message.getElement().setAttribute("role", "status");
        add(sessionErrors, form, message);

        Map<String, String> names =
                register.stream().collect(Collectors.toMap(CouncilSummary::id, CouncilSummary::name));
        bookings.addColumn(b -> names.getOrDefault(b.councilId(), b.councilId()))
                .setHeader("Council");
        bookings.addColumn(BookingSummary::delegateName).setHeader("Delegate");
        bookings.addColumn(BookingSummary::delegateEmail).setHeader("Email").setFlexGrow(2);
        bookings.addColumn(BookingSummary::statusLabel).setHeader("Status").setKey("status");
        bookings.addColumn(BookingSummary::attendanceLabel)
                .setHeader("Attendance")
                .setKey("attendance");
        bookings.addColumn(b -> b.entered() == null ? "Booked on the platform" : b.entered())
                .setHeader("Source")
                .setKey("entered")
                .setFlexGrow(2);
        bookings.addComponentColumn(this::attendanceButtons)
                .setHeader("Record")
                .setKey("record")
                .setAutoWidth(true);
        NarrowScreens.cards(bookings, "Booking", b -> new NarrowScreens.Card(b.delegateName())
                .row("Council", names.getOrDefault(b.councilId(), b.councilId()))
                .row("Email", b.delegateEmail())
                .row("Status", b.statusLabel())
                .row("Attendance", b.attendanceLabel())
                .row("Source", b.entered() == null ? "Booked on the platform" : b.entered())
                .actions(attendanceButtons(b)));
        bookings.setAllRowsVisible(true);
        Tables.named(bookings, "Bookings on the session", "No bookings on this session yet.");
        add(bookingsHeading, bookings);

        // Paid places are invoiced from here, through billing (billing knows nothing of coaching).
        invoiceDueOn.setValue(LocalDate.now(UkTime.ZONE).plusDays(30));
        invoicePlaces.addClickListener(click -> {
            int done = invoicing.invoicePaidPlaces(staff, invoiceDueOn.getValue());
            invoiceMessage.setText((done == 1 ? "1 paid coaching place" : done + " paid coaching places")
                    + " invoiced (each place is invoiced once).");
        });
        invoiceMessage.getElement().setAttribute("role", "status");
        HorizontalLayout invoiceRun = new HorizontalLayout(invoiceDueOn, invoicePlaces);
        invoiceRun.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2("Invoicing paid places"), invoiceRun, invoiceMessage);

        List<CohortSummary> all = catalogue.cohorts();
        cohort.setItems(all);
        // open on the cohort of the next session to come, else the newest
        long next = catalogue.cohortOfNextSession().orElse(-1L);
        all.stream()
                .filter(c -> c.id() == next)
                .findFirst()
                .or(() -> all.stream().findFirst())
                .ifPresent(cohort::setValue);
    }

    private void showSessions() {
        sessions.setItems(cohort.getValue() == null ? List.of() : catalogue.sessionsOf(cohort.getValue()));
        showSession(null);
    }

    private void showSession(SessionSummary chosen) {
        save.setEnabled(chosen != null);
        if (chosen == null) {
            bookingsHeading.setText("Bookings (choose a session)");
            bookings.setItems(List.of());
            return;
        }
        title.setValue(chosen.title());
        starts.setValue(UkTime.localOf(chosen.startsAt()));
        ends.setValue(UkTime.localOf(chosen.endsAt()));
        cutoff.setValue(UkTime.localOf(chosen.cancellationCutoff()));
        venue.setValue(chosen.venue());
        capacity.setValue(chosen.capacity());
        price.setValue(BigDecimal.valueOf(chosen.pricePence(), 2));
        allowance.setValue(chosen.allowancePerCouncil());
        bookingsHeading.setText("Bookings on " + chosen.title());
        bookings.setItems(administration.bookingsOn(staff, chosen.id()));
    }

    private void addCohort() {
        startChecks();
        cohortErrors.required(newCohortName, "Enter the new cohort's name");
        cohortErrors.tryIfNone(
                () -> {
                    CohortSummary created =
                            catalogue.createCohort(staff, newProgramme.getValue(), newCohortName.getValue(), "");
                    cohort.setItems(catalogue.cohorts());
                    cohort.setValue(created);
                    newCohortName.clear();
                    message.setText("Cohort " + created.name() + " added.");
                },
                Map.of(
                        "cohort-programme", newProgramme,
                        "cohort-name", newCohortName,
                        "cohort-name-taken", newCohortName));
    }

    private void startChecks() {
        cohortErrors.clear();
        sessionErrors.clear();
        message.setText("");
    }

    /** Every problem of the session form at once, at its field; then the rules' own refusal at the field it names. */
    private void saveSession(Long sessionId) {
        startChecks();
        sessionErrors.required(cohort, "Choose a cohort, or add one first");
        sessionErrors.required(title, "Enter the session title");
        sessionErrors.required(starts, "Enter when the session starts, for example 01/04/2027 and 14:30");
        if (!sessionErrors.required(ends, "Enter when the session ends, for example 01/04/2027 and 14:30")
                && starts.getValue() != null
                && !ends.getValue().isAfter(starts.getValue())) {
            sessionErrors.add(ends, "The session must end after it starts");
        }
        if (!sessionErrors.required(cutoff, "Enter the cancellation cut-off, for example 25/03/2027 and 17:00")
                && starts.getValue() != null
                && cutoff.getValue().isAfter(starts.getValue())) {
            sessionErrors.add(cutoff, "The cancellation cut-off must be no later than the start");
        }
        sessionErrors.required(venue, "Enter the venue");
        sessionErrors.required(capacity, "Enter the number of places");
        BigDecimal pounds = price.getValue();
        if (pounds == null) {
            sessionErrors.add(price, "Enter the price in pounds, 0 for a free session");
        } else if (pounds.signum() < 0
                || pounds.compareTo(BigDecimal.valueOf(SessionDraft.MAX_PRICE_PENCE, 2)) > 0
                || pounds.scale() > 2 && pounds.stripTrailingZeros().scale() > 2) {
            sessionErrors.add(price, "Enter a price in pounds and pence, from 0 to £100,000");
        }
        sessionErrors.tryIfNone(
                () -> {
                    SessionDraft draft = new SessionDraft(
                            cohort.getValue().id(),
                            title.getValue(),
                            instant(starts.getValue()),
                            instant(ends.getValue()),
                            venue.getValue(),
                            capacity.getValue(),
                            pounds.movePointRight(2).longValueExact(),
                            allowance.getValue(),
                            instant(cutoff.getValue()));
                    SessionSummary saved = sessionId == null
                            ? catalogue.createSession(staff, draft)
                            : catalogue.updateSession(staff, sessionId, draft);
                    message.setText("Session " + saved.title() + " saved.");
                    sessions.setItems(catalogue.sessionsOf(cohort.getValue()));
                },
                Map.of(
                        "session-cohort", cohort,
                        "session-details", title,
                        "session-dates", ends,
                        "session-cutoff", cutoff,
                        "session-capacity", capacity,
                        "session-price", price,
                        "session-allowance", allowance));
    }

    private Instant instant(LocalDateTime local) {
        return local == null ? null : UkTime.at(local);
    }

    private HorizontalLayout attendanceButtons(BookingSummary booking) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (booking.status() != BookingStatus.CONFIRMED) {
            return buttons;
        }
        buttons.add(
                recordButton("Attended", booking, true, false),
                recordButton("Completed", booking, true, true),
                recordButton("Did not attend", booking, false, false));
        return buttons;
    }

    private Button recordButton(String label, BookingSummary booking, boolean attended, boolean completed) {
        Button button = new Button(label, click -> {
            try {
                administration.recordAttendance(staff, booking.councilId(), booking.id(), attended, completed);
                message.setText(booking.delegateName() + ": " + label.toLowerCase() + " recorded.");
            } catch (BookingRefused | CoachingNotFound refused) {
                message.setText("Not recorded: " + refused.getMessage());
            }
            sessions.getSelectedItems().stream()
                    .findFirst()
                    .ifPresent(s -> bookings.setItems(administration.bookingsOn(staff, s.id())));
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", label + ": " + booking.delegateName());
        return button;
    }

    /**
     * The year's figure as the framework has it: with no council engaged there are no records, so no figure yet
     * (never "0 of 52").
     */
    static String engagedSummary(String year, long engaged, long members) {
        return engaged == 0
                ? "Councils engaged in " + year + ": no figure yet. No council has a confirmed place on a session"
                        + " starting in " + year + "."
                : "Councils engaged in " + year + ": " + engaged + " of " + members + " member councils.";
    }

    /**
     * The records behind "councils engaged": each council with a confirmed place on a session starting in the year,
     * by name (a short summary, so it fits a phone's screen).
     */
    static Details engagedRecords(CoachingFigures.CouncilsEngaged engaged, List<CouncilSummary> register) {
        Map<String, String> names =
                register.stream().collect(Collectors.toMap(CouncilSummary::id, CouncilSummary::name, (a, b) -> a));
        UnorderedList list = new UnorderedList();
        engaged.councilIds().stream()
                .map(id -> names.getOrDefault(id, id))
                .sorted()
                .forEach(name -> list.add(new ListItem(name)));
        Details details = new Details(engaged.count() == 0 ? "No councils counted" : "The councils counted", list);
        details.setId("coaching-engaged-councils");
        details.setEnabled(engaged.count() > 0);
        return details;
    }
}
