package uk.org.eelga.platform.vaadin;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfoList;
import io.github.classgraph.ScanResult;
import jakarta.inject.Singleton;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.HandlesTypes;
import java.util.HashSet;
import java.util.ServiceLoader;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does what a servlet container's class scanning would: embedded Jetty scans nothing, so Vaadin's own
 * initializers (routes, error views, app shell, lookup) are called here with the classes their
 * {@code @HandlesTypes} ask for, found with ClassGraph in the platform's and Vaadin's packages.
 */
@Singleton
class VaadinInitializers implements ServletContainerInitializer {

    private static final Logger LOG = LoggerFactory.getLogger(VaadinInitializers.class);
    static final String[] SCANNED_PACKAGES = {"uk.org.eelga", "com.vaadin"};

    @Override
    public void onStartup(Set<Class<?>> ignored, ServletContext context) throws ServletException {
        long start = System.nanoTime();
        try (ScanResult scan = new ClassGraph()
                .enableClassInfo()
                .enableAnnotationInfo()
                .acceptPackages(SCANNED_PACKAGES)
                .scan()) {
            for (ServletContainerInitializer initializer : ServiceLoader.load(ServletContainerInitializer.class)) {
                if (initializer.getClass().getName().startsWith("com.vaadin.")) {
                    initializer.onStartup(handledTypes(scan, initializer.getClass()), context);
                }
            }
        }
        LOG.info("Vaadin initialised in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    private static Set<Class<?>> handledTypes(ScanResult scan, Class<?> initializer) {
        HandlesTypes handles = initializer.getAnnotation(HandlesTypes.class);
        Set<Class<?>> found = new HashSet<>();
        if (handles == null) {
            return found;
        }
        for (Class<?> type : handles.value()) {
            ClassInfoList matches;
            if (type.isAnnotation()) {
                matches = scan.getClassesWithAnnotation(type.getName());
            } else if (type.isInterface()) {
                matches = scan.getClassesImplementing(type.getName());
            } else {
                matches = scan.getSubclasses(type.getName());
            }
            found.addAll(matches.loadClasses(true));
        }
        return found;
    }
}
