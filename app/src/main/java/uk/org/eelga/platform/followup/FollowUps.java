package uk.org.eelga.platform.followup;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilStatus;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.rls.AssociationWideRead;
import uk.org.eelga.tenancy.rls.OnBehalfOfCouncil;

/**
 * Follow-up commitments. Association staff record a commitment to a council (what, when it arose, when it is due:
 * by default the kind's specified time period) and mark it done; the council sees its own commitments.
 */
@Singleton
public class FollowUps {

    public static final int WHAT_MAX = Text.REASON;
    public static final int NOTE_MAX = Text.REASON;

    private static final ZoneId UK = UkTime.ZONE;

    private final CommitmentRepository commitments;
    private final CommitmentSteps steps;
    private final AssociationWideRead wideRead;
    private final OnBehalfOfCouncil onBehalf;
    private final CouncilDirectory councils;
    private final Clock clock;

    FollowUps(
            CommitmentRepository commitments,
            CommitmentSteps steps,
            AssociationWideRead wideRead,
            OnBehalfOfCouncil onBehalf,
            CouncilDirectory councils,
            Clock clock) {
        this.commitments = commitments;
        this.steps = steps;
        this.wideRead = wideRead;
        this.onBehalf = onBehalf;
        this.councils = councils;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    public CommitmentSummary record(
            Caller staff, String councilId, CommitmentKind kind, String what, LocalDate aroseOn, LocalDate dueOn) {
        requireStaff(staff);
        if (kind == null) {
            throw new CommitmentRefused("kind", "Choose what the commitment is for.");
        }
        String said = what == null ? "" : what.strip();
        if (said.isEmpty()) {
            throw new CommitmentRefused("what", "Say what was committed.");
        }
        Text.check("what was committed", said, WHAT_MAX, false, m -> new CommitmentRefused("what", m));
        LocalDate today = today();
        if (aroseOn == null || aroseOn.isAfter(today) || aroseOn.isBefore(today.minusYears(10))) {
            throw new CommitmentRefused("arose-on", "Give the day it arose: today or in the last ten years.");
        }
        LocalDate due = dueOn == null ? aroseOn.plusDays(kind.defaultDays()) : dueOn;
        if (due.isBefore(aroseOn) || due.isAfter(aroseOn.plusYears(1))) {
            throw new CommitmentRefused("due-on", "The due date is on or after the day it arose, within a year.");
        }
        TenantId council = council(councilId);
        if (councils.find(council)
                .filter(c -> c.status() == CouncilStatus.ACTIVE)
                .isEmpty()) {
            throw new CommitmentNotFound();
        }
        return onBehalf.call(staff, council, () -> steps.record(staff, kind, said, aroseOn, due))
                .summary();
    }

    public CommitmentSummary markDone(Caller staff, String councilId, long id, LocalDate on, String note) {
        requireStaff(staff);
        if (on == null || on.isAfter(today())) {
            throw new CommitmentRefused("done-on", "Give the day it was done: today or earlier.");
        }
        String said = note == null || note.isBlank() ? null : note.strip();
        Text.check("the note", said, NOTE_MAX, false, m -> new CommitmentRefused("note", m));
        return onBehalf.call(staff, council(councilId), () -> steps.done(staff, id, on, said))
                .summary();
    }

    @ReadOnly
    public List<CommitmentSummary> ours() {
        CurrentTenant.require();
        return commitments.findAllOrderByDueOnDesc().stream()
                .map(Commitment::summary)
                .toList();
    }

    /** Every council's commitments, open ones first (soonest due first), then done ones, latest first. */
    public List<CommitmentSummary> all(Caller staff, boolean openOnly) {
        return wideRead.read(staff, "follow-up commitments", connection -> {
            try {
                return Rows.all(
                        connection,
                        "select * from follow_up_commitment" + (openOnly ? " where done_on is null" : "")
                                + " order by (done_on is null) desc, case when done_on is null then due_on end asc,"
                                + " done_on desc, id desc",
                        rows -> {
                            Date done = rows.getDate("done_on");
                            return new CommitmentSummary(
                                    rows.getLong("id"),
                                    rows.getString("tenant_id"),
                                    CommitmentKind.valueOf(rows.getString("kind")),
                                    rows.getString("what"),
                                    rows.getDate("arose_on").toLocalDate(),
                                    rows.getDate("due_on").toLocalDate(),
                                    done == null ? null : done.toLocalDate(),
                                    rows.getString("done_note"));
                        });
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read follow-up commitments", e);
            }
        });
    }

    private static void requireStaff(Caller staff) {
        staff.requireStaff(
                () -> new CommitmentRefused("not-allowed", "Only association staff record follow-up commitments."));
    }

    private static TenantId council(String id) {
        return TenantId.parse(id).orElseThrow(CommitmentNotFound::new);
    }
}
