package uk.org.eelga.platform.survey;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.org.eelga.platform.engagement.AttendanceRegister;

/**
 * Once staff have recorded who came to an event, its attendees' councils see the event's evaluation and each
 * attendee with an email address is invited once. A mail problem never undoes the attendance just saved: the
 * next save (or the next call) sends what is still due.
 */
@Singleton
class EvaluationsAfterAttendance implements AttendanceRegister.AttendanceListener {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationsAfterAttendance.class);

    private final EvaluationInvitations invitations;

    EvaluationsAfterAttendance(EvaluationInvitations invitations) {
        this.invitations = invitations;
    }

    @Override
    public void eventAttendanceRecorded(long meetingId) {
        try {
            int sent = invitations.sendFor(meetingId);
            LOG.info("Evaluation invitations for event {}: {} sent", meetingId, sent);
        } catch (RuntimeException e) {
            LOG.warn("Evaluation invitations for event {} not sent yet; they will be on the next save", meetingId, e);
        }
    }
}
