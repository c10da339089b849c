package uk.org.eelga.platform.billing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.tenancy.TenantId;

/**
 * Invoices written straight to the database (as its owner) in the state a test needs: paid, overdue, with several
 * lines. Each line bears 20% VAT; the invoice's net, VAT and total are its lines' sums.
 */
public final class TestInvoices {

    public record Line(String description, long quantity, long unitAmountPence) {

        long net() {
            return quantity * unitAmountPence;
        }

        long vat() {
            return net() / 5;
        }
    }

    /** What an invoice is, apart from its lines. */
    public record Facts(
            TenantId council,
            String description,
            String poNumber,
            InvoiceStatus status,
            LocalDate dueOn,
            Instant issuedAt,
            Instant statusAt,
            String hostedUrl) {}

    private TestInvoices() {}

    /** Writes the invoice and its lines; its id. */
    public static long insert(Facts facts, Line... lines) throws SQLException {
        long net = 0;
        long vat = 0;
        for (Line line : lines) {
            net += line.net();
            vat += line.vat();
        }
        try (Connection owner = boundTo(facts.council())) {
            long id;
            try (PreparedStatement invoice = owner.prepareStatement("insert into billing_invoice (tenant_id,"
                    + " source_ref, kind, description, po_number, net_pence, vat_pence, total_pence, due_on, status,"
                    + " status_at, hosted_url, created_by, created_at)"
                    + " values (?, ?, 'OTHER', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'test@eelga.demo', ?) returning id")) {
                invoice.setString(1, facts.council().value());
                invoice.setString(2, "test-" + System.nanoTime());
                invoice.setString(3, facts.description());
                invoice.setString(4, facts.poNumber());
                invoice.setLong(5, net);
                invoice.setLong(6, vat);
                invoice.setLong(7, net + vat);
                invoice.setObject(8, facts.dueOn());
                invoice.setString(9, facts.status().name());
                invoice.setTimestamp(10, Timestamp.from(facts.statusAt()));
                invoice.setString(11, facts.hostedUrl());
                invoice.setTimestamp(12, Timestamp.from(facts.issuedAt()));
                try (ResultSet row = invoice.executeQuery()) {
                    row.next();
                    id = row.getLong(1);
                }
            }
            try (PreparedStatement line = owner.prepareStatement("insert into billing_invoice_line (tenant_id,"
                    + " invoice_id, line_no, description, quantity, unit_amount_pence, vat_rate, net_pence, vat_pence,"
                    + " source_ref) values (?, ?, ?, ?, ?, ?, 20, ?, ?, ?)")) {
                for (int i = 0; i < lines.length; i++) {
                    line.setString(1, facts.council().value());
                    line.setLong(2, id);
                    line.setInt(3, i + 1);
                    line.setString(4, lines[i].description());
                    line.setLong(5, lines[i].quantity());
                    line.setLong(6, lines[i].unitAmountPence());
                    line.setLong(7, lines[i].net());
                    line.setLong(8, lines[i].vat());
                    line.setString(9, "test-line-" + id + "-" + i);
                    line.executeUpdate();
                }
            }
            return id;
        }
    }

    /**
     * Merges {@code predecessor} into {@code successor} as far as invoices go, as CouncilMerge records it: the
     * council is marked merged and the invoice recorded as carried over (it stays the predecessor's row).
     * {@code TestDatabase.clearTenantData} undoes it.
     */
    public static void carryOver(long invoiceId, TenantId predecessor, TenantId successor) throws SQLException {
        TestDatabase.executeAsOwner("update council set status = 'MERGED', successor_id = '" + successor.value()
                + "', merged_on = date '2026-04-01' where id = '" + predecessor.value() + "'");
        try (Connection owner = boundTo(successor);
                PreparedStatement carried = owner.prepareStatement(
                        "insert into merge_carried_item (tenant_id,"
                                + " item_kind, item_id, from_council, merged_on) values (?, 'INVOICE', ?, ?, date '2026-04-01')")) {
            carried.setString(1, successor.value());
            carried.setLong(2, invoiceId);
            carried.setString(3, predecessor.value());
            carried.executeUpdate();
        }
    }

    /** The owner's connection bound to the council: row-level security is forced on the owner too. */
    private static Connection boundTo(TenantId council) throws SQLException {
        Connection owner = TestDatabase.asOwner();
        try (PreparedStatement bind = owner.prepareStatement("select set_config('app.tenant_id', ?, false)")) {
            bind.setString(1, council.value());
            bind.execute();
        }
        return owner;
    }
}
