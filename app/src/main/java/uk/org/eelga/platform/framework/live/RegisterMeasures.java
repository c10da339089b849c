package uk.org.eelga.platform.framework.live;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.List;

/** Figures from the council register itself: councils in membership, and councils with people on the platform. */
@Factory
class RegisterMeasures {

    static final ParameterSpec EXPECTED = ExpectedMembers.PARAMETER;

    /**
     * Councils in membership: member councils whose status is ACTIVE, as a share of the expected membership (52).
     * Evidence: every council on the register with its status. The register holds the current status, so an open
     * period shows today's membership; closing a quarter freezes it. A council's own figure: 100% when active.
     */
    @Singleton
    LiveMeasureKind councilsInMembership() {
        String sql = "select id, name, initcap(status), status = 'ACTIVE' from council %s order by name";
        return new SqlMeasureKind(
                "councils-in-membership",
                "Councils in membership",
                "Active member councils as a share of the expected membership, from the council register.",
                List.of(EXPECTED),
                sql.formatted(""),
                sql.formatted("where id = app_current_tenant()"),
                (query, scope) -> List.of(),
                (councils, query, scope) -> MeasureResult.share(
                        SqlMeasureKind.counted(councils),
                        scope == SqlMeasureKind.Scope.REGION ? expected(query) : councils.size(),
                        councils));
    }

    /**
     * Councils with people on the platform: active member councils with at least one person who had first signed in
     * by the end of the period, as a share of all active member councils. Evidence: each active council with how
     * many of its people had signed in by then (a successor counts the people of councils merged into it).
     */
    @Singleton
    LiveMeasureKind councilsWithPeople() {
        String sql = "select c.id, c.name, count(u.id) || case when count(u.id) = 1 then ' person' else ' people' end"
                + " || ' signed in', count(u.id) > 0 from council c"
                // a successor's people include those of the councils merged into it
                + " left join council_user u on u.tenant_id in (select app_council_lineage(c.id))"
                + " and u.first_signed_in_at < ?"
                + " where c.status = 'ACTIVE' %s group by c.id, c.name order by c.name";
        return new SqlMeasureKind(
                "councils-with-people",
                "Councils with people on the platform",
                "Active member councils with at least one person signed in to the platform by the end of the period.",
                List.of(),
                sql.formatted(""),
                sql.formatted("and c.id = app_current_tenant()"),
                (query, scope) ->
                        List.of(java.sql.Date.valueOf(query.period().end().plusDays(1))),
                SqlMeasureKind.SHARE);
    }

    private static long expected(LiveMeasureQuery query) {
        return ExpectedMembers.of(query);
    }
}
