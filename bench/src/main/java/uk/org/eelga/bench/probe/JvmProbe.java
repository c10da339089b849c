package uk.org.eelga.bench.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The platform JVM's live heap and its sessions, from {@code jcmd <pid> GC.class_histogram}: the histogram runs a
 * full collection first, so its total is the live heap, and its instance counts say how many HTTP sessions
 * (Jetty's {@code Session}), Vaadin sessions and UIs are alive. Comparing two histograms, before the sessions
 * exist and while they are all signed in, gives the heap each session holds.
 */
public final class JvmProbe {

    public record Heap(long liveBytes, long httpSessions, long vaadinSessions, long uis, long millis) {}

    private final long pid;

    public JvmProbe(long pid) {
        this.pid = pid;
    }

    public Heap histogram() throws IOException, InterruptedException {
        long started = System.nanoTime();
        // jcmd attaches by sending SIGQUIT, which stops a process that is not a JVM (nginx shuts down on it)
        String command = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/comm"))
                .strip();
        if (!command.equals("java")) {
            throw new IOException("process " + pid + " is " + command + ", not a JVM: heap not measured");
        }
        List<String> lines = run("jcmd", Long.toString(pid), "GC.class_histogram");
        long total = 0;
        long http = 0;
        long vaadin = 0;
        long uis = 0;
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 3 && f[0].equals("Total")) {
                total = Long.parseLong(f[2]);
            } else if (f.length >= 4 && f[0].endsWith(":") && f[1].chars().allMatch(Character::isDigit)) {
                // a row of the histogram ("1: 123 4567 class.Name"); jcmd's own messages ("123: No such ...") are not
                long instances = Long.parseLong(f[1]);
                switch (f[3]) {
                    case "org.eclipse.jetty.server.session.Session" -> http += instances;
                    case "com.vaadin.flow.server.VaadinSession" -> vaadin += instances;
                    case "com.vaadin.flow.component.UI" -> uis += instances;
                    default -> {}
                }
            }
        }
        if (total == 0) {
            throw new IOException(
                    "jcmd gave no histogram: " + String.join("\n", lines.subList(0, Math.min(5, lines.size()))));
        }
        return new Heap(total, http, vaadin, uis, (System.nanoTime() - started) / 1_000_000);
    }

    /** A heap dump of the live objects (a full collection first) for {@code bench/heap.sh}. */
    public void dump(java.nio.file.Path file) throws IOException, InterruptedException {
        java.nio.file.Files.deleteIfExists(file);
        List<String> lines = run(
                "jcmd",
                Long.toString(pid),
                "GC.heap_dump",
                file.toAbsolutePath().toString());
        if (!java.nio.file.Files.exists(file)) {
            throw new IOException("jcmd wrote no heap dump: " + String.join(" ", lines));
        }
    }

    private static List<String> run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (var reader = process.inputReader(StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroy();
            throw new IOException("jcmd did not finish");
        }
        return lines;
    }
}
