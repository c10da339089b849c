package uk.org.eelga.tenancy.people;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** Every method is filtered by the bound council (discriminator multi-tenancy) and by row-level security. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CouncilUserRepository extends CrudRepository<CouncilUser, Long> {

    Optional<CouncilUser> findBySubject(String subject);

    List<CouncilUser> findAllOrderByDisplayName();
}
