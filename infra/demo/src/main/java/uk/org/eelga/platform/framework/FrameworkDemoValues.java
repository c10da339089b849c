package uk.org.eelga.platform.framework;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;
import uk.org.eelga.platform.demo.DemoDataLoader;
import uk.org.eelga.platform.demo.DemoIdentity;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Role;

/**
 * Demo data: the 2017-18 figures the platform cannot compute (e-bulletins, briefings, lobbying...) entered and
 * accepted as manual values from the framework's own commentary, so the demo's framework rates every measure that
 * has a target. Goes through {@link ManualValues}, with its checks, like a person would.
 */
@Singleton
class FrameworkDemoValues implements DemoDataLoader {

    private static final String FILE = "demo/framework-2017-18-values.yaml";
    private static final String YEAR = "2017-18";
    private static final Caller APPROVER = new Caller(
            "system-demo-approver",
            "demo-approver@eelga.demo",
            "Demo approver",
            Set.of(Role.ASSOCIATION_ADMIN, Role.ASSOCIATION_STAFF),
            null,
            null);

    private final FrameworkService frameworks;
    private final ManualValues manual;

    FrameworkDemoValues(FrameworkService frameworks, ManualValues manual) {
        this.frameworks = frameworks;
        this.manual = manual;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String name() {
        return "framework 2017-18 manual values";
    }

    @Override
    public boolean alreadyLoaded() {
        return tree().map(tree -> tree.measures().stream()
                        .anyMatch(m -> !manual.history(m.id()).isEmpty()))
                .orElse(true);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void load() {
        FrameworkModel.Tree tree = tree().orElseThrow();
        for (Map<String, Object> entry : (List<Map<String, Object>>) read().get("values")) {
            FrameworkModel.Action action = tree.actions().stream()
                    .filter(a -> a.number().equals(entry.get("action")))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No action " + entry.get("action")));
            FrameworkModel.Measure measure = action.measures().get((Integer) entry.get("measure"));
            if (measure.isLive()) {
                continue; // computed from the platform's records since the file was written: no manual value
            }
            ManualValue value = manual.enter(
                    DemoIdentity.SYSTEM,
                    new ManualValues.Entry(
                            measure.id(),
                            YEAR,
                            String.valueOf(entry.get("value")),
                            null,
                            (String) entry.get("commentary"),
                            (String) entry.get("redNote"),
                            "https://www.eelga.gov.uk/performance/" + YEAR,
                            null,
                            null,
                            null));
            manual.accept(APPROVER, value.id());
        }
    }

    private Optional<FrameworkModel.Tree> tree() {
        return frameworks.frameworks().stream()
                .filter(f -> f.year().equals(YEAR))
                .findFirst()
                .flatMap(f -> frameworks.tree(f.id()));
    }

    private static Map<String, Object> read() {
        try (InputStream in = FrameworkDemoValues.class.getClassLoader().getResourceAsStream(FILE)) {
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
