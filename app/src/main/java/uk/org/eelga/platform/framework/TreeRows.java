package uk.org.eelga.platform.framework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.org.eelga.platform.framework.FrameworkModel.Action;
import uk.org.eelga.platform.framework.FrameworkModel.FrameworkSummary;
import uk.org.eelga.platform.framework.FrameworkModel.Measure;
import uk.org.eelga.platform.framework.FrameworkModel.Outcome;
import uk.org.eelga.platform.framework.FrameworkModel.Theme;
import uk.org.eelga.platform.framework.FrameworkModel.Tree;

/**
 * A framework's tree from one statement ({@link #SQL}: the framework joined down to its measures, one row per measure
 * or empty level), instead of one statement per level (issue 13: five round trips on every figure call and page).
 * Rows arrive ordered by each level's position, so the first-seen order of each level is its order under its parent.
 */
final class TreeRows {

    /** The whole tree of framework {@code ?}; the measure's columns start at column 17 (see {@link #MEASURE_FROM}). */
    static final String SQL = "select f.id, f.year_label, f.title, f.source, t.id, t.number, t.title, o.id, o.number,"
            + " o.text, a.id, a.number, a.text, a.mechanism, a.service_area, a.commentary, "
            + FrameworkStore.MEASURE_COLUMNS
            + " from framework f left join framework_theme t on t.framework_id = f.id"
            + " left join framework_outcome o on o.theme_id = t.id left join framework_action a on a.outcome_id = o.id"
            + " left join framework_measure m on m.action_id = a.id where f.id = ?"
            + " order by t.position, t.id, o.position, o.id, a.position, a.id, m.position, m.id";

    private static final int MEASURE_FROM = 16;

    private FrameworkSummary framework;
    private final Map<Long, String[]> themes = new LinkedHashMap<>();
    private final Map<Long, List<Long>> outcomesOfTheme = new LinkedHashMap<>();
    private final Map<Long, String[]> outcomes = new LinkedHashMap<>();
    private final Map<Long, List<Long>> actionsOfOutcome = new LinkedHashMap<>();
    private final Map<Long, ResultRow> actions = new LinkedHashMap<>();
    private final Map<Long, List<Measure>> measuresOfAction = new LinkedHashMap<>();

    /** An action's own columns, kept until its measures are all read. */
    private record ResultRow(String number, String text, String mechanism, String serviceArea, String commentary) {}

    void add(ResultSet r) throws SQLException {
        if (framework == null) {
            framework = new FrameworkSummary(r.getLong(1), r.getString(2), r.getString(3), r.getString(4));
        }
        long theme = r.getLong(5);
        if (r.wasNull()) {
            return;
        }
        if (themes.putIfAbsent(theme, new String[] {r.getString(6), r.getString(7)}) == null) {
            outcomesOfTheme.put(theme, new ArrayList<>());
        }
        long outcome = r.getLong(8);
        if (r.wasNull()) {
            return;
        }
        if (outcomes.putIfAbsent(outcome, new String[] {r.getString(9), r.getString(10)}) == null) {
            outcomesOfTheme.get(theme).add(outcome);
            actionsOfOutcome.put(outcome, new ArrayList<>());
        }
        long action = r.getLong(11);
        if (r.wasNull()) {
            return;
        }
        if (actions.putIfAbsent(
                        action,
                        new ResultRow(
                                r.getString(12), r.getString(13), r.getString(14), r.getString(15), r.getString(16)))
                == null) {
            actionsOfOutcome.get(outcome).add(action);
            measuresOfAction.put(action, new ArrayList<>());
        }
        r.getLong(MEASURE_FROM + 1);
        if (!r.wasNull()) {
            measuresOfAction.get(action).add(FrameworkStore.measure(r, MEASURE_FROM));
        }
    }

    /** The tree read, or empty when there is no such framework. */
    Optional<Tree> tree() {
        if (framework == null) {
            return Optional.empty();
        }
        List<Theme> themeList = new ArrayList<>();
        themes.forEach((themeId, theme) -> {
            List<Outcome> outcomeList = new ArrayList<>();
            for (long outcomeId : outcomesOfTheme.get(themeId)) {
                List<Action> actionList = new ArrayList<>();
                for (long actionId : actionsOfOutcome.get(outcomeId)) {
                    ResultRow a = actions.get(actionId);
                    actionList.add(new Action(
                            actionId,
                            a.number(),
                            a.text(),
                            a.mechanism(),
                            ServiceArea.valueOf(a.serviceArea()),
                            a.commentary(),
                            List.copyOf(measuresOfAction.get(actionId))));
                }
                String[] outcome = outcomes.get(outcomeId);
                outcomeList.add(new Outcome(outcomeId, outcome[0], outcome[1], List.copyOf(actionList)));
            }
            themeList.add(new Theme(themeId, theme[0], theme[1], List.copyOf(outcomeList)));
        });
        return Optional.of(new Tree(framework, List.copyOf(themeList)));
    }
}
