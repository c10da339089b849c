package uk.org.eelga.platform.appraisal;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
                        null))
                .summary();
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
        return wideRead.read(staff, "appraisal support requests", connection -> {
            try (var select = connection.prepareStatement("select * from appraisal_request"
                    + (openOnly ? " where status in ('REQUESTED', 'SCHEDULED')" : "")
                    + " order by case when status in ('REQUESTED', 'SCHEDULED') then 0 else 1 end,"
                    + " case when status in ('REQUESTED', 'SCHEDULED') then requested_at end asc,"
                    + " requested_at desc")) {
                List<AppraisalSummary> found = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(row(rows));
                    }
                }
                return found;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read appraisal requests", e);
            }
        });
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

    private static TenantId council(String id) {
        try {
            return TenantId.of(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new AppraisalNotFound();
        }
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
                rows.getString("decline_reason"));
    }
}
