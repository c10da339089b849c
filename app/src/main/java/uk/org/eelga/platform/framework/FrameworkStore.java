package uk.org.eelga.platform.framework;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.org.eelga.platform.framework.FrameworkDraft.ActionDraft;
import uk.org.eelga.platform.framework.FrameworkDraft.MeasureDraft;
import uk.org.eelga.platform.framework.FrameworkDraft.OutcomeDraft;
import uk.org.eelga.platform.framework.FrameworkDraft.ThemeDraft;
import uk.org.eelga.platform.framework.FrameworkModel.FrameworkSummary;
import uk.org.eelga.platform.framework.FrameworkModel.Measure;
import uk.org.eelga.platform.framework.FrameworkModel.Tree;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.SharedReferenceData;

/**
 * The framework tables (hand-written SQL; shared association data, so no tenant filter). Must be called inside
 * a transaction opened by the framework's services.
 */
@Singleton
@SharedReferenceData("framework, framework_theme, framework_outcome, framework_action, framework_measure")
class FrameworkStore {

    private final JdbcOperations jdbc;

    FrameworkStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<FrameworkSummary> frameworks() {
        return Rows.all(
                jdbc, "select id, year_label, title, source from framework order by year_label", r -> summary(r));
    }

    Optional<FrameworkSummary> framework(long id) {
        return jdbc.prepareStatement("select id, year_label, title, source from framework where id = ?", s -> {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(summary(r)) : Optional.<FrameworkSummary>empty();
            }
        });
    }

    Optional<FrameworkSummary> frameworkByYear(String year) {
        return frameworks().stream().filter(f -> f.year().equals(year)).findFirst();
    }

    private static FrameworkSummary summary(ResultSet r) throws SQLException {
        return new FrameworkSummary(r.getLong(1), r.getString(2), r.getString(3), r.getString(4));
    }

    Optional<Tree> tree(long frameworkId) {
        TreeRows rows = new TreeRows();
        query(TreeRows.SQL, frameworkId, rows::add);
        return rows.tree();
    }

    /** A measure's columns, in the order {@link #measure(ResultSet, int)} reads them. */
    static final String MEASURE_COLUMNS = "m.id, m.action_id, m.description, m.target_type,"
            + " m.target_value, m.target_date, m.baseline, m.baseline_note, m.monitoring_frequency, m.data_source,"
            + " m.owner, m.direction, m.amber_tolerance, m.live_kind, m.live_parameters, m.manual_reason";

    private static final String MEASURE_SELECT = "select " + MEASURE_COLUMNS + " from framework_measure m";

    Optional<Measure> measure(long id) {
        List<Measure> found = new ArrayList<>();
        query(MEASURE_SELECT + " where m.id = ?", id, r -> found.add(measure(r)));
        return found.stream().findFirst();
    }

    /**
     * The measures bound to a live kind that have a target, in the latest framework of year {@code yearLabel} or
     * before it, in the framework's order, each with that framework's year: one statement (pages show a target with
     * a figure and keep to their statement budget).
     */
    List<Map.Entry<String, Measure>> targetedMeasures(String kindCode, String yearLabel) {
        return Rows.all(
                jdbc,
                "select f.year_label, " + MEASURE_COLUMNS + " from framework f"
                        + " join framework_theme t on t.framework_id = f.id join framework_outcome o on o.theme_id ="
                        + " t.id join framework_action a on a.outcome_id = o.id join framework_measure m on"
                        + " m.action_id = a.id where m.live_kind = ? and m.target_value is not null"
                        + " and f.year_label = (select max(year_label) from framework where year_label <= ?)"
                        + " order by t.position, t.id, o.position, o.id, a.position, a.id, m.position, m.id",
                r -> Map.entry(r.getString(1), measure(r, 1)),
                kindCode,
                yearLabel);
    }

    /** The framework a measure belongs to. */
    Optional<Long> frameworkOfMeasure(long measureId) {
        List<Long> found = new ArrayList<>();
        query(
                "select t.framework_id from framework_measure m join framework_action a on a.id = m.action_id"
                        + " join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id"
                        + " where m.id = ?",
                measureId,
                r -> found.add(r.getLong(1)));
        return found.stream().findFirst();
    }

    private static Measure measure(ResultSet r) throws SQLException {
        return measure(r, 0);
    }

    /** The measure whose {@link #MEASURE_COLUMNS} start after column {@code before}. */
    static Measure measure(ResultSet r, int before) throws SQLException {
        Date targetDate = r.getDate(before + 6);
        return new Measure(
                r.getLong(before + 1),
                r.getLong(before + 2),
                r.getString(before + 3),
                TargetType.valueOf(r.getString(before + 4)),
                r.getBigDecimal(before + 5),
                targetDate == null ? null : targetDate.toLocalDate(),
                r.getBigDecimal(before + 7),
                r.getString(before + 8),
                r.getString(before + 9),
                r.getString(before + 10),
                r.getString(before + 11),
                Direction.valueOf(r.getString(before + 12)),
                r.getBigDecimal(before + 13),
                r.getString(before + 14),
                LiveParameters.parse(r.getString(before + 15)),
                r.getString(before + 16));
    }

    void bindLive(long measureId, String kind, Map<String, String> parameters) {
        Rows.update(
                jdbc,
                "update framework_measure set live_kind = ?, live_parameters = ? where id = ?",
                kind,
                kind == null ? null : LiveParameters.format(parameters),
                measureId);
    }

    long insert(FrameworkDraft draft) {
        long frameworkId = insertReturningId(
                "insert into framework (year_label, title, source) values (?, ?, ?) returning id",
                draft.year(),
                draft.title(),
                draft.source());
        int themePos = 0;
        for (ThemeDraft theme : draft.themes()) {
            long themeId = insertReturningId(
                    "insert into framework_theme (framework_id, number, title, position) values (?, ?, ?, ?) returning id",
                    frameworkId,
                    theme.number(),
                    theme.title(),
                    themePos++);
            int outcomePos = 0;
            for (OutcomeDraft outcome : theme.outcomes()) {
                long outcomeId = insertReturningId(
                        "insert into framework_outcome (theme_id, number, text, position) values (?, ?, ?, ?) returning id",
                        themeId,
                        outcome.number(),
                        outcome.text(),
                        outcomePos++);
                int actionPos = 0;
                for (ActionDraft action : outcome.actions()) {
                    long actionId = insertReturningId(
                            "insert into framework_action (outcome_id, number, text, mechanism, service_area,"
                                    + " commentary, position) values (?, ?, ?, ?, ?, ?, ?) returning id",
                            outcomeId,
                            action.number(),
                            action.text(),
                            action.mechanism(),
                            action.serviceArea(),
                            action.commentary(),
                            actionPos++);
                    int measurePos = 0;
                    for (MeasureDraft measure : action.measures()) {
                        insertMeasure(actionId, measurePos++, measure);
                    }
                }
            }
        }
        return frameworkId;
    }

    private void insertMeasure(long actionId, int position, MeasureDraft m) {
        insertReturningId(
                "insert into framework_measure (action_id, description, target_type, target_value, target_date,"
                        + " baseline, baseline_note, monitoring_frequency, data_source, owner, direction,"
                        + " amber_tolerance, live_kind, live_parameters, position, manual_reason)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
                actionId,
                m.description(),
                m.type(),
                m.target(),
                m.targetDate() == null ? null : Date.valueOf(m.targetDate()),
                m.baseline(),
                m.baselineNote(),
                m.frequency(),
                m.dataSource(),
                m.owner(),
                m.direction(),
                m.tolerance() == null ? BigDecimal.ZERO : m.tolerance(),
                m.liveKind(),
                m.liveKind() == null ? null : LiveParameters.format(m.liveParameters()),
                position,
                m.manualReason());
    }

    private long insertReturningId(String sql, Object... values) {
        return Rows.one(jdbc, sql, r -> r.getLong(1), values);
    }

    private void query(String sql, long id, Rows.Taker taker) {
        Rows.each(jdbc, sql, taker, id);
    }
}
