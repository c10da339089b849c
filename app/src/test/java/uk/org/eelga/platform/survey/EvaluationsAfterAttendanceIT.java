package uk.org.eelga.platform.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.org.eelga.platform.engagement.AttendanceEntry;
import uk.org.eelga.platform.engagement.AttendanceRegister;
import uk.org.eelga.platform.engagement.AttendanceStatus;
import uk.org.eelga.platform.engagement.EventType;
import uk.org.eelga.platform.engagement.MeetingPlanner;
import uk.org.eelga.platform.engagement.NewMeeting;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;

/** Recording an event's attendance invites the people who came to its evaluation, once, and nobody else. */
@PlatformIT
@Property(name = "eelga.mail.smtp-host", value = "127.0.0.1")
@Property(name = "eelga.mail.smtp-port", value = "3188")
class EvaluationsAfterAttendanceIT {

    // a fixed port below the kernel's ephemeral range (32768+), so no outgoing connection can hold it
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(3188, "127.0.0.1", "smtp"));

    @Inject
    MeetingPlanner planner;

    @Inject
    AttendanceRegister register;

    @Inject
    SurveyCatalogue catalogue;

    @BeforeEach
    void clear() throws Exception {
        SurveyTestData.clear();
    }

    @Test
    void staff_recording_who_came_sends_the_evaluation_to_attendees_once() {
        long event = planner.plan(
                        Fixtures.staff(),
                        new NewMeeting(
                                null,
                                EventType.CONFERENCE,
                                "Heads of HR Conference",
                                LocalDateTime.now().minusDays(1).withNano(0),
                                "Newmarket",
                                false,
                                null,
                                100))
                .id();
        SurveyTestData.published(
                catalogue,
                Fixtures.staff(),
                SurveyTestData.draft(
                        "How was the conference?",
                        SurveyAudience.EVENT_ATTENDEES,
                        event,
                        SurveyMode.PER_PERSON,
                        false));
        List<AttendanceEntry> list = List.of(
                new AttendanceEntry("norwich", 1, AttendanceStatus.PRESENT, "Nora", "nora@norwich.gov.uk"),
                new AttendanceEntry("cambridge", 1, AttendanceStatus.ABSENT, "Cam", "cam@cambridge.gov.uk"));

        register.record(Fixtures.staff(), event, list);
        register.record(Fixtures.staff(), event, list);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(SMTP.getReceivedMessagesForDomain("norwich.gov.uk")).hasSize(1);
        assertThat(SMTP.getReceivedMessagesForDomain("cambridge.gov.uk")).isEmpty();
    }
}
