import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import uk.org.eelga.platform.vaadin.VaadinClassScan;

/**
 * Run by the build after the shaded production jar is made (app/pom.xml, phase package), with that jar as its class
 * path: {@code java -cp eelga-platform.jar app/src/build/PrepareProductionJar.java eelga-platform.jar [THIN.jar]}
 * (THIN.jar: the module's own jar, which the container image carries beside one jar per library, gets Vaadin's
 * index too). Two things a
 * start would otherwise work out again every time, from a jar of 55,000 entries (issue 13, start-up under 5 s):
 *
 * <ol>
 *   <li>Micronaut's services are listed as {@code META-INF/micronaut/<service>/<class>} entries, which Micronaut finds
 *       by opening the whole jar as a file system, once per kind of service. In one jar they can as well be lines of
 *       the standard {@code META-INF/services/<service>} file, which Micronaut reads too (the same classes): the
 *       entries are moved there.
 *   <li>Vaadin's initialisers want the classes a servlet container's scan would find: the scan's result is written
 *       into the jar ({@link VaadinClassScan#INDEX}), so a start loads those classes instead of scanning.
 * </ol>
 *
 * Idempotent: a second run finds nothing left to move and writes the same index.
 */
public class PrepareProductionJar {

    private static final String MICRONAUT = "META-INF/micronaut/";
    private static final String SERVICES = "META-INF/services/";

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            throw new IllegalArgumentException("usage: PrepareProductionJar <eelga-platform.jar> [the image's app jar]");
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        String index = VaadinClassScan.indexText(VaadinClassScan.index()); // scanned before the jar changes
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            int moved = moveMicronautServices(zip);
            writeIndex(zip, index);
            if (args.length == 2) {
                // In the jar, not in a folder beside it: a folder on the class path stops the image's class-data
                // archive from being written (JDK 17 refuses non-empty directories on an archived class path).
                try (FileSystem thin = FileSystems.newFileSystem(
                        URI.create("jar:" + Path.of(args[1]).toAbsolutePath().toUri()), Map.of())) {
                    writeIndex(thin, index);
                }
            }
            System.out.printf(
                    "[eelga] %s: %d Micronaut service entries moved to META-INF/services; Vaadin's index has %d lines%n",
                    jar.getFileName(), moved, index.lines().count());
        }
    }

    private static void writeIndex(FileSystem jar, String index) throws IOException {
        Path indexFile = jar.getPath(VaadinClassScan.INDEX);
        Files.createDirectories(indexFile.getParent());
        Files.writeString(indexFile, index, StandardCharsets.UTF_8);
    }

    /** Moves every META-INF/micronaut/SERVICE/CLASS entry into META-INF/services/SERVICE; returns how many. */
    private static int moveMicronautServices(FileSystem zip) throws IOException {
        Path root = zip.getPath(MICRONAUT);
        if (!Files.isDirectory(root)) {
            return 0;
        }
        Map<String, List<String>> byService = new TreeMap<>();
        List<Path> entries = new ArrayList<>();
        try (Stream<Path> services = Files.list(root)) {
            for (Path service : services.filter(Files::isDirectory).toList()) {
                try (Stream<Path> classes = Files.list(service)) {
                    for (Path each : classes.filter(Files::isRegularFile).toList()) {
                        byService.computeIfAbsent(name(service), s -> new ArrayList<>()).add(name(each));
                        entries.add(each);
                    }
                }
            }
        }
        for (Map.Entry<String, List<String>> service : byService.entrySet()) {
            Path file = zip.getPath(SERVICES + service.getKey());
            Set<String> lines = new LinkedHashSet<>();
            if (Files.exists(file)) {
                lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
            lines.addAll(service.getValue());
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        }
        for (Path each : entries) {
            Files.delete(each);
        }
        deleteEmptyFolders(root);
        return entries.size();
    }

    private static void deleteEmptyFolders(Path folder) throws IOException {
        try (Stream<Path> below = Files.list(folder)) {
            for (Path each : below.filter(Files::isDirectory).toList()) {
                deleteEmptyFolders(each);
            }
        }
        try (Stream<Path> left = Files.list(folder)) {
            if (left.findAny().isPresent()) {
                return;
            }
        }
        try {
            Files.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }
}
