package uk.org.eelga.tenancy.leaving;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.audit.AuditLog;

/** The database side of leaving, in one transaction: status LEFT, erasure, audit entry. */
@Singleton
class LeavingRecords {

    private final JdbcOperations jdbc;
    private final AuditLog audit;

    LeavingRecords(JdbcOperations jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public Map<String, Long> leave(Caller actor, TenantId council, String previousStatus, String reason) {
        Rows.update(jdbc, "update council set status = 'LEFT' where id = ?", council.value());
        Map<String, Long> erased = new TreeMap<>();
        Rows.each(
                jdbc,
                "select * from app_erase_left_council(?)",
                rows -> erased.merge(rows.getString(1), rows.getLong(2), Long::sum),
                council.value());
        audit.record(
                actor,
                council,
                "council.left",
                previousStatus,
                "LEFT; erased " + erased + "; kept " + retained(),
                reason);
        return erased;
    }

    @Transactional
    public List<String> retained() {
        return Rows.all(
                jdbc, "select table_name from leaving_retention order by table_name", rows -> rows.getString(1));
    }
}
