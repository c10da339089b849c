package uk.org.eelga.tenancy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import uk.org.eelga.platform.support.TestDatabase;

/** Every audit entry's action, read as the association reader (row-level security applies to the owner too). */
final class AuditTrail {

    private AuditTrail() {}

    /** A single-number query over tenant tables, read as the association reader (sees every council's rows). */
    static long count(String sql) {
        try (Connection db = TestDatabase.asApp()) {
            db.setAutoCommit(false);
            db.createStatement().execute("set local role eelga_association_reader");
            try (ResultSet rows = db.createStatement().executeQuery(sql)) {
                rows.next();
                long count = rows.getLong(1);
                db.rollback();
                return count;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> actions() {
        try (Connection db = TestDatabase.asApp()) {
            db.setAutoCommit(false);
            db.createStatement().execute("set local role eelga_association_reader");
            List<String> actions = new ArrayList<>();
            try (ResultSet rows = db.createStatement().executeQuery("select action from audit_event order by id")) {
                while (rows.next()) {
                    actions.add(rows.getString(1));
                }
            }
            db.rollback();
            return actions;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
