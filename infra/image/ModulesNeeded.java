import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Prints, for each jar or class folder given, the JDK modules its classes refer to (jdeps's summary), one line
 * per argument: {@code <argument> <module>,<module>...}. Run with the source launcher, one JVM for all arguments:
 * {@code java infra/image/ModulesNeeded.java a.jar b.jar classes/}. A modular jar whose own requirements are
 * not on hand (jdeps would refuse to resolve it) is analysed as plain classes, without its module-info.
 */
public class ModulesNeeded {

    public static void main(String[] args) throws IOException {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        for (String arg : args) {
            Path path = Path.of(arg);
            Set<String> modules = summary(jdeps, path);
            if (modules == null) {
                Path plain = withoutModuleInfo(path);
                try {
                    modules = summary(jdeps, plain);
                } finally {
                    Files.deleteIfExists(plain);
                }
            }
            if (modules == null) {
                System.err.println("jdeps cannot analyse " + arg);
                System.exit(1);
            }
            System.out.println(arg + " " + String.join(",", modules));
        }
    }

    private static Set<String> summary(ToolProvider jdeps, Path path) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc;
        try {
            rc = jdeps.run(
                    new PrintWriter(out),
                    new PrintWriter(err),
                    "-q",
                    "-s",
                    "--multi-release",
                    "17",
                    "--ignore-missing-deps",
                    path.toString());
        } catch (RuntimeException e) {
            return null;
        }
        if (rc != 0) {
            return null;
        }
        Set<String> modules = new TreeSet<>();
        for (String line : out.toString().split("\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 3 && parts[1].equals("->") && parts[2].matches("(java|jdk)\\..+")) {
                modules.add(parts[2]);
            }
        }
        return modules;
    }

    private static Path withoutModuleInfo(Path jar) throws IOException {
        Path copy = Files.createTempFile("modules-needed", ".jar");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().endsWith("module-info.class")) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
        }
        return copy;
    }
}
