package uk.org.eelga.platform.billing;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.CurrentTenant;

/**
 * Raises invoices for the bound council. The invoice, its lines and its outbox entry are written in the CALLER's
 * transaction, together with the business change that bills (a delivery marked invoiced, a place confirmed): both
 * commit or neither does, and the outbox job sends the invoice to Stripe later, exactly once.
 */
@Singleton
public class Invoicing {

    private final InvoiceRepository invoices;
    private final InvoiceLineRepository lines;
    private final OutboxRepository outbox;
    private final Clock clock;

    Invoicing(InvoiceRepository invoices, InvoiceLineRepository lines, OutboxRepository outbox, Clock clock) {
        this.invoices = invoices;
        this.lines = lines;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Bills the bound council; billing the same {@code sourceRef} again returns the first invoice. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public InvoiceSummary bill(String actorEmail, Bill bill) {
        String council = CurrentTenant.require().value();
        LocalDate today = UkTime.today(clock);
        var existing = invoices.findBySourceRef(bill.sourceRef());
        if (existing.isPresent()) {
            return existing.get().summary(today);
        }
        if (bill.dueOn().isBefore(today)) {
            throw new InvalidAmount(
                    "The due date must be today or in the future; " + UkTime.date(bill.dueOn()) + " has passed");
        }
        long net = bill.items().stream().mapToLong(BillableItem::netPence).reduce(0, Math::addExact);
        long vat = bill.items().stream().mapToLong(BillableItem::vatPence).reduce(0, Math::addExact);
        Instant now = clock.instant();
        Invoice invoice = invoices.save(new Invoice(
                null,
                null,
                bill.sourceRef(),
                bill.kind(),
                bill.description(),
                blankToNull(bill.poNumber()),
                net,
                vat,
                Math.addExact(net, vat),
                bill.dueOn(),
                InvoiceStatus.PENDING,
                now,
                null,
                null,
                actorEmail,
                now));
        List<BillableItem> items = bill.items();
        for (int i = 0; i < items.size(); i++) {
            BillableItem item = items.get(i);
            lines.save(new InvoiceLine(
                    null,
                    null,
                    invoice.id(),
                    i + 1,
                    item.description(),
                    item.quantity(),
                    item.unitAmountPence(),
                    item.vatRate(),
                    item.netPence(),
                    item.vatPence(),
                    item.sourceRef()));
        }
        outbox.save(new OutboxItem(
                null,
                null,
                invoice.id(),
                "eelga-" + council + "-invoice-" + invoice.id() + "-" + UUID.randomUUID(),
                0,
                now,
                null,
                null,
                now));
        return invoice.summary(today);
    }

    /** Whether the bound council has been billed for {@code sourceRef} already. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean alreadyBilled(String sourceRef) {
        return invoices.findBySourceRef(sourceRef).isPresent();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
