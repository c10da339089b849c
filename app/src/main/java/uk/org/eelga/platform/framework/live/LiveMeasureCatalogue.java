package uk.org.eelga.platform.framework.live;

import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every {@link LiveMeasureKind} bean the platform has, by code. */
@Singleton
public class LiveMeasureCatalogue {

    private final List<LiveMeasureKind> kinds;

    LiveMeasureCatalogue(List<LiveMeasureKind> kinds) {
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
}
