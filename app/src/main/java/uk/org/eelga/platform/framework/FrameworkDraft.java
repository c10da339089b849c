package uk.org.eelga.platform.framework;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A whole framework to be stored: read from a seed file or an import, validated before anything is written. */
public record FrameworkDraft(String year, String title, String source, List<ThemeDraft> themes) {

    public record ThemeDraft(String number, String title, List<OutcomeDraft> outcomes) {}

    public record OutcomeDraft(@Nullable String number, String text, List<ActionDraft> actions) {}

    public record ActionDraft(
            @Nullable String number,
            String text,
            @Nullable String mechanism,
            ServiceArea serviceArea,
            @Nullable String commentary,
            List<MeasureDraft> measures) {}

    public record MeasureDraft(
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
            /** Why the platform cannot compute the figure (a typed-in measure), or null. */
            @Nullable String manualReason) {}

    public int outcomeCount() {
        return themes.stream().mapToInt(t -> t.outcomes().size()).sum();
    }

    public int actionCount() {
        return themes.stream()
                .flatMap(t -> t.outcomes().stream())
                .mapToInt(o -> o.actions().size())
                .sum();
    }

    public int measureCount() {
        return themes.stream()
                .flatMap(t -> t.outcomes().stream())
                .flatMap(o -> o.actions().stream())
                .mapToInt(a -> a.measures().size())
                .sum();
    }
}
