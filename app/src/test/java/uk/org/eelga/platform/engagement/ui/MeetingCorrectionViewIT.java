package uk.org.eelga.platform.engagement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.engagement.AttendanceRegister;
import uk.org.eelga.platform.engagement.AttendanceStatus;
import uk.org.eelga.platform.engagement.EngagementData;
import uk.org.eelga.platform.engagement.EngagementFiguresIT;
import uk.org.eelga.platform.engagement.EventRegistrations;
import uk.org.eelga.platform.engagement.EventType;
import uk.org.eelga.platform.engagement.MeetingInfo;
import uk.org.eelga.platform.engagement.MeetingPlanner;
import uk.org.eelga.platform.engagement.NewMeeting;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.GridRows;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.TenantScope;

/** Correcting a meeting or event on the meetings page, browserless, with the real service and database. */
@BrowserlessPages
class MeetingCorrectionViewIT {

    @Inject
    MeetingPlanner planner;

    @Inject
    AttendanceRegister register;

    @Inject
    EventRegistrations registrations;

    private final LocalDateTime nextWeek = LocalDateTime.now().plusDays(7).truncatedTo(ChronoUnit.HOURS);

    @BeforeEach
    void start() throws Exception {
        EngagementData.clear();
    }

    @Test
    void staff_choose_a_meeting_see_its_details_filled_in_and_correct_it_with_each_problem_at_its_field() {
        long id = EngagementData.groupMeeting(planner, "heads-of-hr", "Heads of HR, autum", nextWeek, "Cambrige");
        BrowserlessUi.signIn(Fixtures.staff());
        MeetingsView view = BrowserlessUi.open(MeetingsView.class);
        assertThat(view.chosen.getText()).isEqualTo(MeetingsView.CHOOSE);
        assertThat(view.correct.isVisible()).isFalse();

        _click(correctButton(view, id));

        assertThat(view.correct.isVisible()).isTrue();
        assertThat(view.correct.getText()).isEqualTo("Correct the chosen meeting");
        assertThat(view.corrected.title.getValue()).isEqualTo("Heads of HR, autum");
        assertThat(view.corrected.startsAt.getValue()).isEqualTo(nextWeek);
        assertThat(view.corrected.place.getValue()).isEqualTo("Cambrige");
        assertThat(view.corrected.online.getValue()).isFalse();
        assertThat(view.corrected.capacity.isVisible()).isFalse();
        assertThat(view.chosen.getText())
                .contains("a group meeting of Heads of HR")
                .contains("What it is and its group stay as planned; to change them, cancel it and plan another.")
                .contains("Its time can be changed only while no attendance is recorded for it.");
        // every field is labelled; the dates are day first
        assertThat(List.of(
                        view.corrected.title.getLabel(),
                        view.corrected.startsAt.getLabel(),
                        view.corrected.place.getLabel(),
                        view.corrected.online.getLabel(),
                        view.corrected.agenda.getLabel()))
                .doesNotContainNull()
                .allSatisfy(label -> assertThat(label).isNotBlank());
        assertThat(view.chosen.getText()).contains(UkTime.dateTime(UkTime.at(nextWeek)));

        view.corrected.title.setValue("");
        view.corrected.place.setValue("");
        _click(view.correct);
        assertThat(view.correctErrors.messages()).containsExactly("Enter a title");
        assertThat(view.corrected.title.isInvalid()).isTrue();

        view.corrected.title.setValue("Heads of HR, autumn");
        _click(view.correct);
        assertThat(view.correctErrors.messages()).containsExactly("Give a place, or say it is online");
        assertThat(view.corrected.place.isInvalid()).isTrue();
        assertThat(view.correction.isVisible()).isFalse();
        assertThat(planner.meeting(id).orElseThrow().title()).isEqualTo("Heads of HR, autum");

        view.corrected.place.setValue("Cambridge");
        view.corrected.agenda.setValue("https://eelga.gov.uk/hr-agenda");
        view.corrected.startsAt.setValue(nextWeek.plusHours(1));
        _click(view.correct);

        assertThat(view.correctErrors.isVisible()).isFalse();
        assertThat(view.correction.isVisible()).isTrue();
        assertThat(view.correction.getText())
                .isEqualTo(
                        "Meeting corrected: Heads of HR, autumn, " + UkTime.dateTime(UkTime.at(nextWeek.plusHours(1))));
        MeetingInfo after = planner.meeting(id).orElseThrow();
        assertThat(after.title()).isEqualTo("Heads of HR, autumn");
        assertThat(after.place()).isEqualTo("Cambridge");
        assertThat(after.agendaUrl()).isEqualTo("https://eelga.gov.uk/hr-agenda");
        assertThat(after.startsAt()).isEqualTo(UkTime.at(nextWeek.plusHours(1)));
        assertThat(GridRows.of(view.meetings)).extracting(MeetingInfo::title).containsExactly("Heads of HR, autumn");
        // the form stays on the corrected meeting, as it is now
        assertThat(view.corrected.title.getValue()).isEqualTo("Heads of HR, autumn");
    }

    @Test
    void a_meeting_whose_attendance_is_recorded_keeps_its_time_said_at_the_field_and_nothing_changes() {
        LocalDateTime lastWeek = LocalDateTime.now().minusDays(7).truncatedTo(ChronoUnit.HOURS);
        long id = EngagementData.groupMeeting(planner, "assembly", "Assembly", lastWeek, "Cambridge");
        register.record(Fixtures.staff(), id, List.of(EngagementFiguresIT.line("norwich", AttendanceStatus.PRESENT)));
        MeetingInfo before = planner.meeting(id).orElseThrow();
        BrowserlessUi.signIn(Fixtures.staff());
        MeetingsView view = BrowserlessUi.open(MeetingsView.class);
        view.meetings.select(before);

        view.corrected.startsAt.setValue(lastWeek.plusDays(1));
        view.corrected.title.setValue("Assembly of Council Leaders");
        _click(view.correct);

        assertThat(view.correctErrors.messages())
                .containsExactly("Attendance is already recorded for this meeting, so its time cannot be changed");
        assertThat(view.corrected.startsAt.isInvalid()).isTrue();
        assertThat(planner.meeting(id)).contains(before);

        view.corrected.startsAt.setValue(lastWeek);
        _click(view.correct);
        assertThat(view.correction.getText()).startsWith("Meeting corrected: Assembly of Council Leaders, ");
        assertThat(register.figure(Fixtures.staff(), id).part()).isEqualTo(1);
    }

    @Test
    void an_events_capacity_below_its_registrations_is_refused_at_the_capacity_field() {
        MeetingInfo event = planner.plan(
                Fixtures.staff(),
                new NewMeeting(null, EventType.SUMMIT, "Summit", nextWeek, "London", false, null, 10));
        for (String name : List.of("ned", "nora")) {
            TenantScope.runAs(
                    Fixtures.memberOf(Fixtures.NORWICH),
                    () -> registrations.register(event.id(), name, name + "@norwich.demo", "nora@norwich.demo"));
        }
        BrowserlessUi.signIn(Fixtures.staff());
        MeetingsView view = BrowserlessUi.open(MeetingsView.class);
        _click(correctButton(view, event.id()));
        assertThat(view.corrected.capacity.isVisible()).isTrue();
        assertThat(view.corrected.capacity.getValue()).isEqualTo(10);
        assertThat(view.chosen.getText())
                .contains("an event (Summit, of no group)")
                .contains("What it is, its event type and its group stay as planned");

        view.corrected.capacity.setValue(1);
        _click(view.correct);

        assertThat(view.correctErrors.messages())
                .containsExactly("2 delegates are already registered, so the capacity cannot be less than 2");
        assertThat(view.corrected.capacity.isInvalid()).isTrue();
        assertThat(planner.meeting(event.id()).orElseThrow().capacity()).isEqualTo(10);
    }

    @Test
    void a_cancelled_meeting_is_said_to_be_cancelled_and_offers_no_correction() {
        long id = EngagementData.groupMeeting(planner, "heads-of-hr", "Heads of HR", nextWeek, "Cambridge");
        MeetingInfo cancelled = planner.cancel(Fixtures.staff(), id, "Venue lost");
        BrowserlessUi.signIn(Fixtures.staff());
        MeetingsView view = BrowserlessUi.open(MeetingsView.class);
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(view.meetings, 0, "actions");
        assertThat(actions.getChildren().filter(c -> c instanceof Button)).isEmpty();

        view.meetings.select(cancelled);

        assertThat(view.chosen.getText()).isEqualTo("Heads of HR was cancelled, so it cannot be corrected.");
        assertThat(view.correct.isVisible()).isFalse();
        assertThat(view.correctForm.isVisible()).isFalse();
    }

    private static Button correctButton(MeetingsView view, long id) {
        int row = GridRows.of(view.meetings).stream()
                .map(MeetingInfo::id)
                .toList()
                .indexOf(id);
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(view.meetings, row, "actions");
        return (Button) actions.getChildren()
                .filter(c -> c instanceof Button b && b.getText().equals("Correct"))
                .findFirst()
                .orElseThrow();
    }
}
