package uk.org.eelga.platform.billing;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.org.eelga.shared.Money;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.Refusal;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.audit.AuditLog;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilSummary;
import uk.org.eelga.tenancy.input.Dates;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.rls.OnBehalfOfCouncil;

/**
 * A year's membership that a council paid before the platform (or outside it), entered by staff from the ledger: an
 * invoice of the council for that year's fee (its kind of council's, from the fee schedule), marked paid on the day
 * it was paid and saying who entered it from what, so "membership invoices paid" has a true figure for a year the
 * platform never billed. Never sent for payment. A year already invoiced for the council is left as it is.
 */
@Singleton
public class MembershipPaidOnPaper {

    /** What was entered, for the confirmation. */
    public record Entered(long invoiceId, String councilName, String financialYear, long totalPence) {}

    /** Refused input (400; 403 for someone not staff; 409 when the year is invoiced already). */
    public static class Refused extends Refusal {
        Refused(Kind kind, String code, String message) {
            super(kind, code, message);
        }
    }

    private final OnBehalfOfCouncil onBehalf;
    private final TransactionOperations<Connection> transactions;
    private final JdbcOperations jdbc;
    private final MembershipFees fees;
    private final CouncilDirectory councils;
    private final AuditLog audit;
    private final Clock clock;

    MembershipPaidOnPaper(
            OnBehalfOfCouncil onBehalf,
            TransactionOperations<Connection> transactions,
            JdbcOperations jdbc,
            MembershipFees fees,
            CouncilDirectory councils,
            AuditLog audit,
            Clock clock) {
        this.onBehalf = onBehalf;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.fees = fees;
        this.councils = councils;
        this.audit = audit;
        this.clock = clock;
    }

    public Entered enter(Caller staff, TenantId council, String financialYear, LocalDate paidOn, String source) {
        staff.requireStaff(
                () -> new Refused(Refusal.Kind.FORBIDDEN, "forbidden", "Only association staff enter payments"));
        CouncilSummary member = councils.find(council)
                .orElseThrow(() -> new Refused(Refusal.Kind.NOT_FOUND, "not-found", "No such council."));
        List<String> problems = new ArrayList<>();
        if (financialYear == null || !financialYear.matches("[0-9]{4}-[0-9]{2}")) {
            problems.add("The financial year looks like 2017-18");
        }
        if (paidOn == null || !Dates.plausible(paidOn)) {
            problems.add("Enter the day it was paid");
        } else if (paidOn.isAfter(UkTime.today(clock))) {
            problems.add("The day it was paid cannot be in the future");
        }
        String from = source == null ? "" : source.strip();
        if (from.isEmpty()) {
            problems.add("Say where the payment is recorded, like the 2017-18 sales ledger");
        } else {
            String tooLong = Text.problem("the source", from, Text.NAME, false);
            if (tooLong != null) {
                problems.add(tooLong);
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(Refusal.Kind.INVALID, "invalid", String.join(". ", problems) + ".");
        }
        MembershipFees.Fee fee = fees.fees(financialYear).stream()
                .filter(f -> f.councilKind() == member.kind())
                .findFirst()
                .orElseThrow(() -> new Refused(
                        Refusal.Kind.CONFLICT,
                        "no-fee",
                        "There is no " + financialYear + " fee for "
                                + member.kind().label().toLowerCase()
                                + " councils: set it on the Membership fees page first."));
        BillableItem item = new BillableItem(
                "Annual membership subscription " + financialYear,
                1,
                fee.feePence(),
                fee.vatRate(),
                "membership-" + financialYear);
        String entered = staff.displayName();
        return onBehalf.call(
                staff,
                council,
                () -> transactions.executeWrite(status -> {
                    long id = insertPaid(staff, financialYear, paidOn, from, entered, item);
                    audit.record(
                            staff,
                            CurrentTenant.require(),
                            "billing.membership-paid-on-paper",
                            null,
                            Money.format(item.netPence() + item.vatPence()),
                            financialYear + ", paid " + UkTime.date(paidOn) + ", from " + from);
                    return new Entered(id, member.name(), financialYear, item.netPence() + item.vatPence());
                }));
    }

    private long insertPaid(
            Caller staff, String year, LocalDate paidOn, String from, String entered, BillableItem item) {
        String council = CurrentTenant.require().value();
        Timestamp now = Timestamp.from(clock.instant());
        long total = Math.addExact(item.netPence(), item.vatPence());
        Long id = jdbc.prepareStatement(
                "insert into billing_invoice (tenant_id, source_ref, kind, description, net_pence, vat_pence,"
                        + " total_pence, due_on, status, status_at, created_by, created_at, entered_by, entered_from,"
                        + " entered_on) values (?, ?, 'MEMBERSHIP', ?, ?, ?, ?, ?, 'PAID', ?, ?, ?, ?, ?, ?)"
                        + " on conflict (tenant_id, source_ref) do nothing returning id",
                statement -> {
                    statement.setString(1, council);
                    statement.setString(2, "membership-" + year);
                    statement.setString(3, "East of England LGA membership " + year);
                    statement.setLong(4, item.netPence());
                    statement.setLong(5, item.vatPence());
                    statement.setLong(6, total);
                    statement.setDate(7, Date.valueOf(paidOn));
                    statement.setTimestamp(8, Timestamp.from(UkTime.startOf(paidOn)));
                    statement.setString(9, staff.email());
                    statement.setTimestamp(10, now);
                    statement.setString(11, entered);
                    statement.setString(12, from);
                    statement.setDate(13, Date.valueOf(UkTime.today(clock)));
                    try (var rows = statement.executeQuery()) {
                        return rows.next() ? rows.getLong(1) : null;
                    }
                });
        if (id == null) {
            // the unique source reference decides, so two staff entering the same year at once make one invoice
            throw new Refused(
                    Refusal.Kind.CONFLICT,
                    "already-invoiced",
                    "The council already has a membership invoice for " + year + ": see Invoices.");
        }
        // billed with, like the invoicing run's fees: from now on the year's fee stays as it was (MembershipFees)
        jdbc.prepareStatement(
                "update billing_membership_fee set first_invoiced_at = coalesce(first_invoiced_at, now())"
                        + " where financial_year = ? and council_kind = (select kind from council where id = ?)",
                statement -> {
                    statement.setString(1, year);
                    statement.setString(2, council);
                    return statement.executeUpdate();
                });
        jdbc.prepareStatement(
                "insert into billing_invoice_line (tenant_id, invoice_id, line_no, description, quantity,"
                        + " unit_amount_pence, vat_rate, net_pence, vat_pence, source_ref)"
                        + " values (?, ?, 1, ?, 1, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setString(1, council);
                    statement.setLong(2, id);
                    statement.setString(3, item.description());
                    statement.setLong(4, item.unitAmountPence());
                    statement.setBigDecimal(5, item.vatRate());
                    statement.setLong(6, item.netPence());
                    statement.setLong(7, item.vatPence());
                    statement.setString(8, item.sourceRef());
                    return statement.executeUpdate();
                });
        return id;
    }
}
