package uk.org.eelga.platform.coaching;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CohortRepository extends CrudRepository<CoachingCohort, Long> {

    List<CoachingCohort> findAllOrderByName();

    boolean existsByName(String name);
}
