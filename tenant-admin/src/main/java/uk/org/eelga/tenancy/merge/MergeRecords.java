package uk.org.eelga.tenancy.merge;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.util.List;
import uk.org.eelga.tenancy.ActionRefused;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.audit.AuditLog;

/** The database side of a merge, in one transaction with the listeners and the audit entries. */
@Singleton
class MergeRecords {

    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final List<CouncilMergeListener> listeners;

    MergeRecords(JdbcOperations jdbc, AuditLog audit, List<CouncilMergeListener> listeners) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.listeners = listeners;
    }

    @Transactional
    public void merge(CouncilMerged merge, String successorName) {
        // the successor share-locked and still active: it cannot merge away or be suspended while this merge
        // lands (each predecessor is changed below only if it is still active, the same rule the other way)
        boolean successorActive =
                jdbc.prepareStatement("select status = 'ACTIVE' from council where id = ? for share", st -> {
                    st.setString(1, merge.successor().value());
                    try (var rows = st.executeQuery()) {
                        return rows.next() && rows.getBoolean(1);
                    }
                });
        if (!successorActive) {
            throw new ActionRefused(
                    "changed",
                    merge.successor() + " changed while the merge was being made; look at it again and retry.");
        }
        for (TenantId predecessor : merge.predecessors()) {
            int changed = jdbc.prepareStatement(
                    "update council set successor_id = ?, merged_on = ?, status = 'MERGED',"
                            + " reorganisation_note = ? where id = ? and status = 'ACTIVE' and successor_id is null",
                    st -> {
                        st.setString(1, merge.successor().value());
                        st.setDate(2, Date.valueOf(merge.mergedOn()));
                        st.setString(3, "Merged into " + successorName + " on " + merge.mergedOn());
                        st.setString(4, predecessor.value());
                        return st.executeUpdate();
                    });
            if (changed != 1) {
                // someone else suspended or merged it meanwhile: nothing of this merge is kept (one transaction)
                throw new ActionRefused(
                        "changed", predecessor + " changed while it was being merged; look at it again and retry.");
            }
            List<String> domains = moveDomains(predecessor, merge.successor());
            if (!domains.isEmpty()) {
                audit.record(
                        merge.by(),
                        merge.successor(),
                        "council.domains.moved",
                        predecessor + ": " + String.join(", ", domains),
                        merge.successor().value(),
                        null);
            }
            audit.record(
                    merge.by(),
                    predecessor,
                    "council.merged",
                    "ACTIVE",
                    "MERGED into " + merge.successor() + " from " + merge.mergedOn(),
                    null);
        }
        audit.record(
                merge.by(),
                merge.successor(),
                "council.successor",
                null,
                "successor of "
                        + merge.predecessors().stream()
                                .map(TenantId::value)
                                .sorted()
                                .toList() + " from " + merge.mergedOn(),
                null);
        for (CouncilMergeListener listener : listeners) {
            listener.councilsMerged(merge);
        }
    }

    private List<String> moveDomains(TenantId from, TenantId to) {
        return jdbc.prepareStatement(
                "update council_domain set council_id = ? where council_id = ? returning domain", st -> {
                    st.setString(1, to.value());
                    st.setString(2, from.value());
                    List<String> moved = new java.util.ArrayList<>();
                    try (var rows = st.executeQuery()) {
                        while (rows.next()) {
                            moved.add(rows.getString(1));
                        }
                    }
                    moved.sort(null);
                    return moved;
                });
    }
}
