package uk.org.eelga.platform.billing;

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
}
