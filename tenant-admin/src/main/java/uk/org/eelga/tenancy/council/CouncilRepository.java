package uk.org.eelga.tenancy.council;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CouncilRepository extends CrudRepository<Council, String> {

    List<Council> findAllOrderByName();

    void updateStatus(@Id String id, CouncilStatus status);

    /** The name of the council this one merged into, if it did. */
    @Query("select s.name from council c join council s on s.id = c.successor_id where c.id = :id")
    Optional<String> findSuccessorName(String id);
}
