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
     * Evidence: every council on the register that was a member by the period's last day (a council onboarded later
     * is not read into a past year), with its status. The register holds the current status, so an open period
     * shows today's membership; closing a quarter freezes it. A council's own figure: 100% when active, none for a
     * period before it joined.
     */
    @Singleton
    LiveMeasureKind councilsInMembership() {
        String sql = "select id, name, initcap(status), status = 'ACTIVE' from council"
                + " where (member_from is null or member_from <= ?) %s order by name";
        return new SqlMeasureKind(
                "councils-in-membership",
                "Councils in membership",
                "Active member councils as a share of the expected membership, from the council register.",
                List.of(EXPECTED),
                sql.formatted(""),
                sql.formatted("and id = app_current_tenant()"),
                (query, scope) -> List.of(query.lastDay()),
                (councils, query, scope) -> MeasureResult.share(
                        SqlMeasureKind.counted(councils),
                        scope == SqlMeasureKind.Scope.REGION ? expected(query) : councils.size(),
                        councils));
    }

    /**
     * Councils with people on the platform: active member councils with at least one person who had first signed in
     * by the end of the period, as a share of the active member councils that were members by then. Evidence: each active council with how
     * many of its people had signed in by then (a successor counts the people of councils merged into it).
     */
    @Singleton
    LiveMeasureKind councilsWithPeople() {
        String sql = "select c.id, c.name, count(u.id) || case when count(u.id) = 1 then ' person' else ' people' end"
                + " || ' signed in', count(u.id) > 0 from council c"
                // a successor's people include those of the councils merged into it
                + " left join council_user u on u.tenant_id in (select app_council_lineage(c.id))"
                + " and u.first_signed_in_at < ?"
                + " where c.status = 'ACTIVE' and (c.member_from is null or c.member_from <= ?) %s"
                + " group by c.id, c.name order by c.name";
        return new SqlMeasureKind(
                "councils-with-people",
                "Councils with people on the platform",
                "Active member councils with at least one person signed in to the platform by the end of the period.",
                List.of(),
                sql.formatted(""),
                sql.formatted("and c.id = app_current_tenant()"),
                (query, scope) ->
                        List.of(java.sql.Date.valueOf(query.period().end().plusDays(1)), query.lastDay()),
                SqlMeasureKind.SHARE);
    }

    private static long expected(LiveMeasureQuery query) {
        return ExpectedMembers.of(query);
    }
}
