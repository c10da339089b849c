package uk.org.eelga.platform.vaadin;

import jakarta.inject.Singleton;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does what a servlet container's class scanning would: embedded Jetty scans nothing, so Vaadin's own
 * initializers (routes, error views, app shell, lookup) are called here with the classes their
 * {@code @HandlesTypes} ask for, found with ClassGraph in the platform's and Vaadin's packages
 * ({@link VaadinClassScan}, started in the background by the platform's {@code main}).
 */
@Singleton
class VaadinInitializers implements ServletContainerInitializer {

    private static final Logger LOG = LoggerFactory.getLogger(VaadinInitializers.class);

    @Override
    public void onStartup(Set<Class<?>> ignored, ServletContext context) throws ServletException {
        long start = System.nanoTime();
        VaadinClassScan.Found found = VaadinClassScan.take();
        long taken = System.nanoTime();
        for (VaadinClassScan.Initializer each : found.initializers()) {
            each.initializer().onStartup(each.handledTypes(), context);
        }
        long end = System.nanoTime();
        LOG.info(
                "Vaadin initialised in {} ms: class scan {} ms and loading the classes found {} ms ({}), "
                        + "waited {} ms for them, initialisers {} ms",
                (end - start) / 1_000_000,
                found.scanMillis(),
                found.loadMillis(),
                found.inBackground() ? "in the background since main" : "here",
                (taken - start) / 1_000_000,
                (end - taken) / 1_000_000);
    }
}
