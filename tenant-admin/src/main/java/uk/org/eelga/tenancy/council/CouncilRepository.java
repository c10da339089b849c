package uk.org.eelga.tenancy.council;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CouncilRepository extends CrudRepository<Council, String> {

    List<Council> findAllOrderByName();

    /** Moves the council to {@code to} only if it is still {@code from}; returns 1 if it did, 0 if not. */
    @Query("update council set status = :to where id = :id and status = :from")
    long updateStatusIfStill(String id, String from, String to);

    /** The name of the council this one merged into, if it did. */
    @Query("select s.name from council c join council s on s.id = c.successor_id where c.id = :id")
    Optional<String> findSuccessorName(String id);
}
