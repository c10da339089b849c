package uk.org.eelga.platform.helpline;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** The helpline's repositories; every method is filtered by the bound council and by row-level security. */
final class Repositories {

    private Repositories() {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Queries extends CrudRepository<HelplineQuery, Long> {

        List<HelplineQuery> findAllOrderByRaisedAtDesc();

        @Query("select * from helpline_query where id = :id and tenant_id = app_current_tenant() for update")
        Optional<HelplineQuery> lockById(Long id);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Messages extends CrudRepository<HelplineMessage, Long> {

        @Query("select * from helpline_message where query_id = :queryId and tenant_id = app_current_tenant()"
                + " order by written_at, id")
        List<HelplineMessage> thread(long queryId);
    }
}
