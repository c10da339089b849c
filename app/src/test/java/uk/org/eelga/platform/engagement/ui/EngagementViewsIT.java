package uk.org.eelga.platform.engagement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.engagement.AttendanceRegister;
import uk.org.eelga.platform.engagement.AttendanceStatus;
import uk.org.eelga.platform.engagement.EngagementData;
import uk.org.eelga.platform.engagement.EngagementFiguresIT;
import uk.org.eelga.platform.engagement.EngagementRecords;
import uk.org.eelga.platform.engagement.EngagementRefused;
import uk.org.eelga.platform.engagement.EngagementSummaries;
import uk.org.eelga.platform.engagement.EngagementSummary;
import uk.org.eelga.platform.engagement.EventRegistrations;
import uk.org.eelga.platform.engagement.EventType;
import uk.org.eelga.platform.engagement.ExpectedRole;
import uk.org.eelga.platform.engagement.Fraction;
import uk.org.eelga.platform.engagement.MeetingPlanner;
import uk.org.eelga.platform.engagement.NewMeeting;
import uk.org.eelga.platform.engagement.Registration;
import uk.org.eelga.platform.engagement.SummaryInBackground;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.GridRows;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.TenantScope;

/** Browserless tests of the engagement pages with their real services and database. */
@BrowserlessPages
class EngagementViewsIT {

    static final Caller NORWICH = Fixtures.NORA;
    static final Caller CAMBRIDGE = Fixtures.CAM;

    @Inject
    MeetingPlanner planner;

    @Inject
    EngagementSummaries summaries;

    @Inject
    EngagementRecords records;

    @Inject
    AttendanceRegister register;

    @Inject
    EventRegistrations registrations;

    @BeforeEach
    void start() throws Exception {
        EngagementData.clear();
    }

    @Test
    void staff_record_attendance_on_the_page_and_the_figure_changes() {
        long assembly = assemblyMeeting(LocalDateTime.now().minusDays(3));
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate(AttendanceView.class, assembly);
        AttendanceView view = _get(AttendanceView.class);
        assertThat(view.figure.getText())
                .isEqualTo("No figure yet: attendance is not recorded for any of the 52 expected seats.");

        view.statuses.get("norwich#1").setValue(AttendanceStatus.PRESENT);
        view.statuses.get("cambridge#1").setValue(AttendanceStatus.SUBSTITUTE);
        view.names.get("cambridge#1").setValue("Councillor <b>Deputy</b>");
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Save attendance")));

        assertThat(view.figure.getText()).isEqualTo("Attended: 2 of 52 (4%) of expected seats.");
        assertThat(register.figure(Fixtures.staff(), assembly)).isEqualTo(new Fraction(2, 52));
        assertThat(register.list(Fixtures.staff(), assembly))
                .filteredOn(l -> l.councilId().equals("cambridge"))
                .singleElement()
                .satisfies(l -> assertThat(l.personName()).isEqualTo("Councillor <b>Deputy</b>"));
    }

    @Test
    void staff_mark_a_seat_not_expected_on_the_attendance_page_and_expect_it_again_keeping_what_was_typed() {
        long assembly = assemblyMeeting(LocalDateTime.now().minusDays(3));
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate(AttendanceView.class, assembly);
        AttendanceView view = _get(AttendanceView.class);
        SeatsNotExpected seats = view.seatsNotExpected;
        assertThat(seats.isVisible()).isTrue();
        assertThat(seats.none.getText()).isEqualTo(SeatsNotExpected.NONE);
        assertThat(seats.none.isVisible()).isTrue();

        _click(seats.mark);
        assertThat(seats.errors.messages())
                .containsExactly(
                        "Select the council",
                        "Select the role whose seat is not expected",
                        "Enter the reason the seat is not expected");

        view.statuses.get("norwich#1").setValue(AttendanceStatus.PRESENT); // typed, not yet saved
        seats.council.setValue(new SeatsNotExpected.Council("cambridge", "Cambridge City Council"));
        seats.role.setValue(ExpectedRole.LEADER);
        seats.reason.setValue("Vacant after the by-election");
        _click(seats.mark);
        assertThat(seats.said.getText())
                .isEqualTo("Cambridge City Council's leader seat is no longer expected at this meeting.");
        assertThat(seats.errors.isVisible()).isFalse();
        assertThat(view.figure.getText())
                .isEqualTo("No figure yet: attendance is not recorded for any of the 51 expected seats.");
        assertThat(view.statuses.get("norwich#1").getValue()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(GridRows.of(view.lines)).noneMatch(l -> l.councilId().equals("cambridge"));
        assertThat(seats.exceptions.getElement().getTextRecursively())
                .contains("Cambridge City Council, leader: Vacant after the by-election");
        assertThat(seats.none.isVisible()).isFalse();

        _click(_get(seats.exceptions, Button.class, spec -> spec.withText("Expect this seat again")));
        assertThat(seats.said.getText()).isEqualTo("Cambridge City Council's leader seat is expected again.");
        assertThat(view.figure.getText())
                .isEqualTo("No figure yet: attendance is not recorded for any of the 52 expected seats.");
        assertThat(seats.none.isVisible()).isTrue();

        // Norwich's seat is saved as attended: it was expected, and stays so
        _click(_get(Button.class, spec -> spec.withText("Save attendance")));
        seats.council.setValue(new SeatsNotExpected.Council("norwich", "Norwich City Council"));
        seats.role.setValue(ExpectedRole.LEADER);
        seats.reason.setValue("Vacant");
        _click(seats.mark);
        assertThat(seats.errors.messages())
                .containsExactly(
                        "Attendance is already recorded for Norwich City Council's seat 1 at this meeting. A seat with"
                                + " attendance recorded cannot be marked as not expected.");
        assertThat(view.figure.getText()).isEqualTo("Attended: 1 of 52 (2%) of expected seats.");
    }

    @Test
    void a_council_sees_its_own_summary_with_the_median_and_no_other_councils_figures() {
        assemblyBothAttended();
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(NORWICH)) {
            OurEngagementView view = BrowserlessUi.open(OurEngagementView.class);
            List<EngagementSummary.GroupLine> lines = GridRows.of(view.summary.groups);
            assertThat(lines).singleElement().satisfies(line -> {
                assertThat(line.groupName()).isEqualTo("Assembly of Council Leaders");
                assertThat(line.attended()).isEqualTo(new Fraction(1, 1));
                assertThat(line.regionalMedianPercent()).isZero();
            });
            assertThat(_get(H2.class).getText()).startsWith("Norwich City Council: engagement in ");
            assertThat(UI.getCurrent().getElement().getOuterHTML()).doesNotContain("Cambridge");
        }
    }

    @Test
    void the_meetings_and_events_behind_a_councils_figures_are_listed_when_opened_and_add_up_to_them() {
        long assembly = assemblyBothAttended();
        long later = assemblyMeeting(LocalDateTime.now().minusDays(2));
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(NORWICH)) {
            OurEngagementView view = BrowserlessUi.open(OurEngagementView.class);
            assertThat(GridRows.of(view.summary.groups)).singleElement().satisfies(line -> assertThat(line.attended())
                    .isEqualTo(new Fraction(1, 2)));
            Details meetings = view.summary.behind.meetings;
            assertThat(meetings.getContent().toList())
                    .as("read only when opened")
                    .isEmpty();

            meetings.setOpened(true);
            List<String> listed = items(meetings);
            assertThat(listed).hasSize(2);
            assertThat(listed.get(0))
                    .startsWith("Assembly of Council Leaders, ")
                    .endsWith(": 1 of 1 seat attended");
            assertThat(listed.get(1)).endsWith(": 0 of 1 seat attended");
            assertThat(items(view.summary.behind.events)).isEmpty();
            assertThat(UI.getCurrent().getElement().getOuterHTML()).doesNotContain("Cambridge");
        }
        assertThat(later).isNotEqualTo(assembly);
    }

    @Test
    void staff_open_the_records_behind_any_councils_figures_and_a_council_cannot_read_another_councils() {
        long assembly = assemblyMeeting(LocalDateTime.now().minusDays(3));
        register.record(
                Fixtures.staff(), assembly, List.of(EngagementFiguresIT.line("cambridge", AttendanceStatus.PRESENT)));
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate("console/engagement/council/cambridge");
        CouncilEngagementView council = _get(CouncilEngagementView.class);
        council.summary.behind.meetings.setOpened(true);
        assertThat(items(council.summary.behind.meetings))
                .singleElement()
                .asString()
                .endsWith(": 1 of 1 seat attended");

        // the service itself refuses another council's records to a council's people: "not found", nothing read
        assertThatThrownBy(() -> TenantScope.callAs(
                        NORWICH,
                        () -> records.of(NORWICH, Fixtures.CAMBRIDGE, ReportingPeriod.thisYear(Clock.systemUTC()))))
                .isInstanceOf(EngagementRefused.class);
    }

    private static List<String> items(Details details) {
        return details.getContent()
                .flatMap(c -> c.getChildren())
                .map(c -> c.getElement().getText())
                .toList();
    }

    @Test
    void a_change_of_year_is_worked_out_in_the_background_and_said_while_it_loads() {
        assemblyBothAttended();
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(NORWICH)) {
            OurEngagementView view = BrowserlessUi.open(OurEngagementView.class);
            String thisYear = view.period.year.getValue();
            assertThat(view.loading.status.getText()).isEmpty();
            assertThat(view.loading.status.getElement().getAttribute("aria-live"))
                    .isEqualTo("polite");

            view.period.year.setValue("2018-19");
            // said at once, on the UI thread, while the figures are worked out elsewhere
            assertThat(view.loading.status.getText()).isEqualTo("Loading figures for 2018 to 2019\u2026");
            assertThat(view.summary.isVisible()).isFalse();
            assertThat(UI.getCurrent().getPollInterval()).isEqualTo(SummaryLoading.POLL_MILLIS);
            view.loading.latest.orTimeout(30, TimeUnit.SECONDS).join();
            MockVaadin.clientRoundtrip();
            assertThat(_get(H2.class).getText()).isEqualTo("Norwich City Council: engagement in 2018-19");
            assertThat(GridRows.of(view.summary.groups)).isEmpty();
            assertThat(view.summary.isVisible()).isTrue();
            assertThat(view.loading.status.getText()).isEqualTo("Figures for 2018 to 2019 shown.");
            assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);

            // back to this year: the attendance recorded above is Norwich's only line, Cambridge's never shown
            view.period.year.setValue(thisYear);
            view.loading.latest.orTimeout(30, TimeUnit.SECONDS).join();
            MockVaadin.clientRoundtrip();
            assertThat(GridRows.of(view.summary.groups)).singleElement().satisfies(line -> assertThat(line.attended())
                    .isEqualTo(new Fraction(1, 1)));
            assertThat(UI.getCurrent().getElement().getOuterHTML()).doesNotContain("Cambridge");
        }
    }

    @Test
    void figures_of_an_older_change_that_arrive_late_are_dropped() {
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(NORWICH)) {
            OurEngagementView view = BrowserlessUi.open(OurEngagementView.class);
            EngagementSummary older = summaries.of(NORWICH, Fixtures.NORWICH, ReportingPeriod.year(2018));
            EngagementSummary newer = summaries.of(NORWICH, Fixtures.NORWICH, ReportingPeriod.year(2019));
            CompletableFuture<EngagementSummary> first = new CompletableFuture<>();
            CompletableFuture<EngagementSummary> second = new CompletableFuture<>();

            view.loading.load(ReportingPeriod.year(2018), () -> first);
            CompletableFuture<?> firstShown = view.loading.latest;
            view.loading.load(ReportingPeriod.year(2019), () -> second);
            assertThat(view.loading.status.getText()).isEqualTo("Loading figures for 2019 to 2020\u2026");

            second.complete(newer);
            view.loading.latest.join();
            MockVaadin.clientRoundtrip();
            first.complete(older); // the older change's figures arrive last
            firstShown.join();
            MockVaadin.clientRoundtrip();

            assertThat(_get(H2.class).getText()).isEqualTo("Norwich City Council: engagement in 2019-20");
            assertThat(view.loading.status.getText()).isEqualTo("Figures for 2019 to 2020 shown.");
            assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);

            // a failure is said plainly, with no internals, and polling stops
            CompletableFuture<EngagementSummary> failing = new CompletableFuture<>();
            view.loading.load(ReportingPeriod.year(2020), () -> failing);
            failing.completeExceptionally(new IllegalStateException("connection refused: db-internal:5432"));
            view.loading.latest.join();
            MockVaadin.clientRoundtrip();
            assertThat(view.loading.status.getText())
                    .isEqualTo(
                            "Sorry, the figures for 2020 to 2021 could not be loaded. Choose the period again to retry.")
                    .doesNotContain("5432");
            assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        }
    }

    @Test
    void a_full_queue_says_so_and_twenty_racing_changes_end_on_the_last_one() throws Exception {
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(NORWICH)) {
            OurEngagementView view = BrowserlessUi.open(OurEngagementView.class);
            List<String> years = view.period.year.getListDataView().getItems().toList();
            String last = null;
            for (int i = 0; i < 20; i++) {
                last = years.get(i % years.size());
                view.period.year.setValue(last);
            }
            view.loading.latest.orTimeout(60, TimeUnit.SECONDS).join();
            MockVaadin.clientRoundtrip();
            assertThat(_get(H2.class).getText()).isEqualTo("Norwich City Council: engagement in " + last);
            assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);

            CompletableFuture<EngagementSummary> busy =
                    CompletableFuture.failedFuture(new CompletionException(new SummaryInBackground.Busy()));
            view.loading.load(ReportingPeriod.year(2018), () -> busy);
            view.loading.latest.join();
            MockVaadin.clientRoundtrip();
            assertThat(view.loading.status.getText())
                    .isEqualTo("Many people are loading figures just now. Choose the period again in a minute.");
        }
    }

    @Test
    void a_council_registers_a_delegate_and_sees_only_its_own_registrations() {
        long summit = planner.plan(
                        Fixtures.staff(),
                        new NewMeeting(
                                null,
                                EventType.SUMMIT,
                                "Finance Summit",
                                LocalDateTime.now().plusDays(30),
                                "Cambridge",
                                false,
                                null,
                                2))
                .id();
        TenantScope.runAs(
                Fixtures.memberOf(Fixtures.CAMBRIDGE),
                () -> registrations.register(summit, "Cam Delegate", "cam@cambridge.demo", "x"));

        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(NORWICH)) {
            EventsView view = BrowserlessUi.open(EventsView.class);
            assertThat(GridRows.of(view.events)).singleElement().satisfies(e -> assertThat(e.placesLeft())
                    .isEqualTo(1));
            assertThat(GridRows.of(view.registrations)).isEmpty();

            view.event.setValue(GridRows.of(view.events).get(0));
            _get(TextField.class, spec -> spec.withLabel("Delegate's name")).setValue("Nora Delegate");
            _get(EmailField.class, spec -> spec.withLabel("Delegate's email")).setValue("nora@norwich.demo");
            _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Register delegate")));

            assertThat(GridRows.of(view.registrations))
                    .extracting(Registration::delegateName)
                    .containsExactly("Nora Delegate");
            assertThat(GridRows.of(view.events).get(0).placesLeft()).isZero();

            // the event is now full: a third delegate is refused with a reason, and what was typed stays
            _get(TextField.class, spec -> spec.withLabel("Delegate's name")).setValue("Ned Extra");
            _get(EmailField.class, spec -> spec.withLabel("Delegate's email")).setValue("ned@norwich.demo");
            _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Register delegate")));
            assertThat(view.errors.messages()).containsExactly("This event is full");
            assertThat(view.errors.isVisible()).isTrue();
            assertThat(_get(TextField.class, spec -> spec.withLabel("Delegate's name"))
                            .getValue())
                    .isEqualTo("Ned Extra");
        }
    }

    @Test
    void staff_plan_a_meeting_on_the_page_and_bad_input_is_explained() {
        BrowserlessUi.signIn(Fixtures.staff());
        MeetingsView view = BrowserlessUi.open(MeetingsView.class);
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Plan it")));
        assertThat(view.planErrors.messages())
                .containsExactly(
                        "Choose the group that meets",
                        "Enter a title",
                        "Enter the day and time it starts, for example 01/04/2027 and 10:00");
        assertThat(view.title.isInvalid()).isTrue();
        view.group.setValue(planner.groups().stream()
                .filter(g -> g.code().equals("heads-of-hr"))
                .findFirst()
                .orElseThrow());
        view.title.setValue("Heads of HR, autumn");
        view.startsAt.setValue(LocalDateTime.now().plusDays(10).withNano(0));
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Plan it")));
        assertThat(view.planErrors.messages()).containsExactly("Give a place, or say it is online");
        assertThat(view.place.isInvalid()).isTrue();

        view.place.setValue("Cambridge");
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Plan it")));
        assertThat(view.message.getText()).startsWith("Heads of HR, autumn is planned for ");

        // the group chosen for the meeting is not carried, unseen, into the next thing planned when it is an event
        view.group.setValue(planner.groups().stream()
                .filter(g -> g.code().equals("heads-of-hr"))
                .findFirst()
                .orElseThrow());
        view.kind.setValue(MeetingsView.EVENT);
        assertThat(view.group.getValue()).isNull();
        assertThat(view.group.getLabel()).isEqualTo("Group (optional)");
    }

    @Test
    void a_councils_row_opens_its_summary_in_the_period_chosen_for_the_table() {
        BrowserlessUi.signIn(Fixtures.staff());
        RegionalEngagementView regional = BrowserlessUi.open(RegionalEngagementView.class);
        regional.period.year.setValue("2017-18");
        regional.period.quarter.setValue("Q3 (Oct-Dec)");
        com.vaadin.flow.component.html.Anchor essex =
                (com.vaadin.flow.component.html.Anchor) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(
                        regional.table,
                        GridRows.of(regional.table).stream()
                                .map(r -> r.councilId())
                                .toList()
                                .indexOf("essex"),
                        "council");
        assertThat(essex.getHref()).isEqualTo("console/engagement/council/essex?period=2017-18+Q3");

        UI.getCurrent()
                .navigate(
                        "console/engagement/council/essex",
                        com.vaadin.flow.router.QueryParameters.of("period", "2017-18 Q3"));
        CouncilEngagementView council = _get(CouncilEngagementView.class);
        assertThat(council.period.value().label()).isEqualTo("2017-18 Q3");
        // a period typed by hand that is none stays on this year, not an error page
        BrowserlessUi.restartAs(Fixtures.staff());
        UI.getCurrent()
                .navigate(
                        "console/engagement/council/essex",
                        com.vaadin.flow.router.QueryParameters.of("period", "someday"));
        assertThat(_get(CouncilEngagementView.class).period.value().isWholeYear())
                .isTrue();
    }

    @Test
    void council_people_cannot_open_the_console_engagement_pages() {
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(CAMBRIDGE)) {
            UI.getCurrent().navigate(RegionalEngagementView.class);
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                    .noneMatch(t -> t instanceof RegionalEngagementView);
        }
    }

    /** An Assembly three days ago where Norwich's and Cambridge's leaders were present. */
    private long assemblyBothAttended() {
        long assembly = assemblyMeeting(LocalDateTime.now().minusDays(3));
        register.record(
                Fixtures.staff(),
                assembly,
                List.of(
                        EngagementFiguresIT.line("norwich", AttendanceStatus.PRESENT),
                        EngagementFiguresIT.line("cambridge", AttendanceStatus.PRESENT)));
        return assembly;
    }

    private long assemblyMeeting(LocalDateTime at) {
        return EngagementData.groupMeeting(planner, "assembly", "Assembly", at, "Cambridge");
    }
}
