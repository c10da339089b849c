package uk.org.eelga.tenancy.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The main Java sources of both modules with pages (this one and app), for tests that hold every page to a rule. */
final class MainSources {

    private MainSources() {}

    static List<Path> javaFiles() throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../app/src/main/java"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(found::add);
            }
        }
        return found;
    }
}
