package uk.org.eelga.platform.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.tenancy.TenantScope;
import uk.org.eelga.tenancy.people.CouncilPeople;

/** Reminders and evaluation invitations through a real SMTP server (GreenMail). */
@PlatformIT
@Property(name = "eelga.mail.smtp-host", value = "127.0.0.1")
@Property(name = "eelga.mail.smtp-port", value = "3187")
class SurveyMailIT {

    // a fixed port below the kernel's ephemeral range (32768+), so no outgoing connection can hold it
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(3187, "127.0.0.1", "smtp"));

    @Inject
    SurveyCatalogue catalogue;

    @Inject
    SurveyAnswering answering;

    @Inject
    SurveyReminders reminders;

    @Inject
    EvaluationInvitations invitations;

    @Inject
    CouncilPeople people;

    @BeforeEach
    void clear() throws Exception {
        SurveyTestData.clear();
    }

    @Test
    void reminders_go_only_to_the_people_of_councils_that_have_not_responded_and_are_logged() throws Exception {
        Fixtures.peopleOfTwoCouncils(people);
        long id = SurveyTestData.published(
                catalogue,
                Fixtures.staff(),
                SurveyTestData.draft("Canvass", SurveyAudience.ALL_COUNCILS, null, SurveyMode.PER_COUNCIL, false));
        Survey survey = catalogue.find(id).orElseThrow();
        var nora = Fixtures.NORA;
        TenantScope.runAs(
                Fixtures.memberOf(Fixtures.NORWICH),
                () -> answering.submit(nora, id, SurveyTestData.answers(survey, "No", List.of(), null, null)));

        SurveyReminders.Sent sent = reminders.remind(Fixtures.staff(), id);

        assertThat(sent).isEqualTo(new SurveyReminders.Sent(1, 1, 0));
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Reminder: Canvass");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("Cam@cambridge.demo");
        try (Connection owner = TestDatabase.asOwner();
                ResultSet rs = owner.createStatement()
                        .executeQuery("select councils, recipients from survey_reminder where survey_id = " + id)) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getInt(2)).isEqualTo(1);
        }
    }

    @Test
    void attendees_get_one_evaluation_invitation_however_often_attendance_is_recorded() throws Exception {
        long event = SurveyTestData.eventAttendedBy("norwich", "cambridge");
        try (Connection app = TestDatabase.asApp()) {
            SurveyTestData.attend(app, event, "ipswich", "ABSENT");
        }
        SurveyTestData.published(
                catalogue,
                Fixtures.staff(),
                SurveyTestData.draft(
                        "Evaluation", SurveyAudience.EVENT_ATTENDEES, event, SurveyMode.PER_PERSON, false));

        assertThat(invitations.sendFor(event)).isEqualTo(2);
        assertThat(invitations.sendFor(event)).isZero();

        assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(m -> {
                    try {
                        return m.getAllRecipients()[0].toString();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .containsExactlyInAnyOrder("delegate@norwich.demo", "delegate@cambridge.demo");
        var nora = Fixtures.NORA;
        assertThat(TenantScope.callAs(Fixtures.memberOf(Fixtures.NORWICH), () -> answering.openSurveys(nora)))
                .extracting(SurveyForCouncil::title)
                .containsExactly("Evaluation");
    }
}
