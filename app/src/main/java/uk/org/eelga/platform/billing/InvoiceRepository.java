package uk.org.eelga.platform.billing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** Filtered by the bound council (discriminator) and by row-level security. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface InvoiceRepository extends CrudRepository<Invoice, Long> {

    Optional<Invoice> findBySourceRef(String sourceRef);

    Optional<Invoice> findByStripeInvoiceId(String stripeInvoiceId);

    List<Invoice> findAllOrderByDueOnDesc();

    List<Invoice> findByStatusInList(List<InvoiceStatus> statuses);

    /**
     * The bound council's invoice, locked until the transaction ends. Every change of an invoice's status (webhooks,
     * reconciliation, the outbox) takes this first and decides under the lock, so a payment is applied once however
     * many events for it arrive at the same moment, and no writer puts back a status it read before another's.
     */
    @Query("select * from billing_invoice where id = :id and tenant_id = app_current_tenant() for update")
    Optional<Invoice> lockById(long id);

    /**
     * Predecessors' invoices the bound council became liable for when they merged into it (V104). They stay the
     * predecessor's rows; the successor may read them (lineage read policy), so this query has no discriminator.
     */
    @Query("select i.* from billing_invoice i join merge_carried_item m on m.item_id = i.id"
            + " where m.item_kind = 'INVOICE' and m.tenant_id = app_current_tenant()")
    List<Invoice> findCarriedOver();

    @Query("select i.* from billing_invoice i join merge_carried_item m on m.item_id = i.id"
            + " where m.item_kind = 'INVOICE' and m.tenant_id = app_current_tenant() and i.id = :id")
    Optional<Invoice> findCarriedOverById(long id);
}
