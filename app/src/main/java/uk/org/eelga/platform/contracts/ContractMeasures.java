package uk.org.eelga.platform.contracts;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import uk.org.eelga.platform.framework.live.LiveMeasureKind;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.platform.framework.live.SqlMeasureKind;

/** The contract database's figure for the performance framework. */
@Factory
class ContractMeasures {

    static final String NO_REGISTER = "no contract register";

    /**
     * "Participation across all councils" (3.7.1, target 90%): member councils whose register was changed or
     * confirmed up to date within the year before the period's end (or today, if earlier), of all member councils.
     * Evidence: every member council with when its register was last updated.
     */
    @Singleton
    LiveMeasureKind participation(Clock clock) {
        return new SqlMeasureKind(
                ContractRegister.PARTICIPATION_KIND,
                "Councils with an up-to-date contract register",
                "Member councils whose contract register was changed or confirmed in the year before the period's"
                        + " end, as a share of all members.",
                List.of(),
                "select c.id, c.name, coalesce('register last updated ' || to_char(t.last at time zone"
                        + " 'Europe/London', 'FMDD FMMonth YYYY'), '" + NO_REGISTER + "'),"
                        + " t.last is not null and t.last >= ?::timestamptz - interval '"
                        + ContractRegister.UP_TO_DATE_DAYS + " days'"
                        + " from council c left join lateral (select greatest("
                        + "  (select max(k.updated_at) from contract k where k.tenant_id = c.id and k.updated_at < ?),"
                        + "  (select max(r.reviewed_at) from contract_register_review r where r.tenant_id = c.id"
                        + "   and r.reviewed_at < ?)) as last) t on true"
                        + " where c.status in ('ACTIVE', 'SUSPENDED') order by c.name",
                (query, scope) -> {
                    Instant periodEnd = query.period().to();
                    Instant now = clock.instant();
                    Timestamp at = Timestamp.from(periodEnd.isBefore(now) ? periodEnd : now);
                    return List.of(at, at, at);
                },
                // before any council kept a register there is no figure (not 0% of 52)
                (records, query, scope) ->
                        records.stream().allMatch(r -> r.detail().equals(NO_REGISTER))
                                ? MeasureResult.share(0, 0, List.of())
                                : SqlMeasureKind.share(records));
    }
}
