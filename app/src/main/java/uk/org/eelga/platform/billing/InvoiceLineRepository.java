package uk.org.eelga.platform.billing;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface InvoiceLineRepository extends CrudRepository<InvoiceLine, Long> {

    List<InvoiceLine> findByInvoiceIdOrderByLineNo(long invoiceId);
}
