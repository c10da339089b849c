package uk.org.eelga.platform.talentbank;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** The Talent Bank's repositories; tenant-owned ones are filtered by the bound council and by RLS. */
final class Repositories {

    private Repositories() {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Offers extends CrudRepository<Offer, Long> {
        List<Offer> findByActiveTrueOrderByAreaIdAndName();
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Associates extends CrudRepository<Associate, Long> {
        List<Associate> findByActiveTrueOrderByName();
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Areas extends CrudRepository<Area, String> {
        List<Area> findAllOrderBySortOrder();
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Requests extends CrudRepository<ServiceRequest, Long> {
        List<ServiceRequest> findAllOrderByRequestedAtDesc();

        /**
         * The bound council's request, locked until the transaction ends: every step on a request takes this
         * first, so two callers taking the same step one after the other, the second sees the first's result.
         */
        @Query("select * from talent_bank_request where id = :id and tenant_id = app_current_tenant()"
                + " and withdrawn_by is null for update")
        Optional<ServiceRequest> lockById(long id);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Quotes extends CrudRepository<Quote, Long> {
        List<Quote> findByRequestIdOrderByQuotedAtDesc(long requestId);

        List<Quote> findByRequestIdInOrderByQuotedAtDesc(java.util.Collection<Long> requestIds);

        Optional<Quote> findByRequestIdAndStatus(long requestId, QuoteStatus status);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Assignments extends CrudRepository<Assignment, Long> {
        List<Assignment> findByRequestId(long requestId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Deliveries extends CrudRepository<Delivery, Long> {
        List<Delivery> findByRequestIdOrderByDeliveredOn(long requestId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface History extends CrudRepository<HistoryEntry, Long> {
        List<HistoryEntry> findByRequestIdOrderByAt(long requestId);
    }
}
