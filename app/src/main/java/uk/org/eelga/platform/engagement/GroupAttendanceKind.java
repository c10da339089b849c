package uk.org.eelga.platform.engagement;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.org.eelga.platform.framework.live.EvidenceRow;
import uk.org.eelga.platform.framework.live.LiveMeasureKind;
import uk.org.eelga.platform.framework.live.LiveMeasureQuery;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.platform.framework.live.ParameterSpec;

/**
 * "Proportion of council leaders attending (60%)": seats attended of seats expected at a group's meetings in the
 * period (cancelled meetings expect nobody). Evidence: every expected council with its seats attended.
 */
@Singleton
class GroupAttendanceKind implements LiveMeasureKind {

    static final ParameterSpec GROUP = new ParameterSpec("group", "Group (code, e.g. assembly)", true, null);

    private static final String SQL = "with expected as (select s.council_id, sum(s.seats) as seats"
            + " from engagement_expected_seat s join engagement_group g on g.id = s.group_id"
            + " where g.code = ? and s.starts_at >= ? and s.starts_at < ? %s group by s.council_id),"
            + " attended as (select a.tenant_id as council_id, count(*) as seats from attendance a"
            + " join engagement_expected_seat s on s.meeting_id = a.meeting_id and s.council_id = a.tenant_id"
            + " join engagement_group g on g.id = s.group_id"
            + " where g.code = ? and s.starts_at >= ? and s.starts_at < ? and a.status in ('PRESENT', 'SUBSTITUTE')"
            + " group by a.tenant_id)"
            + " select c.id, c.name, e.seats, least(coalesce(a.seats, 0), e.seats) from expected e"
            + " join council c on c.id = e.council_id left join attended a on a.council_id = e.council_id"
            + " order by c.name";

    @Override
    public String code() {
        return "group-attendance";
    }

    @Override
    public String title() {
        return "Attendance at a group's meetings";
    }

    @Override
    public String description() {
        return "Seats attended (present or substitute) of seats expected at the group's meetings in the period.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(GROUP);
    }

    @Override
    public MeasureResult compute(LiveMeasureQuery query) {
        return result(read(query, ""));
    }

    @Override
    public boolean perCouncil() {
        return true;
    }

    @Override
    public Optional<MeasureResult> computeForCouncil(LiveMeasureQuery query) {
        // the bound council and the councils merged into it
        return Optional.of(
                result(read(query, "and s.council_id in (select app_council_lineage(app_current_tenant()))")));
    }

    private static MeasureResult result(List<EvidenceRow> evidence) {
        long attended = 0;
        long expected = 0;
        for (EvidenceRow row : evidence) {
            String[] seats = row.detail().split(" ");
            attended += Long.parseLong(seats[0]);
            expected += Long.parseLong(seats[2]);
        }
        return MeasureResult.share(attended, expected, evidence);
    }

    private static List<EvidenceRow> read(LiveMeasureQuery query, String filter) {
        String group = query.parameter(GROUP);
        try (PreparedStatement statement = query.connection().prepareStatement(String.format(SQL, filter))) {
            statement.setString(1, group);
            statement.setTimestamp(2, Timestamp.from(query.period().from()));
            statement.setTimestamp(3, Timestamp.from(query.period().to()));
            statement.setString(4, group);
            statement.setTimestamp(5, Timestamp.from(query.period().from()));
            statement.setTimestamp(6, Timestamp.from(query.period().to()));
            List<EvidenceRow> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    long expected = result.getLong(3);
                    long attended = result.getLong(4);
                    // the detail starts "attended of expected" so the figure can be summed back from the evidence
                    rows.add(new EvidenceRow(
                            result.getString(1),
                            result.getString(2),
                            attended + " of " + expected + " seats attended",
                            attended > 0));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read attendance for " + group, e);
        }
    }
}
