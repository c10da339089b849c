package uk.org.eelga.tenancy.merge;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.TenantScope;
import uk.org.eelga.tenancy.audit.AuditLog;

/**
 * What {@link CouncilMergeListener}s use to carry a predecessor's open items over, inside the merge transaction.
 * {@link #move} re-labels open rows to the successor (row-level security allows exactly that, bound to the
 * successor with {@code app.carry_over} on, and only for councils MERGED into it: see V104); {@link #makeLiable}
 * leaves the rows where they are (an invoice stays the predecessor's
 * document) and makes the successor answerable for them. Either way each item is listed in {@code
 * merge_carried_item} and the audit log says how many, so every carried item traces back to where it came from.
 */
@Singleton
public class OpenItemCarrier {

    private static final String CARRY_OVER = "app.carry_over";

    private final JdbcOperations jdbc;
    private final AuditLog audit;

    OpenItemCarrier(JdbcOperations jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** {@link #move} for every predecessor of the merge; returns how many items moved. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public int moveFromEach(CouncilMerged merge, CarriedKind kind, String openIds, List<String> moves) {
        int moved = 0;
        for (TenantId predecessor : merge.predecessors()) {
            moved += move(merge, predecessor, kind, openIds, moves).size();
        }
        return moved;
    }

    /**
     * Moves the predecessor's open items to the successor.
     *
     * @param openIds SQL selecting the ids of the predecessor's open items; its one parameter is the predecessor
     * @param moves   UPDATE statements re-labelling the items and their dependent rows; parameters: the successor,
     *                then the item ids as a {@code bigint[]}
     * @return the ids moved
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<Long> move(
            CouncilMerged merge, TenantId predecessor, CarriedKind kind, String openIds, List<String> moves) {
        List<Long> ids = asSuccessor(merge, connection -> {
            List<Long> found = openItems(connection, openIds, predecessor);
            if (!found.isEmpty()) {
                Array array = connection.createArrayOf("bigint", found.toArray());
                setting(connection, CARRY_OVER, "on");
                for (String move : moves) {
                    try (PreparedStatement statement = connection.prepareStatement(move)) {
                        statement.setString(1, merge.successor().value());
                        statement.setArray(2, array);
                        statement.executeUpdate();
                    }
                }
                setting(connection, CARRY_OVER, "");
            }
            return found;
        });
        record(merge, predecessor, kind, ids, "moved to");
        return ids;
    }

    /** Makes the successor liable for the predecessor's open items without moving them; returns their ids. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<Long> makeLiable(CouncilMerged merge, TenantId predecessor, CarriedKind kind, String openIds) {
        List<Long> ids = asSuccessor(merge, connection -> openItems(connection, openIds, predecessor));
        record(merge, predecessor, kind, ids, "now payable by");
        return ids;
    }

    private void record(CouncilMerged merge, TenantId predecessor, CarriedKind kind, List<Long> ids, String verb) {
        if (ids.isEmpty()) {
            return;
        }
        asSuccessor(merge, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into merge_carried_item (tenant_id, item_kind, item_id, from_council, merged_on)"
                            + " values (?, ?, ?, ?, ?)")) {
                for (Long id : ids) {
                    insert.setString(1, merge.successor().value());
                    insert.setString(2, kind.name());
                    insert.setLong(3, id);
                    insert.setString(4, predecessor.value());
                    insert.setDate(5, Date.valueOf(merge.mergedOn()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
        audit.record(
                merge.by(),
                merge.successor(),
                "council.merge.carried-over",
                kind.label() + " of " + predecessor + ": " + ids.size() + " open " + ids,
                verb + " " + merge.successor(),
                null);
    }

    private static List<Long> openItems(Connection connection, String sql, TenantId predecessor) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, predecessor.value());
            return Rows.all(statement, rows -> rows.getLong(1));
        }
    }

    /**
     * Runs the work bound to the successor, for this transaction only, then puts back the council that was bound
     * ({@link TenantScope#inTransactionAs}). Bound so, row-level security lets it read the predecessors' rows (lineage
     * read) and, with {@link #CARRY_OVER} on, re-label them (V104).
     */
    private <T> T asSuccessor(CouncilMerged merge, TenantScope.SqlWork<T> work) {
        return jdbc.execute(connection -> TenantScope.inTransactionAs(connection, merge.successor(), work));
    }

    /** Sets {@link #CARRY_OVER} for this transaction only. */
    private static void setting(Connection connection, String name, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select set_config(?, ?, true)")) {
            statement.setString(1, name);
            statement.setString(2, value);
            statement.execute();
        }
    }
}
