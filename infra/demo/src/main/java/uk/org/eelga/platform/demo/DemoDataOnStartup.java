package uk.org.eelga.platform.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads every feature's demo data once the server is up, when {@code eelga.demo-data.enabled} is true. */
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
