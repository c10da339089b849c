package uk.org.eelga.platform.billing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface InvoiceLineRepository extends CrudRepository<InvoiceLine, Long> {

    List<InvoiceLine> findByInvoiceIdOrderByLineNo(long invoiceId);

    /**
     * The lines of one of the bound council's invoices, or of one carried over to it by a merge (then the lines stay
     * the predecessor's rows, as the invoice does: see {@link InvoiceRepository#findCarriedOver()}); no others.
     */
    @Query("select l.* from billing_invoice_line l where l.invoice_id = :invoiceId"
            + " and (l.tenant_id = app_current_tenant() or exists (select 1 from merge_carried_item m"
            + " where m.item_kind = 'INVOICE' and m.item_id = l.invoice_id and m.tenant_id = app_current_tenant()))"
            + " order by l.line_no")
    List<InvoiceLine> findOfOurInvoice(long invoiceId);
}
