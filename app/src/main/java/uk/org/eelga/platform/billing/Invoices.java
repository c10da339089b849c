package uk.org.eelga.platform.billing;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.rls.AssociationWideRead;

/** Invoices as people see them: a council its own (bound council), association staff every council's. */
@Singleton
public class Invoices {

    /**
     * Overdue first (the longest overdue on top), then those still to pay, soonest due first, then the paid and
     * closed ones newest first (the list ran from 2017 down to this year's).
     */
    public static final Comparator<InvoiceSummary> OVERDUE_FIRST = Comparator.comparing(
                    (InvoiceSummary i) -> !i.overdue())
            .thenComparing(i -> i.status().isFinal())
            .thenComparing((a, b) -> a.status().isFinal()
                    ? b.dueOn().compareTo(a.dueOn())
                    : a.dueOn().compareTo(b.dueOn()));

    private static final String INVOICE_COLUMNS =
            "select id, tenant_id, source_ref, kind, description, po_number, net_pence, vat_pence, total_pence,"
                    + " due_on, status, status_at, stripe_invoice_id, hosted_url, created_by, created_at"
                    + " from billing_invoice";

    private final InvoiceRepository invoices;
    private final InvoiceLineRepository lines;
    private final AssociationWideRead wideRead;
    private final JdbcOperations jdbc;
    private final Clock clock;

    /** Who entered an invoice from paper, from what and when (V571); null for one the platform raised. */
    private static final String ENTERED =
            "select app_entered_label(entered_by, entered_from, entered_on) from billing_invoice where id = ?";

    Invoices(
            InvoiceRepository invoices,
            InvoiceLineRepository lines,
            AssociationWideRead wideRead,
            JdbcOperations jdbc,
            Clock clock) {
        this.jdbc = jdbc;
        this.invoices = invoices;
        this.lines = lines;
        this.wideRead = wideRead;
        this.clock = clock;
    }

    /** The bound council's invoices and those it took on from councils merged into it, overdue first. */
    @ReadOnly
    public List<InvoiceSummary> ours() {
        LocalDate today = UkTime.today(clock);
        return java.util.stream.Stream.concat(
                        invoices.findAllOrderByDueOnDesc().stream(), invoices.findCarriedOver().stream())
                .map(invoice -> invoice.summary(today))
                .sorted(OVERDUE_FIRST)
                .toList();
    }

    /** One of the bound council's invoices (or one carried over to it); empty for another council's id. */
    @ReadOnly
    public Optional<InvoiceSummary> ours(long id) {
        return invoices.findById(id)
                .or(() -> invoices.findCarriedOverById(id))
                .map(invoice -> invoice.summary(UkTime.today(clock)));
    }

    /**
     * One invoice with its lines, only if {@link #ours()} lists it: the bound council's own or one carried over to it
     * by a merge. Another council's id and an unknown one are alike: empty.
     */
    @ReadOnly
    public Optional<InvoiceDetail> oursWithLines(long id) {
        LocalDate today = UkTime.today(clock);
        return invoices.findById(id)
                .or(() -> invoices.findCarriedOverById(id))
                .map(invoice -> InvoiceDetail.of(
                        invoice,
                        today,
                        lines.findOfOurInvoice(id),
                        Rows.first(jdbc, ENTERED, rows -> rows.getString(1), id).orElse(null)));
    }

    /** Any council's invoice with its lines, for association staff (refused to anyone else). */
    public Optional<InvoiceDetail> anyWithLines(Caller staff, long id) {
        LocalDate today = UkTime.today(clock);
        return wideRead.read(staff, "one council's invoice", connection -> {
            try {
                Optional<Invoice> invoice =
                        Rows.first(connection, INVOICE_COLUMNS + " where id = ?", Invoices::row, id);
                if (invoice.isEmpty()) {
                    return Optional.empty();
                }
                List<InvoiceLine> its = Rows.all(
                        connection,
                        "select id, tenant_id, invoice_id, line_no, description, quantity, unit_amount_pence, vat_rate,"
                                + " net_pence, vat_pence, source_ref from billing_invoice_line where invoice_id = ?"
                                + " order by line_no",
                        Invoices::line,
                        id);
                String entered = Rows.first(connection, ENTERED, rows -> rows.getString(1), id)
                        .orElse(null);
                return Optional.of(InvoiceDetail.of(invoice.get(), today, its, entered));
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the invoice", e);
            }
        });
    }

    /** Every council's invoices for association staff, overdue first. */
    public List<InvoiceSummary> all(Caller staff) {
        LocalDate today = UkTime.today(clock);
        return wideRead.read(staff, "invoices of all councils", connection -> {
            List<InvoiceSummary> all = new ArrayList<>();
            try {
                Rows.all(connection, INVOICE_COLUMNS, Invoices::row)
                        .forEach(invoice -> all.add(invoice.summary(today)));
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the invoices", e);
            }
            all.sort(OVERDUE_FIRST);
            return all;
        });
    }

    private static Invoice row(ResultSet rows) throws SQLException {
        return new Invoice(
                rows.getLong(1),
                rows.getString(2),
                rows.getString(3),
                InvoiceKind.valueOf(rows.getString(4)),
                rows.getString(5),
                rows.getString(6),
                rows.getLong(7),
                rows.getLong(8),
                rows.getLong(9),
                rows.getObject(10, LocalDate.class),
                InvoiceStatus.valueOf(rows.getString(11)),
                rows.getTimestamp(12).toInstant(),
                rows.getString(13),
                rows.getString(14),
                rows.getString(15),
                rows.getTimestamp(16).toInstant());
    }

    private static InvoiceLine line(ResultSet rows) throws SQLException {
        return new InvoiceLine(
                rows.getLong(1),
                rows.getString(2),
                rows.getLong(3),
                rows.getInt(4),
                rows.getString(5),
                rows.getLong(6),
                rows.getLong(7),
                rows.getBigDecimal(8),
                rows.getLong(9),
                rows.getLong(10),
                rows.getString(11));
    }
}
