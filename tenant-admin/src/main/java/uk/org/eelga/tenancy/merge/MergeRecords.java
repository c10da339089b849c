package uk.org.eelga.tenancy.merge;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.util.List;
import uk.org.eelga.tenancy.ActionRefused;
import uk.org.eelga.tenancy.Rows;
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
        // every council of the merge locked, in one order (by id) so two merges crossing each other wait instead
        // of deadlocking; then each must still be active and unmerged, or someone changed it meanwhile
        List<String> involved = new java.util.ArrayList<>();
        involved.add(merge.successor().value());
        merge.predecessors().forEach(p -> involved.add(p.value()));
        List<String> unchanged = jdbc.prepareStatement(
                "select id from council where id = any (?) and status = 'ACTIVE' and successor_id is null"
                        + " order by id for update",
                st -> {
                    st.setArray(1, st.getConnection().createArrayOf("text", involved.toArray()));
                    List<String> found = new java.util.ArrayList<>();
                    try (var rows = st.executeQuery()) {
                        while (rows.next()) {
                            found.add(rows.getString(1));
                        }
                    }
                    return found;
                });
        if (!unchanged.containsAll(involved)) {
            List<String> changed = involved.stream()
                    .filter(id -> !unchanged.contains(id))
                    .sorted()
                    .toList();
            throw new ActionRefused(
                    "changed",
                    String.join(", ", changed) + " changed while the merge was being made (merged or suspended"
                            + " meanwhile); look again and retry.");
        }
        for (TenantId predecessor : merge.predecessors()) {
            int changed = Rows.update(
                    jdbc,
                    "update council set successor_id = ?, merged_on = ?, status = 'MERGED',"
                            + " reorganisation_note = ? where id = ? and status = 'ACTIVE' and successor_id is null",
                    merge.successor().value(),
                    Date.valueOf(merge.mergedOn()),
                    "Merged into " + successorName + " on " + merge.mergedOn(),
                    predecessor.value());
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
                "successor of "
                        + merge.predecessors().stream()
                                .map(TenantId::value)
                                .sorted()
                                .toList() + " from " + merge.mergedOn());
        for (CouncilMergeListener listener : listeners) {
            listener.councilsMerged(merge);
        }
    }

    private List<String> moveDomains(TenantId from, TenantId to) {
        return Rows.all(
                        jdbc,
                        "update council_domain set council_id = ? where council_id = ? returning domain",
                        rows -> rows.getString(1),
                        to.value(),
                        from.value())
                .stream()
                .sorted()
                .toList();
    }
}
