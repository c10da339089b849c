package uk.org.eelga.platform.billing;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OutboxRepository extends CrudRepository<OutboxItem, Long> {

    List<OutboxItem> findBySentAtIsNullAndNextAttemptAtLessThanEqualsOrderById(Instant now);

    Optional<OutboxItem> findByInvoiceId(long invoiceId);
}
