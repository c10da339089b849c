package uk.org.eelga.platform.billing;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
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
import uk.org.eelga.tenancy.rls.AssociationWideRead;

/** Invoices as people see them: a council its own (bound council), association staff every council's. */
@Singleton
public class Invoices {

    /** Overdue first, then the soonest due, then the rest newest first. */
    public static final Comparator<InvoiceSummary> OVERDUE_FIRST = Comparator.comparing(
                    (InvoiceSummary i) -> !i.overdue())
            .thenComparing(i -> i.status().isFinal())
            .thenComparing(InvoiceSummary::dueOn);

    private final InvoiceRepository invoices;
    private final AssociationWideRead wideRead;
    private final Clock clock;

    Invoices(InvoiceRepository invoices, AssociationWideRead wideRead, Clock clock) {
        this.invoices = invoices;
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

    /** Every council's invoices for association staff, overdue first. */
    public List<InvoiceSummary> all(Caller staff) {
        LocalDate today = UkTime.today(clock);
        return wideRead.read(staff, "invoices of all councils", connection -> {
            List<InvoiceSummary> all = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                            "select id, tenant_id, source_ref, kind, description, po_number, net_pence, vat_pence,"
                                    + " total_pence, due_on, status, status_at, stripe_invoice_id, hosted_url,"
                                    + " created_by, created_at from billing_invoice order by due_on");
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    all.add(new Invoice(
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
                                    rows.getTimestamp(16).toInstant())
                            .summary(today));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the invoices", e);
            }
            all.sort(OVERDUE_FIRST);
            return all;
        });
    }
}
