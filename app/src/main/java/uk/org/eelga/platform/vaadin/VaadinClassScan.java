package uk.org.eelga.platform.vaadin;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfoList;
import io.github.classgraph.ScanResult;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.annotation.HandlesTypes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Vaadin's servlet initialisers need from a servlet container's class scanning: each of Vaadin's own
 * {@link ServletContainerInitializer}s with the classes its {@code @HandlesTypes} asks for, found with ClassGraph in the
 * platform's and Vaadin's packages and loaded. The platform's {@code main} starts this work on a thread of its own
 * ({@link #startInBackground()}) so that it runs while Micronaut builds its beans and checks the schema; the servlet's
 * start ({@link VaadinInitializers}) then takes the result, or does the same work itself when nobody started it (tests
 * that build a context without {@code main}). Same classes either way: only when the work is done changes.
 *
 * <p>The production jar carries the scan's result, made when the jar is built ({@link #index()}, written by
 * {@code app/src/build/PrepareProductionJar.java} to {@value #INDEX}): a start from that jar loads the classes named
 * there instead of reading the jar's 55,000 entries again, which freed a core for a second at every start.
 */
public final class VaadinClassScan {

    private static final Logger LOG = LoggerFactory.getLogger(VaadinClassScan.class);
    static final String[] SCANNED_PACKAGES = {"uk.org.eelga", "com.vaadin"};
    /** The scan's result in the production jar: one line per initialiser and class, tab between them. */
    public static final String INDEX = "META-INF/eelga/vaadin-handled-types.tsv";

    private static FutureTask<Found> early;

    /**
     * What a scan of this class loader found, by name: a JVM that starts the platform more than once (the
     * integration tests start one per test class) scans its unchanging class path once, not a second per start.
     */
    private static final Map<ClassLoader, Map<String, Set<String>>> SCANNED = new ConcurrentHashMap<>();

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

    static Found find(boolean inBackground) {
        long start = System.nanoTime();
        ClassLoader loader = VaadinClassScan.class.getClassLoader();
        Map<String, Set<String>> index = readIndex(loader);
        if (index == null) {
            index = SCANNED.get(loader);
        }
        if (index != null) {
            return fromIndex(index, loader, start, inBackground);
        }
        try (ScanResult scan = scan()) {
            long scanned = System.nanoTime();
            List<Initializer> initializers = new ArrayList<>();
            Map<String, Set<String>> names = new TreeMap<>();
            for (ServletContainerInitializer initializer : vaadinInitializers()) {
                Set<Class<?>> types = handledTypes(scan, initializer.getClass());
                initializers.add(new Initializer(initializer, types));
                names.put(
                        initializer.getClass().getName(),
                        types.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new)));
            }
            SCANNED.put(loader, names);
            long loaded = System.nanoTime();
            return new Found(
                    List.copyOf(initializers),
                    (scanned - start) / 1_000_000,
                    (loaded - scanned) / 1_000_000,
                    inBackground);
        }
    }

    /**
     * What the scan finds, by name: each of Vaadin's initialisers and the classes its {@code @HandlesTypes} asks for.
     * The build writes it into the production jar.
     */
    public static Map<String, Set<String>> index() {
        Map<String, Set<String>> index = new TreeMap<>();
        try (ScanResult scan = scan()) {
            for (ServletContainerInitializer initializer : vaadinInitializers()) {
                Set<String> names = new TreeSet<>();
                for (Class<?> type : handledTypes(scan, initializer.getClass())) {
                    names.add(type.getName());
                }
                index.put(initializer.getClass().getName(), names);
            }
        }
        return index;
    }

    /** The index as the jar holds it: {@code initialiser<TAB>class}, or the initialiser alone when it has none. */
    public static String indexText(Map<String, Set<String>> index) {
        StringBuilder text = new StringBuilder();
        index.forEach((initializer, types) -> {
            if (types.isEmpty()) {
                text.append(initializer).append('\n');
            }
            types.forEach(
                    type -> text.append(initializer).append('\t').append(type).append('\n'));
        });
        return text.toString();
    }

    static Map<String, Set<String>> parseIndex(BufferedReader lines) throws IOException {
        Map<String, Set<String>> index = new TreeMap<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            String initializer = tab < 0 ? line : line.substring(0, tab);
            Set<String> types = index.computeIfAbsent(initializer, name -> new TreeSet<>());
            if (tab >= 0) {
                types.add(line.substring(tab + 1));
            }
        }
        return index;
    }

    private static Map<String, Set<String>> readIndex(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(INDEX)) {
            if (in == null) {
                return null;
            }
            return parseIndex(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Vaadin's class index in the jar could not be read", e);
        }
    }

    static Found fromIndex(Map<String, Set<String>> index, ClassLoader loader, long start, boolean early) {
        long read = System.nanoTime();
        List<Initializer> initializers = new ArrayList<>();
        for (ServletContainerInitializer initializer : vaadinInitializers()) { // in the service files' order
            Set<Class<?>> types = new HashSet<>();
            for (String name : index.getOrDefault(initializer.getClass().getName(), Set.of())) {
                try {
                    types.add(Class.forName(name, false, loader));
                } catch (ClassNotFoundException | LinkageError e) {
                    // as the scan's loadClasses(true): a class that cannot be loaded is left out
                    LOG.debug("Vaadin class {} from the index could not be loaded", name, e);
                }
            }
            initializers.add(new Initializer(initializer, types));
        }
        long loaded = System.nanoTime();
        return new Found(List.copyOf(initializers), (read - start) / 1_000_000, (loaded - read) / 1_000_000, early);
    }

    private static ScanResult scan() {
        return new ClassGraph()
                .enableClassInfo()
                .enableAnnotationInfo()
                .acceptPackages(SCANNED_PACKAGES)
                .scan();
    }

    private static List<ServletContainerInitializer> vaadinInitializers() {
        List<ServletContainerInitializer> found = new ArrayList<>();
        for (ServletContainerInitializer initializer : ServiceLoader.load(ServletContainerInitializer.class)) {
            if (initializer.getClass().getName().startsWith("com.vaadin.")) {
                found.add(initializer);
            }
        }
        return found;
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
