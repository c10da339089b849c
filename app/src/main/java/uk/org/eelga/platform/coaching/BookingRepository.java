package uk.org.eelga.platform.coaching;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** Every method is filtered by the bound council (discriminator multi-tenancy) and by row-level security. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface BookingRepository extends CrudRepository<CoachingBooking, Long> {

    List<CoachingBooking> findAllOrderByBookedAtDesc();

    long countBySessionIdAndStatus(Long sessionId, BookingStatus status);

    boolean existsBySessionIdAndDelegateEmailIlikeAndStatusNotEqual(
            Long sessionId, String delegateEmail, BookingStatus status);

    /** The council's own booking, locked; the tenant filter is in the SQL as well as in row-level security. */
    @Query("select * from coaching_booking where id = :id and tenant_id = app_current_tenant() for update")
    Optional<CoachingBooking> lockById(Long id);
}
