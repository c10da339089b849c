package uk.org.eelga.platform.framework;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.org.eelga.platform.framework.FrameworkModel.Measure;
import uk.org.eelga.platform.framework.FrameworkYears.FrameworkRefused;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Refusal;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.audit.AuditLog;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.Text;

/**
 * A framework's shape changed on a page, not only by importing a file: a theme, an outcome, an action or a measure
 * added at the end of its parent, or one added in error removed. What has records is never removed: a measure with
 * figures entered or frozen in a closed quarter, and any level with something under it (remove that first), so no
 * figure loses the records behind it. Staff only; audited; two changes to one parent wait for each other.
 */
@Singleton
public class FrameworkStructure {

    /** The longest number a level may have ("3.1.2", "M4"). */
    public static final int NUMBER_MAX = 20;

    @Serdeable
    public record NewTheme(@FreeText(max = NUMBER_MAX) String number, @FreeText(max = Text.NAME) String title) {}

    @Serdeable
    public record NewOutcome(
            @Nullable @FreeText(max = NUMBER_MAX) String number,
            @FreeText(max = Text.PARAGRAPH, multiline = true) String text) {}

    @Serdeable
    public record NewAction(
            @Nullable @FreeText(max = NUMBER_MAX) String number,
            @FreeText(max = Text.PARAGRAPH, multiline = true) String text,
            @Nullable @FreeText(max = Text.NAME) String mechanism,
            ServiceArea serviceArea) {}

    /** A new measure: what is measured and how; its target and how it is computed are set by changing it after. */
    @Serdeable
    public record NewMeasure(
            @FreeText(max = Text.PARAGRAPH, multiline = true) String description,
            TargetType type,
            @FreeText(max = 200) String frequency,
            @Nullable @FreeText(max = Text.NAME) String dataSource,
            @Nullable Direction direction) {}

    /**
     * Where a part moves: one place up or down among its siblings ({@code step}), or to the end of another parent of
     * the level above in the same framework year ({@code parentId}); exactly one of the two.
     */
    @Serdeable
    public record Move(@Nullable Step step, @Nullable Long parentId) {}

    /** One place towards the start or the end of its parent. */
    public enum Step {
        UP,
        DOWN
    }

    /** What was added or removed: its level, id, the framework it is in and how the page names it. */
    @Serdeable
    public record Changed(Level level, long id, long frameworkId, String label) {}

    /** The four levels of a framework, each with its table and the column that names its parent. */
    public enum Level {
        THEME("theme", "framework_theme", "framework", "framework_id", "No such framework."),
        OUTCOME("outcome", "framework_outcome", "framework_theme", "theme_id", "No such theme."),
        ACTION("action", "framework_action", "framework_outcome", "outcome_id", "No such outcome."),
        MEASURE("measure", "framework_measure", "framework_action", "action_id", "No such action.");

        private final String word;
        private final String table;
        private final String parentTable;
        private final String parentColumn;
        private final String noParent;

        Level(String word, String table, String parentTable, String parentColumn, String noParent) {
            this.word = word;
            this.table = table;
            this.parentTable = parentTable;
            this.parentColumn = parentColumn;
            this.noParent = noParent;
        }

        public String word() {
            return word;
        }

        /** The level whose {@code word} this is ("measure"), or null. */
        public static @Nullable Level of(String word) {
            for (Level level : values()) {
                if (level.word.equals(word)) {
                    return level;
                }
            }
            return null;
        }

        /** The level above, or null for a theme (whose parent is the framework). */
        @Nullable
        public Level parent() {
            return this == THEME ? null : values()[ordinal() - 1];
        }

        /** The level under this one, or null for a measure. */
        @Nullable
        Level child() {
            return this == MEASURE ? null : values()[ordinal() + 1];
        }
    }

    /** The framework each level's row belongs to, by its id. */
    private static final Map<Level, String> FRAMEWORK_OF = Map.of(
            Level.THEME,
            "select t.framework_id from framework_theme t where t.id = ?",
            Level.OUTCOME,
            "select t.framework_id from framework_outcome o join framework_theme t on t.id = o.theme_id where o.id = ?",
            Level.ACTION,
            "select t.framework_id from framework_action a join framework_outcome o on o.id = a.outcome_id"
                    + " join framework_theme t on t.id = o.theme_id where a.id = ?",
            Level.MEASURE,
            "select t.framework_id from framework_measure m join framework_action a on a.id = m.action_id"
                    + " join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id"
                    + " where m.id = ?");

    private final JdbcOperations jdbc;
    private final FrameworkService frameworks;
    private final SnapshotStore snapshots;
    private final AuditLog audit;

    FrameworkStructure(JdbcOperations jdbc, FrameworkService frameworks, SnapshotStore snapshots, AuditLog audit) {
        this.jdbc = jdbc;
        this.frameworks = frameworks;
        this.snapshots = snapshots;
        this.audit = audit;
    }

    @Transactional
    public Changed addTheme(Caller staff, long frameworkId, NewTheme theme) {
        begin(staff, Level.THEME, frameworkId, theme, "Give the theme's number and title.");
        String number = required("the theme's number", theme.number(), NUMBER_MAX, false, "number");
        String title = required("the theme's title", theme.title(), Text.NAME, false, "title");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("number", number);
        values.put("title", title);
        return added(staff, Level.THEME, frameworkId, values, "Theme " + number + ": " + title);
    }

    @Transactional
    public Changed addOutcome(Caller staff, long themeId, NewOutcome outcome) {
        begin(staff, Level.OUTCOME, themeId, outcome, "Give the outcome.");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("number", optional("the outcome's number", outcome.number(), NUMBER_MAX, "number"));
        values.put("text", required("the outcome", outcome.text(), Text.PARAGRAPH, true, "text"));
        return added(staff, Level.OUTCOME, themeId, values, null);
    }

    @Transactional
    public Changed addAction(Caller staff, long outcomeId, NewAction action) {
        begin(staff, Level.ACTION, outcomeId, action, "Give the action and its service area.");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("number", optional("the action's number", action.number(), NUMBER_MAX, "number"));
        values.put("text", required("the action", action.text(), Text.PARAGRAPH, true, "text"));
        values.put("mechanism", optional("how it is delivered", action.mechanism(), Text.NAME, "mechanism"));
        if (action.serviceArea() == null) {
            throw invalid("service-area", "Choose the service area: core or commercial.");
        }
        values.put("service_area", action.serviceArea().name());
        return added(staff, Level.ACTION, outcomeId, values, null);
    }

    /**
     * A measure added at the end of its action, typed in by staff until it is bound to a live kind; its target is set
     * by changing it ({@link FrameworkYears#editMeasure}), so a new measure shows "No target set", never a RAG.
     */
    @Transactional
    public Measure addMeasure(Caller staff, long actionId, NewMeasure measure) {
        begin(
                staff,
                Level.MEASURE,
                actionId,
                measure,
                "Give what is measured, the kind of target and how often it is monitored.");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(
                "description",
                required("what is measured", measure.description(), Text.PARAGRAPH, true, "description"));
        if (measure.type() == null) {
            throw invalid("type", "Choose the kind of target: a percentage, a number, money, yes or no, or a date.");
        }
        values.put("target_type", measure.type().name());
        values.put(
                "monitoring_frequency",
                required("how often it is monitored", measure.frequency(), 200, false, "frequency"));
        values.put("data_source", optional("where the figure comes from", measure.dataSource(), Text.NAME, "source"));
        values.put(
                "direction", (measure.direction() == null ? Direction.HIGHER_IS_BETTER : measure.direction()).name());
        Changed added = added(staff, Level.MEASURE, actionId, values, "Measure: " + values.get("description"));
        return frameworks.measure(added.id()).orElseThrow();
    }

    /**
     * Removes a level added in error. Refused while anything is under it, and for a measure with figures entered
     * (accepted, waiting or rejected: they are its history) or frozen in a closed quarter not reopened.
     */
    @Transactional
    public Changed remove(Caller staff, Level level, long id) {
        staff.requireStaff("Only association staff change the framework.");
        if (level == null) {
            throw invalid("level", "Say whether a theme, outcome, action or measure is removed.");
        }
        String label = lock(level, id);
        long frameworkId = frameworkOf(level, id);
        if (level == Level.MEASURE) {
            long entered =
                    Rows.one(jdbc, "select count(*) from measure_value where measure_id = ?", r -> r.getLong(1), id);
            if (entered > 0) {
                throw conflict(
                        "has-figures",
                        "This measure has " + (entered == 1 ? "a figure" : entered + " figures")
                                + " entered, so it is kept with them. Change its wording or target instead.");
            }
            keptForClosedQuarters(frameworkId, List.of(id), "This measure is", "kept");
        } else {
            Level child = level.child();
            long under = Rows.one(
                    jdbc,
                    "select count(*) from " + child.table + " where " + child.parentColumn + " = ?",
                    r -> r.getLong(1),
                    id);
            if (under > 0) {
                throw conflict(
                        "not-empty",
                        "This " + level.word + " has " + under + " " + child.word + (under == 1 ? "" : "s")
                                + " under it. Remove those first.");
            }
        }
        Rows.update(jdbc, "delete from " + level.table + " where id = ?", id);
        Changed removed = new Changed(level, id, frameworkId, label);
        audit.record(staff, null, "framework.structure.removed", label + " in the " + yearOf(frameworkId), null, null);
        return removed;
    }

    /**
     * Moves a part one place up or down among its siblings, or to the end of another parent in the same year (a
     * number already used there refused). A measure frozen in a closed quarter not reopened keeps its action, and a
     * part holding one keeps its parent, as the closed report showed them; their order may change. A measure's
     * figures and their records go with it.
     */
    @Transactional
    public Changed move(Caller staff, Level level, long id, Move move) {
        staff.requireStaff("Only association staff change the framework.");
        if (level == null) {
            throw new FrameworkRefused(
                    Refusal.Kind.NOT_FOUND, "not-found", "No such kind of part: a theme, outcome, action or measure.");
        }
        if (move == null || (move.step() == null) == (move.parentId() == null)) {
            throw invalid("move", "Say where it goes: up or down one place, or to the end of another part.");
        }
        if (move.parentId() != null && level == Level.THEME) {
            throw invalid("parent", "A theme moves up or down in its framework year; it has no other parent.");
        }
        // the parent it is ordered in is locked before the part, as adding under it does, so moves and adds wait in
        // one order; the part's sibling rows are changed only with their parent locked
        long parentId = parentOf(level, id);
        lock(level.parentTable, move.step() != null ? parentId : move.parentId(), level.noParent);
        String label = lock(level, id);
        if (parentOf(level, id) != parentId) {
            throw conflict("moved-meanwhile", "Someone moved it meanwhile. Look again at where it is now.");
        }
        long frameworkId = frameworkOf(level, id);
        String where;
        if (move.step() != null) {
            List<Long> siblings = Rows.all(
                    jdbc,
                    "select id from " + level.table + " where " + level.parentColumn + " = ? order by position, id",
                    r -> r.getLong(1),
                    parentId);
            int at = siblings.indexOf(id);
            int to = move.step() == Step.UP ? at - 1 : at + 1;
            if (to < 0 || to >= siblings.size()) {
                throw conflict(
                        move.step() == Step.UP ? "already-first" : "already-last",
                        "It is already " + (move.step() == Step.UP ? "first" : "last") + " in its " + parentWord(level)
                                + ".");
            }
            siblings.set(at, siblings.get(to));
            siblings.set(to, id);
            for (int position = 0; position < siblings.size(); position++) {
                Rows.update(
                        jdbc,
                        "update " + level.table + " set position = ? where id = ? and " + level.parentColumn + " = ?"
                                + " and position <> ?",
                        position,
                        siblings.get(position),
                        parentId,
                        position);
            }
            where = move.step() == Step.UP ? "up one place" : "down one place";
        } else {
            Level parent = level.parent();
            long to = move.parentId();
            if (to == parentId) {
                throw invalid("parent", "It is already in that " + parent.word + ".");
            }
            String toLabel = lock(parent, to);
            if (frameworkOf(parent, to) != frameworkId) {
                throw conflict(
                        "another-year",
                        "It moves only within the " + yearOf(frameworkId) + "; add it to the other year instead.");
            }
            // the closed quarter's report shows its measures where they stood when it closed
            List<Long> measures = Rows.all(jdbc, MEASURES_UNDER.get(level), r -> r.getLong(1), id);
            if (!measures.isEmpty()) {
                keptForClosedQuarters(
                        frameworkId,
                        measures,
                        level == Level.MEASURE ? "This measure is" : "It holds a measure that is",
                        "kept under its " + parent.word);
            }
            String number = Rows.one(
                    jdbc,
                    "select " + (level == Level.MEASURE ? "null" : "number") + " from " + level.table + " where id = ?",
                    r -> r.getString(1),
                    id);
            refuseTakenNumber(level, to, number);
            Rows.update(
                    jdbc,
                    "update " + level.table + " set " + level.parentColumn + " = ?, position = (select coalesce("
                            + "max(position) + 1, 0) from " + level.table + " where " + level.parentColumn + " = ?)"
                            + " where id = ?",
                    to,
                    to,
                    id);
            where = "to the end of " + toLabel;
        }
        audit.record(
                staff,
                null,
                "framework.structure.moved",
                null,
                label + " moved " + where + " in the " + yearOf(frameworkId),
                null);
        return new Changed(level, id, frameworkId, label);
    }

    /** The measures a part holds (a measure itself): what a closed quarter's report shows under it. */
    private static final Map<Level, String> MEASURES_UNDER = Map.of(
            Level.OUTCOME,
            "select m.id from framework_measure m join framework_action a on a.id = m.action_id where a.outcome_id = ?",
            Level.ACTION,
            "select id from framework_measure where action_id = ?",
            Level.MEASURE,
            "select id from framework_measure where id = ?");

    /**
     * Refused while one of {@code measures} is frozen in a closed quarter not reopened; {@code subject} names what
     * is ("This measure is") and {@code kept} says what is kept.
     */
    private void keptForClosedQuarters(long frameworkId, List<Long> measures, String subject, String kept) {
        List<String> closed = snapshots.closes(frameworkId).stream()
                .filter(c -> c.reopenedBy() == null)
                .filter(c -> c.figures().stream().anyMatch(f -> measures.contains(f.measureId())))
                .map(SnapshotStore.Close::period)
                .toList();
        if (!closed.isEmpty()) {
            throw conflict(
                    "in-closed-period",
                    subject + " in the closed figures of " + String.join(", ", closed) + ", so it is " + kept
                            + ". An association administrator can reopen the quarter first.");
        }
    }

    private static String parentWord(Level level) {
        return level.parent() == null ? "framework" : level.parent().word;
    }

    /** Staff only, the parent locked (two changes under one parent wait for each other), and a body given. */
    private void begin(Caller staff, Level level, long parentId, @Nullable Object body, String missing) {
        staff.requireStaff("Only association staff change the framework.");
        lock(level.parentTable, parentId, level.noParent);
        if (body == null) {
            throw invalid(level.word, missing);
        }
    }

    /**
     * Inserts the row at the end of its parent (a number already used there refused first), audits it and says
     * what was added; {@code label} null names it by its number and text.
     */
    private Changed added(
            Caller staff, Level level, long parentId, Map<String, Object> values, @Nullable String label) {
        Object number = values.get("number");
        refuseTakenNumber(level, parentId, number);
        List<Object> bound = new ArrayList<>();
        bound.add(parentId);
        bound.addAll(values.values());
        bound.add(parentId);
        long id = Rows.one(
                jdbc,
                "insert into " + level.table + " (" + level.parentColumn + ", " + String.join(", ", values.keySet())
                        + ", position) values (?, " + "?, ".repeat(values.size()) + "(select coalesce(max(position)"
                        + " + 1, 0) from " + level.table + " where " + level.parentColumn + " = ?)) returning id",
                r -> r.getLong(1),
                bound.toArray());
        String named = label != null
                ? label
                : capitalised(level.word) + (number == null ? "" : " " + number) + ": " + values.get("text");
        long frameworkId = frameworkOf(level, id);
        audit.record(staff, null, "framework.structure.added", null, named + " in the " + yearOf(frameworkId), null);
        return new Changed(level, id, frameworkId, named);
    }

    /** A number already used under the parent (in any case) is refused: numbers name parts in reports. */
    private void refuseTakenNumber(Level level, long parentId, @Nullable Object number) {
        if (number != null
                && Rows.one(
                        jdbc,
                        "select exists (select 1 from " + level.table + " where " + level.parentColumn
                                + " = ? and lower(number) = lower(?))",
                        r -> r.getBoolean(1),
                        parentId,
                        number)) {
            String article = "aeiou".indexOf(level.word.charAt(0)) >= 0 ? "An " : "A ";
            throw conflict(
                    "number-taken",
                    article + level.word + " " + number + " is already in this " + parentWord(level) + ".");
        }
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private String yearOf(long frameworkId) {
        return frameworks.frameworks().stream()
                .filter(f -> f.id() == frameworkId)
                .map(f -> f.year() + " framework")
                .findFirst()
                .orElse("framework");
    }

    private void lock(String table, long id, String notFound) {
        if (Rows.first(jdbc, "select id from " + table + " where id = ? for update", r -> r.getLong(1), id)
                .isEmpty()) {
            throw new FrameworkRefused(Refusal.Kind.NOT_FOUND, "not-found", notFound);
        }
    }

    /** Locks the row to remove and gives its name for the audit log. */
    private String lock(Level level, long id) {
        String sql =
                switch (level) {
                    case THEME -> "select 'Theme ' || number || ': ' || title from framework_theme where id = ?";
                    case OUTCOME -> "select 'Outcome' || coalesce(' ' || number, '') || ': ' || text from framework_outcome"
                            + " where id = ?";
                    case ACTION -> "select 'Action' || coalesce(' ' || number, '') || ': ' || text from framework_action"
                            + " where id = ?";
                    case MEASURE -> "select 'Measure: ' || description from framework_measure where id = ?";
                };
        return Rows.first(jdbc, sql + " for update", r -> r.getString(1), id)
                .orElseThrow(
                        () -> new FrameworkRefused(Refusal.Kind.NOT_FOUND, "not-found", "No such " + level.word + "."));
    }

    private long parentOf(Level level, long id) {
        return Rows.first(
                        jdbc,
                        "select " + level.parentColumn + " from " + level.table + " where id = ?",
                        r -> r.getLong(1),
                        id)
                .orElseThrow(
                        () -> new FrameworkRefused(Refusal.Kind.NOT_FOUND, "not-found", "No such " + level.word + "."));
    }

    private long frameworkOf(Level level, long id) {
        return Rows.one(jdbc, FRAMEWORK_OF.get(level), r -> r.getLong(1), id);
    }

    private static String required(String label, @Nullable String value, int max, boolean multiline, String code) {
        return Text.required(label, value, max, multiline, problem -> invalid(code, problem));
    }

    private static @Nullable String optional(String label, @Nullable String value, int max, String code) {
        return value == null || value.isBlank()
                ? null
                : Text.check(label, value.strip(), max, false, problem -> invalid(code, problem));
    }

    private static FrameworkRefused invalid(String code, String message) {
        return new FrameworkRefused(Refusal.Kind.INVALID, code, message);
    }

    private static FrameworkRefused conflict(String code, String message) {
        return new FrameworkRefused(Refusal.Kind.CONFLICT, code, message);
    }
}
