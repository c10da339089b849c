package uk.org.eelga.platform.tenants;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import uk.org.eelga.platform.support.TestDatabase;

/** Every audit entry's action, read as the association reader (row-level security applies to the owner too). */
final class AuditTrail {

    private AuditTrail() {}

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
