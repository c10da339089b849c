package uk.org.eelga.tenancy.council;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CouncilRepository extends CrudRepository<Council, String> {

    List<Council> findAllOrderByName();

    void updateStatus(@Id String id, CouncilStatus status);
}
