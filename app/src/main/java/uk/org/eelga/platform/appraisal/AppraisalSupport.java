package uk.org.eelga.platform.appraisal;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.Role;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.rls.AssociationWideRead;
import uk.org.eelga.tenancy.rls.OnBehalfOfCouncil;

/**
 * Chief Executive appraisal support. A council's leader or admin requests it and sees where it stands; association
 * staff see the open requests of every council and schedule, deliver or decline them.
 */
@Singleton
public class AppraisalSupport {

    private final AppraisalRequestRepository requests;
    private final AppraisalDecisions decisions;
    private final AssociationWideRead wideRead;
    private final OnBehalfOfCouncil onBehalf;
    private final Clock clock;

    AppraisalSupport(
            AppraisalRequestRepository requests,
            AppraisalDecisions decisions,
            AssociationWideRead wideRead,
            OnBehalfOfCouncil onBehalf,
            Clock clock) {
        this.requests = requests;
        this.decisions = decisions;
        this.wideRead = wideRead;
        this.onBehalf = onBehalf;
        this.clock = clock;
    }

    public static final int PREFERRED_DATES_MAX = 500;
    public static final int NOTES_MAX = 2000;

    public static boolean mayRequest(Caller user) {
        return user.council() != null && user.hasAny(Role.COUNCIL_LEADER, Role.COUNCIL_ADMIN);
    }

    @Transactional
    public AppraisalSummary request(Caller user, String preferredDates, String notes) {
        Supplier<AppraisalRefused> notLeader = () ->
                new AppraisalRefused("not-leader", "Only the council's leader or a council admin can request support.");
        user.requireAny(notLeader, Role.COUNCIL_LEADER, Role.COUNCIL_ADMIN).councilOrRefuse(notLeader);
        String dates = preferredDates == null ? "" : preferredDates.trim();
        String said = notes == null ? "" : notes.trim();
        if (dates.isEmpty() || dates.length() > PREFERRED_DATES_MAX || Text.hasControlCharacters(dates, true)) {
            throw new AppraisalRefused(
                    "preferred-dates", "Give your preferred dates (up to 500 characters of plain text).");
        }
        if (said.length() > NOTES_MAX) {
            throw new AppraisalRefused("notes-too-long", "Notes can be up to 2,000 characters.");
        }
        if (Text.hasControlCharacters(said, true)) {
            throw new AppraisalRefused("notes", "Notes contain control characters; type them again as plain text.");
        }
        return requests.save(new AppraisalRequest(
                        null,
                        null,
                        user.subject(),
                        user.displayName(),
                        user.email(),
                        clock.instant(),
                        dates,
                        said,
                        AppraisalStatus.REQUESTED,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .summary();
    }

    /** Today in the UK, on the platform's clock. */
    public LocalDate today() {
        return uk.org.eelga.shared.UkTime.today(clock);
    }

    @ReadOnly
    public List<AppraisalSummary> ourRequests() {
        CurrentTenant.require();
        return requests.findAllOrderByRequestedAtDesc().stream()
                .map(AppraisalRequest::summary)
                .toList();
    }

    @ReadOnly
    public AppraisalSummary ourRequest(long id) {
        CurrentTenant.require();
        return requests.findById(id).map(AppraisalRequest::summary).orElseThrow(AppraisalNotFound::new);
    }

    /** Every council's requests, open ones first (oldest first), then the rest newest first. */
    public List<AppraisalSummary> allRequests(Caller staff, boolean openOnly) {
        return wideRead.rows(
                staff,
                "appraisal support requests",
                "select * from appraisal_request where withdrawn_by is null"
                        + (openOnly ? " and status in ('REQUESTED', 'SCHEDULED')" : "")
                        + " order by case when status in ('REQUESTED', 'SCHEDULED') then 0 else 1 end,"
                        + " case when status in ('REQUESTED', 'SCHEDULED') then requested_at end asc,"
                        + " requested_at desc",
                AppraisalSupport::row);
    }

    public AppraisalSummary schedule(Caller staff, String councilId, long id, String adviser, LocalDate on) {
        return onBehalf.call(staff, council(councilId), () -> decisions.schedule(staff, id, adviser, on))
                .summary();
    }

    public AppraisalSummary markDelivered(Caller staff, String councilId, long id, LocalDate on) {
        return onBehalf.call(staff, council(councilId), () -> decisions.deliver(staff, id, on))
                .summary();
    }

    public AppraisalSummary decline(Caller staff, String councilId, long id, String reason) {
        return onBehalf.call(staff, council(councilId), () -> decisions.decline(staff, id, reason))
                .summary();
    }

    /** Appraisal support given before the platform, with its real dates, entered by staff (issue 14 point 2). */
    @io.micronaut.serde.annotation.Serdeable
    public record PastSupport(
            @uk.org.eelga.tenancy.input.PlausibleDate LocalDate requestedOn,
            @io.micronaut.core.annotation.Nullable @uk.org.eelga.tenancy.input.PlausibleDate LocalDate deliveredOn,
            @io.micronaut.core.annotation.Nullable @uk.org.eelga.tenancy.input.FreeText(max = 200) String adviser,
            @io.micronaut.core.annotation.Nullable @uk.org.eelga.tenancy.input.FreeText(max = 500)
                    String declinedBecause,
            @uk.org.eelga.tenancy.input.FreeText(max = uk.org.eelga.shared.EnteredFrom.SOURCE_MAX) String source) {}

    public AppraisalSummary enterPast(Caller staff, String councilId, PastSupport past) {
        staff.requireStaff(() -> new AppraisalRefused("not-leader", "Only association staff enter past support."));
        if (past == null || past.requestedOn() == null) {
            throw new AppraisalRefused("requested-on", "Enter the date the council asked for support.");
        }
        uk.org.eelga.shared.EnteredFrom.check(past.source(), problem -> new AppraisalRefused("source", problem + "."));
        LocalDate today = uk.org.eelga.shared.UkTime.today(clock);
        if (past.requestedOn().isAfter(today) || past.requestedOn().getYear() < 1990) {
            throw new AppraisalRefused("requested-on", "The request date is a past date (1990 or later).");
        }
        if (past.deliveredOn() != null
                && (past.deliveredOn().isBefore(past.requestedOn())
                        || past.deliveredOn().isAfter(today))) {
            throw new AppraisalRefused("delivered-on", "The delivery date must be between the request date and today.");
        }
        if (past.deliveredOn() != null
                && past.declinedBecause() != null
                && !past.declinedBecause().isBlank()) {
            throw new AppraisalRefused("declined", "Support is either delivered or declined, not both.");
        }
        boolean declined =
                past.declinedBecause() != null && !past.declinedBecause().isBlank();
        AppraisalStatus status = past.deliveredOn() != null
                ? AppraisalStatus.DELIVERED
                : declined ? AppraisalStatus.DECLINED : AppraisalStatus.REQUESTED;
        String adviser = past.adviser() == null || past.adviser().isBlank()
                ? null
                : past.adviser().strip();
        for (String text : java.util.Arrays.asList(adviser, past.declinedBecause())) {
            if (text != null && Text.hasControlCharacters(text, false)) {
                throw new AppraisalRefused("text", "Type the adviser and reason again as plain text.");
            }
        }
        return onBehalf.call(
                        staff,
                        council(councilId),
                        () -> decisions.enterPast(
                                staff,
                                new AppraisalRequest(
                                        null,
                                        null,
                                        staff.subject(),
                                        staff.displayName(),
                                        staff.email(),
                                        uk.org.eelga.shared.UkTime.startOf(past.requestedOn()),
                                        "Entered from " + past.source().strip(),
                                        "",
                                        status,
                                        adviser,
                                        null,
                                        past.deliveredOn(),
                                        declined ? past.declinedBecause().strip() : null,
                                        staff.email(),
                                        staff.displayName(),
                                        past.source().strip(),
                                        today)))
                .summary();
    }

    private static TenantId council(String id) {
        return TenantId.given(id, AppraisalNotFound::new);
    }

    static AppraisalSummary row(ResultSet rows) throws SQLException {
        java.sql.Date scheduled = rows.getDate("scheduled_on");
        java.sql.Date delivered = rows.getDate("delivered_on");
        return new AppraisalSummary(
                rows.getLong("id"),
                rows.getString("tenant_id"),
                rows.getString("requested_by_name"),
                rows.getString("requested_by_email"),
                rows.getTimestamp("requested_at").toInstant(),
                rows.getString("preferred_dates"),
                rows.getString("notes"),
                AppraisalStatus.valueOf(rows.getString("status")),
                rows.getString("adviser"),
                scheduled == null ? null : scheduled.toLocalDate(),
                delivered == null ? null : delivered.toLocalDate(),
                rows.getString("decline_reason"),
                uk.org.eelga.shared.EnteredFrom.label(
                        rows.getString("entered_by"),
                        rows.getString("entered_from"),
                        rows.getDate("entered_on") == null
                                ? null
                                : rows.getDate("entered_on").toLocalDate()));
    }
}
