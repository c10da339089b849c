package uk.org.eelga.platform.followup;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** Filtered by the bound council (discriminator multi-tenancy) and by row-level security. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CommitmentRepository extends CrudRepository<Commitment, Long> {

    List<Commitment> findAllOrderByDueOnDesc();

    @Query("select * from follow_up_commitment where id = :id and tenant_id = app_current_tenant() for update")
    Optional<Commitment> lockById(Long id);
}
