package uk.org.eelga.platform.framework.live;

import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Councils with people on the platform: active member councils with at least one person who had first signed in
 * by the end of the period, as a share of all active member councils. Evidence: each active council with how
 * many of its people had signed in by then (a successor counts the people of councils merged into it).
 */
@Singleton
class CouncilsWithPeopleKind implements LiveMeasureKind {

    private static final String SQL = "select c.id, c.name, count(u.id) as people from council c"
            // a successor's people include those of the councils merged into it
            + " left join council_user u on u.tenant_id in (select app_council_lineage(c.id))"
            + " and u.first_signed_in_at < ?"
            + " where c.status = 'ACTIVE' %s group by c.id, c.name order by c.name";

    @Override
    public String code() {
        return "councils-with-people";
    }

    @Override
    public String title() {
        return "Councils with people on the platform";
    }

    @Override
    public String description() {
        return "Active member councils with at least one person signed in to the platform by the end of the period.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of();
    }

    @Override
    public MeasureResult compute(LiveMeasureQuery query) {
        List<EvidenceRow> evidence = read(query, false);
        return MeasureResult.share(
                evidence.stream().filter(EvidenceRow::counted).count(), evidence.size(), evidence);
    }

    @Override
    public boolean perCouncil() {
        return true;
    }

    @Override
    public Optional<MeasureResult> computeForCouncil(LiveMeasureQuery query) {
        List<EvidenceRow> evidence = read(query, true);
        return Optional.of(MeasureResult.share(
                evidence.stream().filter(EvidenceRow::counted).count(), evidence.size(), evidence));
    }

    private static List<EvidenceRow> read(LiveMeasureQuery query, boolean ownOnly) {
        String sql = String.format(SQL, ownOnly ? "and c.id = app_current_tenant()" : "");
        try (PreparedStatement statement = query.connection().prepareStatement(sql)) {
            statement.setDate(1, Date.valueOf(query.period().end().plusDays(1)));
            List<EvidenceRow> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    long people = result.getLong("people");
                    rows.add(new EvidenceRow(
                            result.getString("id"),
                            result.getString("name"),
                            people + (people == 1 ? " person" : " people") + " signed in",
                            people > 0));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count councils' people", e);
        }
    }
}
