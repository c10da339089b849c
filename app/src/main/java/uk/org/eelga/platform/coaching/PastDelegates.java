package uk.org.eelga.platform.coaching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import uk.org.eelga.shared.EnteredFrom;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.audit.AuditLog;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.rls.OnBehalfOfCouncil;

/**
 * Delegates of sessions that took place before the platform (or on paper), entered by staff with their attendance
 * (issue 14 point 2). A booking made on the platform refuses a session in the past ({@code session-in-past}); this
 * is the one way to record one, always labelled with who entered it, from what and when. The place is taken like
 * any other: the session row is locked and its confirmed count kept, so the session's capacity holds.
 */
@Singleton
public class PastDelegates {

    @Serdeable
    public record PastDelegate(
            @FreeText(max = 60) String councilId,
            @FreeText(max = 200) String delegateName,
            @FreeText(max = Text.EMAIL) String delegateEmail,
            @Nullable Boolean attended,
            boolean completed,
            @FreeText(max = EnteredFrom.SOURCE_MAX) String source) {}

    @Serdeable
    public record EnteredDelegate(
            long id,
            long sessionId,
            String councilId,
            String delegateName,
            boolean attended,
            boolean completed,
            String entered) {}

    private final JdbcOperations jdbc;
    private final SessionRepository sessions;
    private final OnBehalfOfCouncil onBehalf;
    private final AuditLog audit;
    private final Clock clock;

    PastDelegates(
            JdbcOperations jdbc, SessionRepository sessions, OnBehalfOfCouncil onBehalf, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.onBehalf = onBehalf;
        this.audit = audit;
        this.clock = clock;
    }

    public EnteredDelegate enter(Caller staff, long sessionId, PastDelegate past) {
        staff.requireStaff("Only association staff enter past delegates.");
        if (past == null) {
            throw new BookingRefused("delegate-name", "Give the council, the delegate and the source.");
        }
        String name = past.delegateName() == null ? "" : past.delegateName().strip();
        if (name.isEmpty() || name.length() > 200 || Text.hasControlCharacters(name, false)) {
            throw new BookingRefused("delegate-name", "Give the delegate's name (up to 200 characters).");
        }
        String email =
                past.delegateEmail() == null ? "" : past.delegateEmail().strip().toLowerCase(Locale.ROOT);
        if (email.length() > Text.EMAIL || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new BookingRefused("delegate-email", "Give the delegate's email address, like name@council.gov.uk.");
        }
        EnteredFrom.check(past.source(), problem -> new BookingRefused("source", problem + "."));
        TenantId council = TenantId.given(past.councilId(), () -> new CoachingNotFound("No such council."));
        return onBehalf.call(staff, council, () -> save(staff, sessionId, name, email, past));
    }

    @Transactional
    EnteredDelegate save(Caller staff, long sessionId, String name, String email, PastDelegate past) {
        CoachingSession session =
                sessions.lockById(sessionId).orElseThrow(() -> new CoachingNotFound("No such session."));
        if (session.startsAt().isAfter(clock.instant())) {
            throw new BookingRefused(
                    "session-not-past",
                    "This session has not taken place yet: councils book it in their portal, or staff for them.");
        }
        if (session.confirmedCount() >= session.capacity()) {
            throw new BookingRefused("session-full", "Every place of this session is already taken.");
        }
        boolean twice = Rows.one(
                jdbc,
                "select exists (select 1 from coaching_booking where session_id = ? and lower(delegate_email) = ?"
                        + " and status <> 'CANCELLED')",
                r -> r.getBoolean(1),
                sessionId,
                email);
        if (twice) {
            throw new BookingRefused("already-booked", "This delegate already has a place on this session.");
        }
        LocalDate today = UkTime.today(clock);
        boolean attended = past.attended() == null || past.attended();
        boolean completed = attended && past.completed();
        String source = past.source().strip();
        Timestamp at = Timestamp.from(session.startsAt());
        long id = Rows.one(
                jdbc,
                "insert into coaching_booking (tenant_id, session_id, delegate_name, delegate_email, status,"
                        + " price_pence, booked_by_subject, booked_by_email, booked_at, confirmed_at, attended,"
                        + " completed, entered_by, entered_from, entered_on)"
                        + " values (app_current_tenant(), ?, ?, ?, 'CONFIRMED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " returning id",
                r -> r.getLong(1),
                sessionId,
                name,
                email,
                session.pricePence(),
                staff.subject(),
                staff.email(),
                at,
                at,
                attended,
                completed,
                staff.displayName(),
                source,
                Date.valueOf(today));
        sessions.addConfirmed(sessionId, 1);
        String entered = EnteredFrom.label(staff.displayName(), source, today);
        audit.record(
                staff,
                CurrentTenant.require(),
                "coaching.past-delegate",
                null,
                name + " on " + session.title() + (attended ? ", attended" : ", did not attend"),
                entered);
        return new EnteredDelegate(id, sessionId, CurrentTenant.require().value(), name, attended, completed, entered);
    }
}
