package uk.org.eelga.platform.appraisal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** Every method is filtered by the bound council (discriminator multi-tenancy) and by row-level security. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AppraisalRequestRepository extends CrudRepository<AppraisalRequest, Long> {

    List<AppraisalRequest> findAllOrderByRequestedAtDesc();

    @Query("select * from appraisal_request where id = :id and tenant_id = app_current_tenant()"
            + " and withdrawn_by is null for update")
    Optional<AppraisalRequest> lockById(Long id);
}
