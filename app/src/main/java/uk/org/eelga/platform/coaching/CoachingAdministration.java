package uk.org.eelga.platform.coaching;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.rls.AssociationWideRead;
import uk.org.eelga.tenancy.rls.OnBehalfOfCouncil;

/** Association staff's side of bookings: every council's bookings on a session, and attendance. */
@Singleton
public class CoachingAdministration {

    private final AssociationWideRead wideRead;
    private final OnBehalfOfCouncil onBehalf;
    private final AttendanceRecorder recorder;
    private final SessionSummaries sessions;

    CoachingAdministration(
            AssociationWideRead wideRead,
            OnBehalfOfCouncil onBehalf,
            AttendanceRecorder recorder,
            SessionSummaries sessions) {
        this.wideRead = wideRead;
        this.onBehalf = onBehalf;
        this.recorder = recorder;
        this.sessions = sessions;
    }

    /** Confirmed places first (in booking order), then the waitlist in line order, then cancellations. */
    public List<BookingSummary> bookingsOn(Caller staff, long sessionId) {
        SessionSummary session = sessions.session(sessionId);
        return wideRead.rows(
                staff,
                "coaching bookings of session " + sessionId,
                "select b.id, b.tenant_id, b.delegate_name, b.delegate_email, b.status, b.price_pence,"
                        + " b.booked_at, b.attended, b.completed,"
                        + " app_entered_label(b.entered_by, b.entered_from, b.entered_on) as entered,"
                        + " (select count(*) from coaching_waitlist a, coaching_waitlist w where w.booking_id = b.id"
                        + " and a.session_id = w.session_id and a.position <= w.position) as in_line"
                        + " from coaching_booking b where b.session_id = ?"
                        + " order by case b.status when 'CONFIRMED' then 0 when 'WAITLISTED' then 1 else 2 end,"
                        + " in_line, b.booked_at, b.id",
                rows -> row(rows, session),
                sessionId);
    }

    /** Records whether a confirmed delegate attended and completed; written as the delegate's council. */
    public BookingSummary recordAttendance(
            Caller staff, String councilId, long bookingId, @Nullable Boolean attended, boolean completed) {
        TenantId council = TenantId.given(councilId, () -> new CoachingNotFound("No such booking"));
        CoachingBooking changed =
                onBehalf.call(staff, council, () -> recorder.record(staff, bookingId, attended, completed));
        return CoachingBookings.summary(changed, sessions.session(changed.sessionId()), null);
    }

    private static BookingSummary row(ResultSet rows, SessionSummary session) throws SQLException {
        BookingStatus status = BookingStatus.valueOf(rows.getString("status"));
        Object attended = rows.getObject("attended");
        return new BookingSummary(
                rows.getLong("id"),
                rows.getString("tenant_id"),
                session.id(),
                session.title(),
                session.cohortName(),
                session.startsAt(),
                session.cancellationCutoff(),
                rows.getString("delegate_name"),
                rows.getString("delegate_email"),
                status,
                status == BookingStatus.WAITLISTED ? rows.getLong("in_line") : null,
                rows.getLong("price_pence"),
                rows.getTimestamp("booked_at").toInstant(),
                attended == null ? null : (Boolean) attended,
                rows.getBoolean("completed"),
                rows.getString("entered"));
    }
}
