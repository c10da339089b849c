package uk.org.eelga.tenancy.audit;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import uk.org.eelga.shared.Csv;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.ActionRefused;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Role;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.TenantScope;
import uk.org.eelga.tenancy.input.Dates;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.rls.AssociationWideRead;

/**
 * Searches the audit log. Association staff search every entry through {@link AssociationWideRead} (the read is
 * itself logged); a council admin searches their own council's entries only, bound to their council so the
 * row-level-security policy decides what they see, whatever filter they send.
 */
@Singleton
public class AuditSearch {

    static final int LIMIT = 1000;

    /** The person who acted: the name kept with the entry, else the name known for their address. */
    private static final String NAME = "coalesce(a.actor_name, known.display_name)";

    private final AssociationWideRead associationWide;
    private final TransactionOperations<Connection> transactions;

    AuditSearch(AssociationWideRead associationWide, TransactionOperations<Connection> transactions) {
        this.associationWide = associationWide;
        this.transactions = transactions;
    }

    public List<AuditEntry> search(Caller reader, AuditQuery query) {
        check(query);
        if (reader.isAssociationStaff()) {
            return associationWide.read(reader, "audit log search", connection -> run(connection, query));
        }
        String refused = "Only association staff and council admins can read the audit log.";
        reader.requireAny(refused, Role.COUNCIL_ADMIN);
        return TenantScope.callAs(reader, () -> {
            AuditQuery own = new AuditQuery(
                    query.who(),
                    reader.councilOrRefuse(refused).value(),
                    query.action(),
                    query.from(),
                    query.to(),
                    query.text());
            return transactions.executeRead(status -> run(status.getConnection(), own));
        });
    }

    /** Filters a person could have typed: short plain text, dates the platform stores at all. */
    private static void check(AuditQuery query) {
        for (String filter : new String[] {query.who(), query.council(), query.action(), query.text()}) {
            Text.check("a filter", filter, Text.NAME, false, m -> new ActionRefused("bad-filter", m));
        }
        if (!Dates.plausible(query.from()) || !Dates.plausible(query.to())) {
            throw new ActionRefused("bad-filter", "Give dates between 1900 and 2199.");
        }
    }

    /**
     * The same entries as CSV (RFC 4180 quoting), for staff to export: the stored codes and the instant in UTC (what
     * a filter or another system reads), then the entry as the audit log page says it, in UK time.
     */
    public String csv(Caller reader, AuditQuery query) {
        Csv csv = Csv.quotingEveryCell()
                .header("id", "at", "actor", "council", "action", "before", "after", "reason", "what happened");
        for (AuditEntry entry : search(reader, query)) {
            csv.row(
                    String.valueOf(entry.id()),
                    entry.at().toString(),
                    entry.actorEmail(),
                    entry.council(),
                    entry.action(),
                    entry.before(),
                    entry.after(),
                    entry.reason(),
                    AuditSentences.of(entry));
        }
        return csv.text();
    }

    private static List<AuditEntry> run(Connection connection, AuditQuery query) {
        StringBuilder sql = new StringBuilder(
                "select a.id, a.at, a.actor_email, a.council_id, a.action, a.before_state, a.after_state, a.reason,"
                        + " c.name, " + NAME + " from audit_event a left join council c on c.id = a.council_id"
                        // entries older than actor_name: the name the platform knows for the address, if any
                        + " left join lateral (select u.display_name from council_user u"
                        + " where lower(u.email) = lower(a.actor_email) and u.display_name not like '%@%'"
                        + " order by u.last_signed_in_at desc limit 1) known on a.actor_name is null"
                        + " where true");
        List<Object> params = new ArrayList<>();
        if (present(query.who())) {
            // the address or the name: people look for "Sam Staff" as often as for sam@eelga.gov.uk
            sql.append(" and (a.actor_email ilike ? or " + NAME + " ilike ?)");
            params.add("%" + like(query.who()) + "%");
            params.add("%" + like(query.who()) + "%");
        }
        if (present(query.council())) {
            // the council's id or (part of) its name: people type "Ipswich", not "ipswich"
            sql.append(" and (a.council_id = ? or c.name ilike ?)");
            params.add(query.council().strip());
            params.add("%" + like(query.council().strip()) + "%");
        }
        if (present(query.action())) {
            sql.append(" and a.action like ?");
            params.add(like(query.action()) + "%");
        }
        if (query.from() != null) {
            sql.append(" and a.at >= ?");
            params.add(Timestamp.from(UkTime.startOf(query.from())));
        }
        if (query.to() != null) {
            sql.append(" and a.at < ?");
            params.add(Timestamp.from(UkTime.startOf(query.to().plusDays(1))));
        }
        if (present(query.text())) {
            sql.append(" and concat_ws(' ', a.actor_email, " + NAME
                    + ", a.council_id, c.name, a.action, a.before_state, a.after_state,"
                    + " a.reason)"
                    + " ilike ?");
            params.add("%" + like(query.text()) + "%");
        }
        sql.append(" order by a.at desc, a.id desc limit ").append(LIMIT);
        try {
            return Rows.all(
                    connection,
                    sql.toString(),
                    rows -> new AuditEntry(
                            rows.getLong(1),
                            rows.getTimestamp(2).toInstant(),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getString(6),
                            rows.getString(7),
                            rows.getString(8),
                            rows.getString(9),
                            rows.getString(10)),
                    params.toArray());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not search the audit log", e);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String like(String value) {
        return value.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
