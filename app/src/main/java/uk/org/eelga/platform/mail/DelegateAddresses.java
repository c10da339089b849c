package uk.org.eelga.platform.mail;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import uk.org.eelga.tenancy.ActionRefused;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.NotFoundForCaller;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.audit.AuditLog;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilDomains;
import uk.org.eelga.tenancy.rls.OnBehalfOfCouncil;

/**
 * Which addresses a council may name for the platform to write to (a delegate on a coaching place or at an event):
 * those of the council's registered email domains (or their subdomains), and others only once association staff
 * have approved them for that council. Otherwise any council could make the platform email anyone.
 */
@Singleton
public class DelegateAddresses {

    /** A plain address: RFC 5322 atoms in the local part, a domain name; nothing that could break a header. */
    static final Pattern EMAIL = Pattern.compile(
            "^[a-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@([a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+)$");

    private final CouncilDomains domains;
    private final CouncilDirectory councils;
    private final JdbcOperations jdbc;
    private final OnBehalfOfCouncil onBehalf;
    private final TransactionOperations<Connection> transactions;
    private final AuditLog audit;

    DelegateAddresses(
            CouncilDomains domains,
            CouncilDirectory councils,
            JdbcOperations jdbc,
            OnBehalfOfCouncil onBehalf,
            TransactionOperations<Connection> transactions,
            AuditLog audit) {
        this.domains = domains;
        this.councils = councils;
        this.jdbc = jdbc;
        this.onBehalf = onBehalf;
        this.transactions = transactions;
        this.audit = audit;
    }

    /** An address staff approved for a council. */
    @Serdeable
    public record Approved(String email, String reason, String approvedBy, Instant approvedAt) {}

    /**
     * Whether the bound council may name {@code email}: of its domains, or approved for it. Runs in the caller's
     * transaction with the council bound.
     */
    public boolean allowed(String email) {
        TenantId council = CurrentTenant.require();
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        var match = EMAIL.matcher(address);
        if (!match.matches()) {
            return false;
        }
        String domain = match.group(1);
        for (String own : domains.of(council)) {
            if (domain.equals(own) || domain.endsWith("." + own)) {
                return true;
            }
        }
        return Rows.any(
                jdbc,
                "select 1 from approved_delegate_address where tenant_id = app_current_tenant() and email = ?",
                address);
    }

    /** Why an address was refused, for the council's person: which domains are theirs and what to do. */
    public String refusal() {
        List<String> own = domains.of(CurrentTenant.require());
        return "The delegate's address must be of your council's email domain"
                + (own.size() == 1 ? " (" + own.get(0) + ")" : "s (" + String.join(", ", own) + ")")
                + ". For an address elsewhere, ask the East of England LGA to approve it.";
    }

    /** Staff approve an address outside the council's domains, with a reason; audited. */
    public Approved approve(Caller staff, TenantId council, String email, String reason) {
        requireStaffAndCouncil(staff, council);
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw new ActionRefused("bad-email", "Give the email address to approve, like name@example.org.");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new ActionRefused("bad-reason", "Say why the address is approved (1 to 500 characters).");
        }
        return onBehalf.call(
                staff,
                council,
                () -> transactions.executeWrite(status -> {
                    int added = Rows.update(
                            jdbc,
                            "insert into approved_delegate_address (tenant_id, email, reason, approved_by)"
                                    + " values (app_current_tenant(), ?, ?, ?) on conflict (tenant_id, email) do nothing",
                            address,
                            why,
                            staff.email());
                    if (added == 1) {
                        audit.record(staff, council, "delegate-address.approved", null, address, why);
                    }
                    return find(address);
                }));
    }

    public List<Approved> approved(Caller staff, TenantId council) {
        requireStaffAndCouncil(staff, council);
        return onBehalf.call(
                staff,
                council,
                () -> transactions.executeRead(status -> Rows.all(
                        jdbc,
                        "select email, reason, approved_by, approved_at from approved_delegate_address"
                                + " where tenant_id = app_current_tenant() order by email",
                        rows -> row(rows))));
    }

    /** Withdraws an approval; audited. Refused as not found when there is none. */
    public void withdraw(Caller staff, TenantId council, String email) {
        requireStaffAndCouncil(staff, council);
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        onBehalf.run(
                staff,
                council,
                () -> transactions.executeWrite(status -> {
                    int removed = Rows.update(
                            jdbc,
                            "delete from approved_delegate_address where tenant_id = app_current_tenant() and email = ?",
                            address);
                    if (removed != 1) {
                        throw new NotFoundForCaller("No such approved address");
                    }
                    audit.record(staff, council, "delegate-address.withdrawn", address, null, null);
                    return null;
                }));
    }

    private Approved find(String address) {
        return Rows.one(
                jdbc,
                "select email, reason, approved_by, approved_at from approved_delegate_address"
                        + " where tenant_id = app_current_tenant() and email = ?",
                rows -> row(rows),
                address);
    }

    private static Approved row(ResultSet rows) throws java.sql.SQLException {
        return new Approved(
                rows.getString(1),
                rows.getString(2),
                rows.getString(3),
                rows.getTimestamp(4).toInstant());
    }

    private void requireStaffAndCouncil(Caller staff, TenantId council) {
        staff.requireStaff("Only association staff approve delegates' addresses.");
        councils.find(council).orElseThrow(() -> new NotFoundForCaller("No such council"));
    }
}
