package uk.org.eelga.platform.billing;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilStatus;
import uk.org.eelga.tenancy.council.CouncilSummary;

/**
 * The annual membership invoicing run: every member council is billed its fee for the year (from
 * {@code billing_membership_fee}, by kind of council). Running it again bills nobody twice.
 */
@Singleton
public class MembershipInvoicing {

    /** What a run did. */
    public record Run(int invoiced, int alreadyInvoiced, List<String> withoutFee) {}

    private final CouncilDirectory councils;
    private final OnBehalfBilling billing;
    private final TransactionOperations<Connection> transactions;
    private final JdbcOperations jdbc;

    MembershipInvoicing(
            CouncilDirectory councils,
            OnBehalfBilling billing,
            TransactionOperations<Connection> transactions,
            JdbcOperations jdbc) {
        this.councils = councils;
        this.billing = billing;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    public Run invoiceYear(Caller staff, String financialYear, LocalDate dueOn) {
        if (!financialYear.matches("[0-9]{4}-[0-9]{2}")) {
            throw new InvalidAmount("The financial year looks like 2017-18");
        }
        int invoiced = 0;
        int already = 0;
        List<String> withoutFee = new java.util.ArrayList<>();
        for (CouncilSummary council : councils.all()) {
            if (council.status() != CouncilStatus.ACTIVE) {
                continue;
            }
            Optional<Fee> fee = fee(financialYear, council.kind().name());
            if (fee.isEmpty()) {
                withoutFee.add(council.name());
                continue;
            }
            String source = "membership-" + financialYear;
            boolean created = billing.billOnce(
                    staff,
                    TenantId.of(council.id()),
                    new Bill(
                            InvoiceKind.MEMBERSHIP,
                            "East of England LGA membership " + financialYear,
                            null,
                            dueOn,
                            source,
                            List.of(new BillableItem(
                                    "Annual membership subscription " + financialYear,
                                    1,
                                    fee.get().pence(),
                                    fee.get().vatRate(),
                                    source))),
                    "billing.membership-invoiced",
                    financialYear);
            if (created) {
                invoiced++;
            } else {
                already++;
            }
        }
        return new Run(invoiced, already, withoutFee);
    }

    private record Fee(long pence, BigDecimal vatRate) {}

    private Optional<Fee> fee(String year, String kind) {
        // stamped as billed with, in the same statement that reads it: from now on staff cannot change it
        // (MembershipFees.set locks the row, so a correction and a run never cross)
        return transactions.executeWrite(s -> jdbc.prepareStatement(
                "update billing_membership_fee set first_invoiced_at = coalesce(first_invoiced_at, now())"
                        + " where financial_year = ? and council_kind = ? returning fee_pence, vat_rate",
                statement -> {
                    statement.setString(1, year);
                    statement.setString(2, kind);
                    try (var rows = statement.executeQuery()) {
                        return rows.next()
                                ? Optional.of(new Fee(rows.getLong(1), rows.getBigDecimal(2)))
                                : Optional.<Fee>empty();
                    }
                }));
    }
}
