package uk.org.eelga.tenancy.export;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import uk.org.eelga.shared.Csv;
import uk.org.eelga.tenancy.ActionRefused;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.TenantScope;
import uk.org.eelga.tenancy.audit.AuditLog;

/**
 * Exports everything a council owns. The read runs bound to that council, so row-level security guarantees
 * that no other council's row can leak, and each query also filters on {@code tenant_id} so predecessors'
 * history (readable by a successor) is not passed off as the council's own. The council's audit entries are
 * included. A council admin exports their own council; association admins any council.
 */
@Singleton
public class CouncilDataExport {

    private final TransactionOperations<Connection> transactions;
    private final JsonMapper json;
    private final Audited audited;
    private final List<CouncilExportPart> parts;

    CouncilDataExport(
            TransactionOperations<Connection> transactions,
            JsonMapper json,
            Audited audited,
            List<CouncilExportPart> parts) {
        this.transactions = transactions;
        this.json = json;
        this.audited = audited;
        this.parts = List.copyOf(parts);
    }

    public byte[] export(Caller actor, TenantId council) {
        actor.requireAdminOf(
                council,
                () -> new ActionRefused("forbidden", "Only the council's admins or association admins can export it."));
        Supplier<byte[]> work = () -> transactions.executeRead(status -> zip(status.getConnection(), council));
        byte[] zip =
                actor.owns(council) ? TenantScope.callAs(actor, work) : TenantScope.onBehalfOf(actor, council, work);
        audited.record(actor, council, zip.length);
        return zip;
    }

    private byte[] zip(Connection connection, TenantId council) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String table : tenantTables(connection)) {
                write(zip, table, rows(connection, "select * from " + quote(table) + " where tenant_id = ?", council));
            }
            write(zip, "audit_event", rows(connection, "select * from audit_event where council_id = ?", council));
            for (CouncilExportPart part : parts) {
                write(zip, part.name(), rows(connection, part.sql(), council));
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not export " + council, e);
        }
    }

    static List<String> tenantTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                        "select c.table_name from information_schema.columns c join information_schema.tables t"
                                + " on t.table_schema = c.table_schema and t.table_name = c.table_name"
                                + " where c.table_schema = 'public' and c.column_name = 'tenant_id'"
                                + " and t.table_type = 'BASE TABLE' order by c.table_name");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static List<Map<String, Object>> rows(Connection connection, String sql, TenantId council)
            throws SQLException {
        List<Map<String, Object>> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, council.value());
            try (ResultSet rows = query.executeQuery()) {
                ResultSetMetaData meta = rows.getMetaData();
                while (rows.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object value = rows.getObject(i);
                        row.put(
                                meta.getColumnName(i),
                                value == null || value instanceof Number || value instanceof Boolean
                                        ? value
                                        : value.toString());
                    }
                    found.add(row);
                }
            }
        }
        return found;
    }

    private void write(ZipOutputStream zip, String table, List<Map<String, Object>> rows) throws IOException {
        zip.putNextEntry(new ZipEntry(table + ".json"));
        zip.write(json.writeValueAsBytes(rows));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(table + ".csv"));
        Csv csv = Csv.quotingEveryCell();
        if (!rows.isEmpty()) {
            csv.header(rows.get(0).keySet());
            rows.forEach(row -> csv.row(row.values()));
        }
        zip.write(csv.bytes());
        zip.closeEntry();
    }

    private static String quote(String identifier) {
        if (!identifier.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalStateException("Unexpected table name " + identifier);
        }
        return "\"" + identifier + "\"";
    }

    /** The audit entry for an export, in its own transaction. */
    @Singleton
    static class Audited {
        private final AuditLog audit;

        Audited(AuditLog audit) {
            this.audit = audit;
        }

        @Transactional
        public void record(Caller actor, TenantId council, int bytes) {
            audit.record(actor, council, "council.exported", "zip of " + bytes + " bytes");
        }
    }
}
