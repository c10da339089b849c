package uk.org.eelga.platform.coaching;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CohortRepository extends CrudRepository<CoachingCohort, Long> {

    /**
     * Newest first, as staff look for them: a cohort with no session yet (just added) first, then by its first
     * session, latest first ("Cohort 10" by name would sort before "Cohort 9").
     */
    @Query("select c.* from coaching_cohort c"
            + " left join (select cohort_id, min(starts_at) as first_starts from coaching_session group by cohort_id) f"
            + " on f.cohort_id = c.id order by f.first_starts desc nulls first, c.name")
    List<CoachingCohort> findAllNewestFirst();

    boolean existsByName(String name);
}
