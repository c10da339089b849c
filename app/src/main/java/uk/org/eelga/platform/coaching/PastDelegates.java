package uk.org.eelga.platform.coaching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import uk.org.eelga.tenancy.rls.AssociationWideRead;
import uk.org.eelga.tenancy.rls.EnteredInError;
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
            String entered,
            @Nullable String withdrawn) {}

    @Serdeable
    public record Withdrawal(@Nullable @FreeText(max = EnteredFrom.REASON_MAX, multiline = true) String reason) {}

    private final JdbcOperations jdbc;
    private final SessionRepository sessions;
    private final OnBehalfOfCouncil onBehalf;
    private final AuditLog audit;
    private final Clock clock;
    private final AssociationWideRead wideRead;
    private final EnteredInError enteredInError;

    PastDelegates(
            JdbcOperations jdbc,
            SessionRepository sessions,
            OnBehalfOfCouncil onBehalf,
            AuditLog audit,
            Clock clock,
            AssociationWideRead wideRead,
            EnteredInError enteredInError) {
        this.wideRead = wideRead;
        this.enteredInError = enteredInError;
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
        return new EnteredDelegate(
                id, sessionId, CurrentTenant.require().value(), name, attended, completed, entered, null);
    }

    /** The delegates entered from paper for a session, of every council, withdrawn ones too (staff, audited read). */
    public List<EnteredDelegate> entered(Caller staff, long sessionId) {
        staff.requireStaff("Only association staff see the delegates entered from paper.");
        return wideRead.rows(
                staff,
                "delegates entered from paper for session " + sessionId,
                ENTERED + " and b.session_id = ? order by b.id",
                PastDelegates::enteredRow,
                sessionId);
    }

    /**
     * Withdraws a delegate entered in error (the wrong session, entered twice): the booking is cancelled, its place
     * is free again and no figure counts it; it stays listed with who withdrew it, when and why. A booking the
     * council made is not withdrawn here (the council cancels it).
     */
    public EnteredDelegate withdraw(Caller staff, long sessionId, long bookingId, Withdrawal withdrawal) {
        staff.requireStaff("Only association staff withdraw delegates entered from paper.");
        return enteredInError.withdraw(
                staff,
                ENTERED_IN_ERROR,
                withdrawal == null ? null : withdrawal.reason(),
                reason -> markWithdrawn(staff, sessionId, bookingId, reason),
                bookingId,
                sessionId);
    }

    private static final EnteredInError.Kind ENTERED_IN_ERROR = new EnteredInError.Kind(
            "delegate entered from paper",
            "select tenant_id from coaching_booking where id = ? and session_id = ? and entered_by is not null",
            problem -> new BookingRefused("reason", problem + "."),
            () -> new CoachingNotFound("No such delegate entered from paper for this session."));

    @Transactional
    EnteredDelegate markWithdrawn(Caller staff, long sessionId, long bookingId, String reason) {
        CoachingSession session =
                sessions.lockById(sessionId).orElseThrow(() -> new CoachingNotFound("No such session."));
        // conditional: of several withdrawals at once exactly one cancels the booking, the others are told
        int changed = Rows.update(
                jdbc,
                "update coaching_booking set status = 'CANCELLED', cancelled_at = now(), withdrawn_by = ?,"
                        + " withdrawn_reason = ? where id = ? and session_id = ? and entered_by is not null"
                        + " and status = 'CONFIRMED'",
                staff.displayName(),
                reason,
                bookingId,
                sessionId);
        if (changed != 1) {
            throw new BookingRefused("already-withdrawn", "This delegate is already withdrawn.");
        }
        sessions.addConfirmed(sessionId, -1);
        EnteredDelegate withdrawn = Rows.first(jdbc, ENTERED + " and b.id = ?", PastDelegates::enteredRow, bookingId)
                .orElseThrow();
        audit.record(
                staff,
                CurrentTenant.require(),
                "coaching.past-delegate.withdrawn",
                withdrawn.delegateName() + " on " + session.title() + "; " + withdrawn.entered(),
                "withdrawn",
                reason);
        return withdrawn;
    }

    private static final String ENTERED = "select b.id, b.session_id, b.tenant_id, b.delegate_name,"
            + " coalesce(b.attended, false), b.completed, b.entered_by, b.entered_from, b.entered_on,"
            + " b.withdrawn_by, b.cancelled_at, b.withdrawn_reason from coaching_booking b"
            + " where b.entered_by is not null";

    private static EnteredDelegate enteredRow(ResultSet r) throws SQLException {
        Timestamp cancelled = r.getTimestamp(11);
        return new EnteredDelegate(
                r.getLong(1),
                r.getLong(2),
                r.getString(3),
                r.getString(4),
                r.getBoolean(5),
                r.getBoolean(6),
                EnteredFrom.label(r.getString(7), r.getString(8), r.getDate(9).toLocalDate()),
                r.getString(10) == null
                        ? null
                        : EnteredFrom.withdrawnLabel(
                                r.getString(10), UkTime.dateOf(cancelled.toInstant()), r.getString(12)));
    }
}
