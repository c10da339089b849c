package uk.org.eelga.platform.vaadin;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfoList;
import io.github.classgraph.ScanResult;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.annotation.HandlesTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Vaadin's servlet initialisers need from a servlet container's class scanning: each of Vaadin's own
 * {@link ServletContainerInitializer}s with the classes its {@code @HandlesTypes} asks for, found with ClassGraph in the
 * platform's and Vaadin's packages and loaded. The platform's {@code main} starts this work on a thread of its own
 * ({@link #startInBackground()}) so that it runs while Micronaut builds its beans and checks the schema; the servlet's
 * start ({@link VaadinInitializers}) then takes the result, or does the same work itself when nobody started it (tests
 * that build a context without {@code main}). Same classes either way: only when the work is done changes.
 */
public final class VaadinClassScan {

    private static final Logger LOG = LoggerFactory.getLogger(VaadinClassScan.class);
    static final String[] SCANNED_PACKAGES = {"uk.org.eelga", "com.vaadin"};

    private static FutureTask<Found> early;

    private VaadinClassScan() {}

    /** An initialiser and the classes to call it with. */
    record Initializer(ServletContainerInitializer initializer, Set<Class<?>> handledTypes) {}

    /** Vaadin's initialisers, their classes, and how long finding and loading them took. */
    record Found(List<Initializer> initializers, long scanMillis, long loadMillis, boolean inBackground) {}

    /** Starts the scan on a daemon thread; the servlet's start takes its result. Called once, from main. */
    public static synchronized void startInBackground() {
        if (early == null) {
            FutureTask<Found> task = new FutureTask<>(() -> find(true));
            Thread thread = new Thread(task, "vaadin-class-scan");
            thread.setDaemon(true);
            thread.start();
            early = task;
        }
    }

    /** The early scan's result if one was started (waiting for it), else the same work done now. */
    static Found take() {
        FutureTask<Found> task;
        synchronized (VaadinClassScan.class) {
            task = early;
            early = null;
        }
        if (task != null) {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Vaadin's class scan", e);
            } catch (ExecutionException e) {
                // the same work again on this thread: a failure there is the servlet's start failing, as before
                LOG.warn("Vaadin's class scan in the background failed; scanning again", e.getCause());
            }
        }
        return find(false);
    }

    private static Found find(boolean inBackground) {
        long start = System.nanoTime();
        try (ScanResult scan = new ClassGraph()
                .enableClassInfo()
                .enableAnnotationInfo()
                .acceptPackages(SCANNED_PACKAGES)
                .scan()) {
            long scanned = System.nanoTime();
            List<Initializer> initializers = new ArrayList<>();
            for (ServletContainerInitializer initializer : ServiceLoader.load(ServletContainerInitializer.class)) {
                if (initializer.getClass().getName().startsWith("com.vaadin.")) {
                    initializers.add(new Initializer(initializer, handledTypes(scan, initializer.getClass())));
                }
            }
            long loaded = System.nanoTime();
            return new Found(
                    List.copyOf(initializers),
                    (scanned - start) / 1_000_000,
                    (loaded - scanned) / 1_000_000,
                    inBackground);
        }
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
