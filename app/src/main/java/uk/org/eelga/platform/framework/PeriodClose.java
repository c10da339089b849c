package uk.org.eelga.platform.framework;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.org.eelga.platform.framework.FrameworkModel.Tree;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.audit.AuditLog;
import uk.org.eelga.tenancy.input.Text;

/**
 * Closing a period freezes every measure's figure, RAG, commentary and the evidence behind each live figure as a
 * snapshot, so later records do not change what was reported. Reopening (association admins, with a reason) keeps
 * the old snapshot and is written to the audit log, as is each close. A period is closed (and reopened) once: a
 * unique index allows one open close per period and reopening is a conditional update, so of several callers at
 * once one succeeds and the others are told it is already so.
 */
@Singleton
public class PeriodClose {

    private final FrameworkService frameworks;
    private final SnapshotStore snapshots;
    private final AuditLog audit;
    private final TransactionOperations<Connection> transactions;

    PeriodClose(
            FrameworkService frameworks,
            SnapshotStore snapshots,
            AuditLog audit,
            TransactionOperations<Connection> transactions) {
        this.frameworks = frameworks;
        this.snapshots = snapshots;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** A closed (or reopened) period as pages and the API show it. */
    @io.micronaut.serde.annotation.Serdeable
    public record ClosedPeriod(
            String period,
            String closedBy,
            java.time.Instant closedAt,
            String reopenedBy,
            String reopenReason,
            int measures) {
        public boolean isOpenAgain() {
            return reopenedBy != null;
        }
    }

    public List<ClosedPeriod> closes(long frameworkId) {
        return transactions.executeRead(status -> snapshots.closes(frameworkId).stream()
                .map(c -> new ClosedPeriod(
                        c.period(),
                        c.closedBy(),
                        c.closedAt(),
                        c.reopenedBy(),
                        c.reopenReason(),
                        c.figures().size()))
                .toList());
    }

    public boolean isClosed(long frameworkId, String period) {
        return transactions.executeRead(
                status -> snapshots.openClose(frameworkId, period).isPresent());
    }

    public ClosedPeriod close(Caller staff, long frameworkId, String periodCode) {
        staff.requireStaff(FrameworkService.STAFF_ONLY);
        ReportingPeriod period = ReportingPeriod.parse(periodCode);
        Tree tree = frameworks.tree(frameworkId).orElseThrow(() -> new IllegalArgumentException("No such framework"));
        if (!period.label().startsWith(tree.framework().year())) {
            throw new IllegalArgumentException(period.label() + " is not a period of the "
                    + tree.framework().year() + " framework");
        }
        if (isClosed(frameworkId, period.label())) {
            throw new IllegalStateException(period.label() + " is already closed");
        }
        // computed first (the association-wide read is its own read-only transaction), then written
        Map<Long, Figure> figures = frameworks.currentFigures(staff, tree.measures(), period);
        List<Figure> frozen = new ArrayList<>();
        figures.values().forEach(f -> frozen.add(f.asFrozen()));
        transactions.executeWrite(status -> {
            try {
                snapshots.insert(frameworkId, period.label(), frozen, staff.email());
            } catch (RuntimeException e) {
                // closed by someone else since the check above: one open close per period (a unique index)
                if (uniqueViolation(e)) {
                    throw new IllegalStateException(period.label() + " is already closed");
                }
                throw e;
            }
            audit.record(
                    staff,
                    null,
                    "framework.period.closed",
                    "open",
                    "closed " + tree.framework().year() + " " + period.label() + " with " + frozen.size() + " figures",
                    null);
            return null;
        });
        return closes(frameworkId).stream()
                .filter(c -> c.period().equals(period.label()) && !c.isOpenAgain())
                .findFirst()
                .orElseThrow();
    }

    public void reopen(Caller admin, long frameworkId, String periodCode, String reason) {
        admin.requireAssociationAdmin(
                () -> new SecurityException("Only an association admin can reopen a closed period"));
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Say why the period is reopened.");
        }
        Text.check("the reason", reason, Text.REASON, true, IllegalArgumentException::new);
        transactions.executeWrite(status -> {
            SnapshotStore.Close close = snapshots
                    .openClose(frameworkId, periodCode)
                    .orElseThrow(() -> new IllegalStateException(periodCode + " is not closed"));
            if (snapshots.reopen(close.id(), admin.email(), reason.trim()) != 1) {
                // reopened by someone else at the same moment: theirs is the one recorded
                throw new IllegalStateException(periodCode + " is not closed");
            }
            audit.record(
                    admin,
                    null,
                    "framework.period.reopened",
                    "closed by " + close.closedBy() + " at " + close.closedAt(),
                    "reopened " + periodCode,
                    reason.trim());
            return null;
        });
    }

    private static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException && "23505".equals(((java.sql.SQLException) t).getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
