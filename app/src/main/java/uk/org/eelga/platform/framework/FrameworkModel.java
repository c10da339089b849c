package uk.org.eelga.platform.framework;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The framework as pages, reports and the API see it (records, read-only). */
public final class FrameworkModel {

    private FrameworkModel() {}

    @Serdeable
    public record FrameworkSummary(long id, String year, String title, String source) {}

    @Serdeable
    public record Tree(FrameworkSummary framework, List<Theme> themes) {
        public List<Measure> measures() {
            return themes.stream()
                    .flatMap(t -> t.outcomes().stream())
                    .flatMap(o -> o.actions().stream())
                    .flatMap(a -> a.measures().stream())
                    .toList();
        }

        public List<Action> actions() {
            return themes.stream()
                    .flatMap(t -> t.outcomes().stream())
                    .flatMap(o -> o.actions().stream())
                    .toList();
        }
    }

    @Serdeable
    public record Theme(long id, String number, String title, List<Outcome> outcomes) {}

    @Serdeable
    public record Outcome(long id, String number, String text, List<Action> actions) {}

    @Serdeable
    public record Action(
            long id,
            String number,
            String text,
            @Nullable String mechanism,
            ServiceArea serviceArea,
            @Nullable String commentary,
            List<Measure> measures) {}

    @Serdeable
    public record Measure(
            long id,
            long actionId,
            String description,
            TargetType type,
            @Nullable BigDecimal target,
            @Nullable LocalDate targetDate,
            @Nullable BigDecimal baseline,
            @Nullable String baselineNote,
            String frequency,
            @Nullable String dataSource,
            @Nullable String owner,
            Direction direction,
            BigDecimal tolerance,
            @Nullable String liveKind,
            Map<String, String> liveParameters,
            @Nullable String manualReason) {

        public RagRule ragRule() {
            return new RagRule(type, target, targetDate, direction, tolerance);
        }

        public boolean isLive() {
            return liveKind != null;
        }

        /** The target as the document says it: "60%", "11", "£205,000.00", "Yes", "31 Mar 2018". */
        public String targetText() {
            String prefix = direction == Direction.LOWER_IS_BETTER
                    ? "At most "
                    : direction == Direction.ABOVE_TARGET ? "More than " : "";
            if (type == TargetType.DATE) {
                return targetDate == null ? "No target set" : "By " + uk.org.eelga.shared.UkTime.date(targetDate);
            }
            if (target == null) {
                return "No target set";
            }
            return prefix + Figures.format(type, target);
        }
    }
}
