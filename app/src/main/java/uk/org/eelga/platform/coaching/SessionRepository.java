package uk.org.eelga.platform.coaching;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SessionRepository extends CrudRepository<CoachingSession, Long> {

    List<CoachingSession> findByStartsAtGreaterThanOrderByStartsAt(Instant after);

    List<CoachingSession> findByCohortIdOrderByStartsAt(Long cohortId);

    @Query("select cohort_id from coaching_session where starts_at > :after order by starts_at, id limit 1")
    Optional<Long> cohortOfNextSession(Instant after);

    List<CoachingSession> findByIdIn(List<Long> ids);

    /** The session row locked until the end of the transaction: every change of its places goes through here. */
    @Query("select * from coaching_session where id = :id for update")
    Optional<CoachingSession> lockById(Long id);

    @Query("update coaching_session set confirmed_count = confirmed_count + :delta where id = :id")
    void addConfirmed(Long id, int delta);
}
