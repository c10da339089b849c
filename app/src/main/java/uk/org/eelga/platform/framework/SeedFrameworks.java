package uk.org.eelga.platform.framework;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.ApplicationStartupEvent;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.InputStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the frameworks the platform ships (src/main/resources/framework/*.yaml, curated by hand from the
 * association's documents) at startup, once: a year already present is left as it is, so staff edits survive.
 */
@Singleton
class SeedFrameworks implements ApplicationEventListener<ApplicationStartupEvent> {

    static final List<String> SHIPPED = List.of("framework/2017-18.yaml", "framework/2019-20.yaml");
    private static final Logger LOG = LoggerFactory.getLogger(SeedFrameworks.class);

    private final FrameworkStore store;
    private final JdbcOperations jdbc;

    SeedFrameworks(FrameworkStore store, JdbcOperations jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void onApplicationEvent(ApplicationStartupEvent event) {
        loadShipped();
    }

    @Transactional
    public void loadShipped() {
        // several instances (or test contexts) may start at once: one loads, the others then see the years
        jdbc.prepareStatement("select pg_advisory_xact_lock(80080)", s -> s.execute());
        for (String resource : SHIPPED) {
            // the file is named after its year: read (about 0.1 s at every start) only when that year is missing
            String year = yearOf(resource);
            if (store.frameworkByYear(year).isEmpty()) {
                FrameworkDraft draft = read(resource);
                if (!draft.year().equals(year)) {
                    throw new IllegalStateException(resource + " holds the framework of " + draft.year());
                }
                store.insert(draft);
                LOG.info("Loaded framework {} ({} measures) from {}", draft.year(), draft.measureCount(), resource);
            }
        }
    }

    /** "framework/2017-18.yaml" is the framework of 2017-18. */
    static String yearOf(String resource) {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        return name.substring(0, name.length() - ".yaml".length());
    }

    static FrameworkDraft read(String resource) {
        InputStream in = SeedFrameworks.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing framework data file " + resource);
        }
        return FrameworkYaml.read(in, resource);
    }
}
