package uk.org.eelga.platform.framework;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.org.eelga.platform.framework.FrameworkDraft.ActionDraft;
import uk.org.eelga.platform.framework.FrameworkDraft.MeasureDraft;
import uk.org.eelga.platform.framework.FrameworkDraft.OutcomeDraft;
import uk.org.eelga.platform.framework.FrameworkDraft.ThemeDraft;
import uk.org.eelga.platform.framework.FrameworkModel.FrameworkSummary;
import uk.org.eelga.platform.framework.FrameworkModel.Measure;
import uk.org.eelga.platform.framework.FrameworkModel.Tree;
import uk.org.eelga.platform.framework.live.LiveMeasureCatalogue;
import uk.org.eelga.platform.framework.live.LiveMeasureKind;
import uk.org.eelga.platform.framework.live.ParameterSpec;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Refusal;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.audit.AuditLog;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.PlausibleDate;
import uk.org.eelga.tenancy.input.Text;

/**
 * The framework as a living thing (issue 14 point 4): start a year by rolling the previous one forward (themes,
 * outcomes, actions, measures, targets and live bindings copied; the year's commentary is not), then edit a measure:
 * wording, target, RAG rule (direction and amber tolerance), frequency, source, and the live kind it is computed from
 * with its parameters, or manual. Staff only; audited.
 */
@Singleton
public class FrameworkYears {

    @Serdeable
    public record RollForward(@FreeText(max = 20) String year, @FreeText(max = Text.NAME) String title) {}

    @Serdeable
    public record MeasureEdit(
            @FreeText(max = Text.PARAGRAPH, multiline = true) String description,
            @Nullable BigDecimal target,
            @Nullable @PlausibleDate LocalDate targetDate,
            @FreeText(max = 200) String frequency,
            @Nullable @FreeText(max = Text.NAME) String dataSource,
            Direction direction,
            @Nullable BigDecimal tolerance,
            @Nullable @FreeText(max = 60) String liveKind,
            @Nullable Map<String, String> liveParameters,
            /** Why the figure is typed in: null leaves it as it is, blank removes it. */
            @Nullable @FreeText(max = MANUAL_REASON_MAX, multiline = true) String manualReason) {

        public MeasureEdit(
                String description,
                @Nullable BigDecimal target,
                @Nullable LocalDate targetDate,
                String frequency,
                @Nullable String dataSource,
                Direction direction,
                @Nullable BigDecimal tolerance,
                @Nullable String liveKind,
                @Nullable Map<String, String> liveParameters) {
            this(
                    description,
                    target,
                    targetDate,
                    frequency,
                    dataSource,
                    direction,
                    tolerance,
                    liveKind,
                    liveParameters,
                    null);
        }
    }

    /** The longest reason a typed-in measure may give (the column's check says the same). */
    public static final int MANUAL_REASON_MAX = 1000;

    /** A roll-forward or measure change the rules refuse; nothing was changed. */
    public static class FrameworkRefused extends Refusal {
        FrameworkRefused(Kind kind, String code, String message) {
            super(kind, code, message);
        }
    }

    private final FrameworkService frameworks;
    private final LiveMeasureCatalogue catalogue;
    private final JdbcOperations jdbc;
    private final AuditLog audit;

    FrameworkYears(FrameworkService frameworks, LiveMeasureCatalogue catalogue, JdbcOperations jdbc, AuditLog audit) {
        this.frameworks = frameworks;
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A new year's framework with the structure, targets and live bindings of {@code fromId}. */
    @Transactional
    public FrameworkSummary rollForward(Caller staff, long fromId, RollForward next) {
        staff.requireStaff("Only association staff start a framework year.");
        Tree from = frameworks
                .tree(fromId)
                .orElseThrow(() -> refused(Refusal.Kind.NOT_FOUND, "not-found", "No such framework."));
        if (next == null || next.year() == null) {
            throw refused(Refusal.Kind.INVALID, "year", "Give the new year, like 2020-21.");
        }
        String year = next.year().strip();
        try {
            ReportingPeriod period = ReportingPeriod.parse(year);
            if (!period.isWholeYear() || !period.label().equals(year)) {
                throw new IllegalArgumentException();
            }
        } catch (RuntimeException e) {
            throw refused(Refusal.Kind.INVALID, "year", "The year is a financial year like 2020-21.");
        }
        String title = next.title() == null || next.title().isBlank()
                ? from.framework().title().replace(from.framework().year(), year)
                : next.title().strip();
        String problem = Text.problem("the title", title, Text.NAME, false);
        if (problem != null) {
            throw refused(Refusal.Kind.INVALID, "title", problem);
        }
        // one roll-forward of a year at a time: the second waits here, then finds the year taken (409)
        jdbc.prepareStatement("select pg_advisory_xact_lock(hashtext('framework-year:' || ?))", s -> {
            s.setString(1, year);
            return s.executeQuery().next();
        });
        if (frameworks.frameworks().stream().anyMatch(f -> f.year().equals(year))) {
            throw refused(Refusal.Kind.CONFLICT, "year-exists", "A framework for " + year + " already exists.");
        }
        FrameworkDraft draft = new FrameworkDraft(
                year,
                title,
                "rolled forward from " + from.framework().year(),
                from.themes().stream()
                        .map(t -> new ThemeDraft(
                                t.number(),
                                t.title(),
                                t.outcomes().stream()
                                        .map(o -> new OutcomeDraft(
                                                o.number(),
                                                o.text(),
                                                o.actions().stream()
                                                        .map(a -> new ActionDraft(
                                                                a.number(),
                                                                a.text(),
                                                                a.mechanism(),
                                                                a.serviceArea(),
                                                                null,
                                                                a.measures().stream()
                                                                        .map(FrameworkYears::copy)
                                                                        .toList()))
                                                        .toList()))
                                        .toList()))
                        .toList());
        FrameworkSummary created;
        try {
            created = frameworks.create(staff, draft);
        } catch (IllegalStateException e) {
            throw refused(Refusal.Kind.CONFLICT, "year-exists", "A framework for " + year + " already exists.");
        }
        audit.record(
                staff,
                null,
                "framework.rolled-forward",
                from.framework().year(),
                year + " " + title + " (" + draft.measureCount() + " measures)",
                null);
        return created;
    }

    /** Changes a measure's wording, target, RAG rule, frequency, source and live binding (or makes it manual). */
    @Transactional
    public Measure editMeasure(Caller staff, long measureId, MeasureEdit edit) {
        staff.requireStaff("Only association staff change a measure.");
        Measure before = frameworks
                .measure(measureId)
                .orElseThrow(() -> refused(Refusal.Kind.NOT_FOUND, "not-found", "No such measure."));
        if (edit == null) {
            throw refused(Refusal.Kind.INVALID, "measure", "Give the measure's wording, frequency and direction.");
        }
        String description =
                edit.description() == null ? "" : edit.description().strip();
        check("the wording", description, Text.PARAGRAPH, true);
        String frequency = edit.frequency() == null ? "" : edit.frequency().strip();
        check("the frequency", frequency, 200, false);
        if (edit.manualReason() != null && !edit.manualReason().isBlank()) {
            check("the reason the figure is typed in", edit.manualReason(), MANUAL_REASON_MAX, true);
        }
        String source = edit.dataSource() == null || edit.dataSource().isBlank()
                ? null
                : edit.dataSource().strip();
        if (source != null) {
            check("the source", source, Text.NAME, false);
        }
        if (edit.direction() == null) {
            throw refused(Refusal.Kind.INVALID, "direction", "Say whether higher or lower is better.");
        }
        BigDecimal tolerance = edit.tolerance() == null ? BigDecimal.ZERO : edit.tolerance();
        if (tolerance.signum() < 0 || tolerance.compareTo(new BigDecimal("1000000000")) > 0) {
            throw refused(Refusal.Kind.INVALID, "tolerance", "The amber tolerance is 0 or more.");
        }
        BigDecimal target = edit.target();
        if (target != null) {
            if (target.abs().compareTo(new BigDecimal("1000000000000")) > 0 || target.scale() > 2) {
                throw refused(Refusal.Kind.INVALID, "target", "The target is a number with at most two decimals.");
            }
            if (before.type() == TargetType.PERCENT
                    && (target.signum() < 0 || target.compareTo(BigDecimal.valueOf(100)) > 0)) {
                throw refused(Refusal.Kind.INVALID, "target", "A percentage target is 0 to 100.");
            }
        }
        String kindCode = edit.liveKind() == null || edit.liveKind().isBlank()
                ? null
                : edit.liveKind().strip();
        if (edit.liveParameters() != null
                && edit.liveParameters().entrySet().stream()
                        .anyMatch(p -> p.getKey() == null || p.getValue() == null)) {
            // {"eventType": null} is a client's mistake, not a server error (Map.copyOf refuses nulls)
            throw refused(Refusal.Kind.INVALID, "parameter", "Give each live parameter a value, or leave it out.");
        }
        Map<String, String> parameters = edit.liveParameters() == null ? Map.of() : Map.copyOf(edit.liveParameters());
        if (kindCode != null) {
            LiveMeasureKind kind = catalogue
                    .find(kindCode)
                    .orElseThrow(() -> refused(
                            Refusal.Kind.INVALID, "live-kind", "There is no live kind " + shorten(kindCode) + "."));
            List<String> known =
                    kind.parameters().stream().map(ParameterSpec::name).toList();
            for (Map.Entry<String, String> p : parameters.entrySet()) {
                if (!known.contains(p.getKey())) {
                    throw refused(
                            Refusal.Kind.INVALID,
                            "parameter",
                            "The kind " + kindCode + " takes no parameter " + shorten(p.getKey()) + " (it takes: "
                                    + String.join(", ", known) + ").");
                }
                check("the parameter " + shorten(p.getKey()), p.getValue(), 200, false);
                Map<String, String> options = kind.parameters().stream()
                        .filter(spec -> spec.name().equals(p.getKey()))
                        .findFirst()
                        .map(ParameterSpec::options)
                        .orElse(Map.of());
                if (!options.isEmpty() && !p.getValue().isEmpty() && !options.containsKey(p.getValue())) {
                    // a value outside the kind's options would be read as "any" by its query: a figure of nothing
                    throw refused(
                            Refusal.Kind.INVALID,
                            "parameter",
                            "The parameter " + p.getKey() + " takes one of: " + String.join(", ", options.keySet())
                                    + ".");
                }
            }
            for (ParameterSpec spec : kind.parameters()) {
                if (spec.required() && spec.defaultValue() == null && !parameters.containsKey(spec.name())) {
                    throw refused(Refusal.Kind.INVALID, "parameter", "Give the parameter " + spec.label() + ".");
                }
            }
        } else if (!parameters.isEmpty()) {
            throw refused(Refusal.Kind.INVALID, "parameter", "A manual measure takes no live parameters.");
        }
        Rows.update(
                jdbc,
                "update framework_measure set description = ?, target_value = ?, target_date = ?,"
                        + " monitoring_frequency = ?, data_source = ?, direction = ?, amber_tolerance = ?,"
                        + " live_kind = ?, live_parameters = ?,"
                        + " manual_reason = case when ? then manual_reason else nullif(btrim(?), '') end"
                        + " where id = ?",
                description,
                target,
                edit.targetDate() == null ? null : Date.valueOf(edit.targetDate()),
                frequency,
                source,
                edit.direction().name(),
                tolerance,
                kindCode,
                kindCode == null ? null : LiveParameters.format(parameters),
                edit.manualReason() == null,
                edit.manualReason(),
                measureId);
        Measure after = frameworks.measure(measureId).orElseThrow();
        audit.record(staff, null, "framework.measure-changed", describe(before), describe(after), null);
        return after;
    }

    private static MeasureDraft copy(Measure m) {
        return new MeasureDraft(
                m.description(),
                m.type(),
                m.target(),
                m.targetDate(),
                m.baseline(),
                m.baselineNote(),
                m.frequency(),
                m.dataSource(),
                m.owner(),
                m.direction(),
                m.tolerance(),
                m.liveKind(),
                m.liveParameters(),
                m.manualReason());
    }

    private static String describe(Measure m) {
        return m.description() + "; target " + m.targetText() + "; " + m.frequency() + "; "
                + (m.liveKind() == null ? "manual" : m.liveKind() + " " + m.liveParameters());
    }

    private static void check(String label, String value, int max, boolean multiline) {
        if (value == null || value.isBlank()) {
            throw refused(Refusal.Kind.INVALID, "text", "Enter " + label + ".");
        }
        String problem = Text.problem(label, value, max, multiline);
        if (problem != null) {
            throw refused(Refusal.Kind.INVALID, "text", problem);
        }
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    private static FrameworkRefused refused(Refusal.Kind kind, String code, String message) {
        return new FrameworkRefused(kind, code, message);
    }
}
