package uk.org.eelga.platform.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads every feature's demo data once the server is up, when {@code eelga.demo-data.enabled} is true: on a thread of
 * its own (issue 13: the checks took about 1-4 s of every start before the first page was answered), so the server
 * answers while the loaders check what is already there. On a fresh database the demo's records appear within
 * seconds of the first page; the log says when each loader is done.
 */
@Singleton
@Requires(property = "eelga.demo-data.enabled", value = "true")
class DemoDataOnStartup implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataOnStartup.class);

    private final List<DemoDataLoader> loaders;

    DemoDataOnStartup(List<DemoDataLoader> loaders) {
        this.loaders = loaders;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        Thread loading = new Thread(this::loadAll, "demo-data");
        loading.setDaemon(true);
        loading.start();
    }

    private void loadAll() {
        long started = System.nanoTime();
        try {
            loadEach();
            LOG.info("Demo data checked in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.error("Demo data could not be loaded", e);
        }
    }

    private void loadEach() {
        loaders.stream().sorted(Comparator.comparingInt(DemoDataLoader::order)).forEach(loader -> {
            if (loader.alreadyLoaded()) {
                LOG.info("Demo data: {} already loaded", loader.name());
            } else {
                long started = System.nanoTime();
                loader.load();
                LOG.info("Demo data: {} loaded in {} ms", loader.name(), (System.nanoTime() - started) / 1_000_000);
            }
        });
    }
}
