package uk.org.eelga.platform.framework;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
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

    /** What was added or removed: its level, id, the framework it is in and how the page names it. */
    @Serdeable
    public record Changed(Level level, long id, long frameworkId, String label) {}

    /** The four levels of a framework, each with its table and its parent's. */
    public enum Level {
        THEME("theme", "framework_theme", "framework_outcome", "theme_id"),
        OUTCOME("outcome", "framework_outcome", "framework_action", "outcome_id"),
        ACTION("action", "framework_action", "framework_measure", "action_id"),
        MEASURE("measure", "framework_measure", null, null);

        private final String word;
        private final String table;
        private final String childTable;
        private final String childColumn;

        Level(String word, String table, @Nullable String childTable, @Nullable String childColumn) {
            this.word = word;
            this.table = table;
            this.childTable = childTable;
            this.childColumn = childColumn;
        }

        public String word() {
            return word;
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
        staff.requireStaff("Only association staff change the framework.");
        lock("framework", frameworkId, "No such framework.");
        if (theme == null) {
            throw invalid("theme", "Give the theme's number and title.");
        }
        String number = required("the theme's number", theme.number(), NUMBER_MAX, false, "number");
        String title = required("the theme's title", theme.title(), Text.NAME, false, "title");
        unique(
                "framework_theme",
                "framework_id",
                frameworkId,
                number,
                "A theme " + number + " is already in this framework.");
        long id = Rows.one(
                jdbc,
                "insert into framework_theme (framework_id, number, title, position) values (?, ?, ?,"
                        + " (select coalesce(max(position) + 1, 0) from framework_theme where framework_id = ?))"
                        + " returning id",
                r -> r.getLong(1),
                frameworkId,
                number,
                title,
                frameworkId);
        return added(staff, new Changed(Level.THEME, id, frameworkId, "Theme " + number + ": " + title));
    }

    @Transactional
    public Changed addOutcome(Caller staff, long themeId, NewOutcome outcome) {
        staff.requireStaff("Only association staff change the framework.");
        lock("framework_theme", themeId, "No such theme.");
        if (outcome == null) {
            throw invalid("outcome", "Give the outcome.");
        }
        String number = optional("the outcome's number", outcome.number(), NUMBER_MAX, "number");
        String text = required("the outcome", outcome.text(), Text.PARAGRAPH, true, "text");
        unique("framework_outcome", "theme_id", themeId, number, "An outcome " + number + " is already in this theme.");
        long id = Rows.one(
                jdbc,
                "insert into framework_outcome (theme_id, number, text, position) values (?, ?, ?,"
                        + " (select coalesce(max(position) + 1, 0) from framework_outcome where theme_id = ?))"
                        + " returning id",
                r -> r.getLong(1),
                themeId,
                number,
                text,
                themeId);
        return added(
                staff,
                new Changed(Level.OUTCOME, id, frameworkOf(Level.OUTCOME, id), numbered("Outcome", number, text)));
    }

    @Transactional
    public Changed addAction(Caller staff, long outcomeId, NewAction action) {
        staff.requireStaff("Only association staff change the framework.");
        lock("framework_outcome", outcomeId, "No such outcome.");
        if (action == null) {
            throw invalid("action", "Give the action and its service area.");
        }
        String number = optional("the action's number", action.number(), NUMBER_MAX, "number");
        String text = required("the action", action.text(), Text.PARAGRAPH, true, "text");
        String mechanism = optional("how it is delivered", action.mechanism(), Text.NAME, "mechanism");
        if (action.serviceArea() == null) {
            throw invalid("service-area", "Choose the service area: core or commercial.");
        }
        unique(
                "framework_action",
                "outcome_id",
                outcomeId,
                number,
                "An action " + number + " is already under this outcome.");
        long id = Rows.one(
                jdbc,
                "insert into framework_action (outcome_id, number, text, mechanism, service_area, position)"
                        + " values (?, ?, ?, ?, ?,"
                        + " (select coalesce(max(position) + 1, 0) from framework_action where outcome_id = ?))"
                        + " returning id",
                r -> r.getLong(1),
                outcomeId,
                number,
                text,
                mechanism,
                action.serviceArea().name(),
                outcomeId);
        return added(
                staff, new Changed(Level.ACTION, id, frameworkOf(Level.ACTION, id), numbered("Action", number, text)));
    }

    /**
     * A measure added at the end of its action, typed in by staff until it is bound to a live kind; its target is set
     * by changing it ({@link FrameworkYears#editMeasure}), so a new measure shows "No target set", never a RAG.
     */
    @Transactional
    public Measure addMeasure(Caller staff, long actionId, NewMeasure measure) {
        staff.requireStaff("Only association staff change the framework.");
        lock("framework_action", actionId, "No such action.");
        if (measure == null) {
            throw invalid("measure", "Give what is measured, the kind of target and how often it is monitored.");
        }
        String description = required("what is measured", measure.description(), Text.PARAGRAPH, true, "description");
        if (measure.type() == null) {
            throw invalid("type", "Choose the kind of target: a percentage, a number, money, yes or no, or a date.");
        }
        String frequency = required("how often it is monitored", measure.frequency(), 200, false, "frequency");
        String source = optional("where the figure comes from", measure.dataSource(), Text.NAME, "source");
        Direction direction = measure.direction() == null ? Direction.HIGHER_IS_BETTER : measure.direction();
        long id = Rows.one(
                jdbc,
                "insert into framework_measure (action_id, description, target_type, monitoring_frequency,"
                        + " data_source, direction, amber_tolerance, position) values (?, ?, ?, ?, ?, ?, ?,"
                        + " (select coalesce(max(position) + 1, 0) from framework_measure where action_id = ?))"
                        + " returning id",
                r -> r.getLong(1),
                actionId,
                description,
                measure.type().name(),
                frequency,
                source,
                direction.name(),
                BigDecimal.ZERO,
                actionId);
        added(staff, new Changed(Level.MEASURE, id, frameworkOf(Level.MEASURE, id), "Measure: " + description));
        return frameworks.measure(id).orElseThrow();
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
            List<String> closed = snapshots.closes(frameworkId).stream()
                    .filter(c -> c.reopenedBy() == null)
                    .filter(c -> c.figures().stream().anyMatch(f -> f.measureId() == id))
                    .map(SnapshotStore.Close::period)
                    .toList();
            if (!closed.isEmpty()) {
                throw conflict(
                        "in-closed-period",
                        "This measure is in the closed figures of " + String.join(", ", closed)
                                + ", so it is kept. An association administrator can reopen the quarter first.");
            }
        } else {
            long under = Rows.one(
                    jdbc,
                    "select count(*) from " + level.childTable + " where " + level.childColumn + " = ?",
                    r -> r.getLong(1),
                    id);
            if (under > 0) {
                throw conflict(
                        "not-empty",
                        "This " + level.word + " has " + under + " " + childWord(level, under)
                                + " under it. Remove those first.");
            }
        }
        Rows.update(jdbc, "delete from " + level.table + " where id = ?", id);
        Changed removed = new Changed(level, id, frameworkId, label);
        audit.record(staff, null, "framework.structure.removed", label + " in the " + yearOf(frameworkId), null, null);
        return removed;
    }

    private Changed added(Caller staff, Changed added) {
        audit.record(
                staff,
                null,
                "framework.structure.added",
                null,
                added.label() + " in the " + yearOf(added.frameworkId()),
                null);
        return added;
    }

    private String yearOf(long frameworkId) {
        return frameworks.frameworks().stream()
                .filter(f -> f.id() == frameworkId)
                .map(f -> f.year() + " framework")
                .findFirst()
                .orElse("framework");
    }

    private static String childWord(Level level, long count) {
        String child =
                switch (level) {
                    case THEME -> "outcome";
                    case OUTCOME -> "action";
                    default -> "measure";
                };
        return count == 1 ? child : child + "s";
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

    private long frameworkOf(Level level, long id) {
        return Rows.one(jdbc, FRAMEWORK_OF.get(level), r -> r.getLong(1), id);
    }

    private void unique(String table, String parentColumn, long parentId, @Nullable String number, String taken) {
        if (number != null
                && Rows.one(
                        jdbc,
                        "select exists (select 1 from " + table + " where " + parentColumn
                                + " = ? and lower(number) = lower(?))",
                        r -> r.getBoolean(1),
                        parentId,
                        number)) {
            throw conflict("number-taken", taken);
        }
    }

    private static String numbered(String level, @Nullable String number, String text) {
        return level + (number == null ? "" : " " + number) + ": " + text;
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
