package uk.org.eelga.platform.framework.live;

import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every {@link LiveMeasureKind} bean the platform has, by code, and the named values of their parameters. */
@Singleton
public class LiveMeasureCatalogue {

    private final List<LiveMeasureKind> kinds;
    private final List<ParameterChoices> choices;

    LiveMeasureCatalogue(List<LiveMeasureKind> kinds, List<ParameterChoices> choices) {
        this.choices = choices;
        this.kinds = kinds.stream()
                .sorted(Comparator.comparing(LiveMeasureKind::code))
                .toList();
        long distinct =
                this.kinds.stream().map(LiveMeasureKind::code).distinct().count();
        if (distinct != this.kinds.size()) {
            throw new IllegalStateException("Two live measure kinds share a code");
        }
    }

    public List<LiveMeasureKind> all() {
        return kinds;
    }

    public Optional<LiveMeasureKind> find(String code) {
        return kinds.stream().filter(kind -> kind.code().equals(code)).findFirst();
    }

    /** The values a parameter may take, named in words; empty when any text will do. */
    public Map<String, String> choices(String parameter) {
        return choices.stream()
                .filter(c -> c.parameter().equals(parameter))
                .findFirst()
                .map(ParameterChoices::choices)
                .orElse(Map.of());
    }
}
