package uk.org.eelga.platform.contracts;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import uk.org.eelga.shared.Money;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.audit.AuditLog;

/** The register's writes, each in one transaction bound to the council and audited. */
@Singleton
class ContractSteps {

    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ContractSteps(JdbcOperations jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers a new contract (id null) or changes one of the council's own (another council's is not found). */
    @Transactional
    long save(Caller person, Long id, ContractDetails d) {
        TenantId council = CurrentTenant.require();
        Timestamp now = Timestamp.from(clock.instant());
        long saved = jdbc.execute(connection -> {
            String sql = id == null
                    ? "insert into contract (title, supplier, category, value_pence, start_on, end_on,"
                            + " extension_options, contact_name, contact_email, in_register, share_value,"
                            + " share_contact, recorded_by, updated_at, tenant_id) values"
                            + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id"
                    : "update contract set title = ?, supplier = ?, category = ?, value_pence = ?, start_on = ?,"
                            + " end_on = ?, extension_options = ?, contact_name = ?, contact_email = ?,"
                            + " in_register = ?, share_value = ?, share_contact = ?, recorded_by = ?, updated_at = ?"
                            + " where tenant_id = ? and id = ? returning id";
            try (PreparedStatement write = connection.prepareStatement(sql)) {
                write.setString(1, d.title());
                write.setString(2, d.supplier());
                write.setString(3, d.category().name());
                write.setLong(4, d.valuePence());
                write.setDate(5, Date.valueOf(d.startOn()));
                write.setDate(6, Date.valueOf(d.endOn()));
                write.setString(7, d.extensionOptions());
                write.setString(8, d.contactName());
                write.setString(9, d.contactEmail());
                write.setBoolean(10, d.inRegister());
                write.setBoolean(11, d.shareValue());
                write.setBoolean(12, d.shareContact());
                write.setString(13, person.email());
                write.setTimestamp(14, now);
                write.setString(15, council.value());
                if (id != null) {
                    write.setLong(16, id);
                }
                try (ResultSet rows = write.executeQuery()) {
                    if (!rows.next()) {
                        throw new ContractNotFound();
                    }
                    return rows.getLong(1);
                }
            }
        });
        audit.record(
                person,
                council,
                id == null ? "contract.registered" : "contract.changed",
                "contract " + saved + ": " + d.title() + " with " + d.supplier() + ", " + Money.format(d.valuePence())
                        + ", " + d.startOn() + " to " + d.endOn() + (d.inRegister() ? ", in the register" : ", private")
                        + (d.shareValue() ? ", value shared" : ""));
        return saved;
    }

    @Transactional
    void confirmUpToDate(Caller person) {
        TenantId council = CurrentTenant.require();
        Rows.update(
                jdbc,
                "insert into contract_register_review (tenant_id, reviewed_by, reviewed_at) values (?, ?, ?)",
                council.value(),
                person.email(),
                Timestamp.from(clock.instant()));
        audit.record(person, council, "contract.register-confirmed", "register confirmed up to date");
    }
}
