package uk.org.eelga.platform.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One platform node as production runs it: its own JVM from the built jar ({@code target/eelga-platform.jar}, made by
 * 'package' before the integration tests), against the test database and Keycloak, with the settings given. Its
 * output goes to {@code target/nodes/NAME.log}. {@link #stop()} sends SIGTERM, as systemd or Kubernetes would.
 */
public final class PlatformNode implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private PlatformNode(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** The settings every node of the tests shares: the test database and Keycloak, no migrations at start. */
    public static Map<String, String> baseSettings() {
        Map<String, String> env = new HashMap<>();
        env.put("HOST", "127.0.0.1");
        env.put("PG_PORT", env("PG_PORT", "55432"));
        env.put("PG_DATABASE", env("PG_TEST_DATABASE", "eelga_test"));
        String keycloakPort = env("KEYCLOAK_PORT", "8180");
        env.put("KEYCLOAK_URL", env("KEYCLOAK_URL", "http://127.0.0.1:" + keycloakPort));
        env.put("KEYCLOAK_PUBLIC_URL", env("KEYCLOAK_PUBLIC_URL", "http://localhost:" + keycloakPort));
        env.put("EELGA_DATABASE_MIGRATE_AT_START", "false");
        env.put("PG_POOL_SIZE", "5");
        return env;
    }

    /** The demo records' migrations (module infra/demo), which the test database has and the production jar has not. */
    private static final Path DEMO_MIGRATIONS = Path.of("..", "infra", "demo", "src", "main", "resources");

    /** Applies the migrations (and the demo records the test database has) once, as the migration job does. */
    public static void migrate(Map<String, String> settings) throws Exception {
        Path log = Files.createDirectories(Path.of("target", "nodes")).resolve("migrate.log");
        Process process = command(
                        settings,
                        List.of(
                                "-cp",
                                jar() + File.pathSeparator + DEMO_MIGRATIONS.toAbsolutePath(),
                                "uk.org.eelga.platform.database.MigrateSchema"),
                        log)
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("MigrateSchema failed: " + Files.readString(log));
        }
    }

    /** Starts a node on a free port; {@link #awaitReady} waits for it. */
    public static PlatformNode start(String name, Map<String, String> settings) throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Map<String, String> env = new HashMap<>(settings);
        env.put("PORT", String.valueOf(port));
        Path log = Files.createDirectories(Path.of("target", "nodes")).resolve(name + ".log");
        Process process = command(env, List.of("-jar", jar().toString()), log).start();
        return new PlatformNode(name, port, process, log);
    }

    private static ProcessBuilder command(Map<String, String> env, List<String> args, Path log) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-Xss512k",
                "-Deelga.database.demo-data=true"));
        command.addAll(args);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // only what is given: nothing of the test JVM's own environment (MAIL_FOLDER, STRIPE_STUB...) leaks in
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        environment.put("HOME", System.getProperty("java.io.tmpdir"));
        environment.putAll(env);
        return builder;
    }

    private static Path jar() {
        Path jar = Path.of("target", "eelga-platform.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("target/eelga-platform.jar is missing: run the tests with 'mvn verify'");
        }
        return jar.toAbsolutePath();
    }

    /** Waits until /health/readiness answers UP. */
    public PlatformNode awaitReady(Duration limit) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Node " + name + " ended:\n" + tail());
            }
            if (status("/health/readiness") == 200) {
                return this;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Node " + name + " not ready in " + limit + ":\n" + tail());
    }

    /** The HTTP status of a GET, or -1 when the node does not answer. */
    public int status(String path) {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create(url() + path))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public Process process() {
        return process;
    }

    /** SIGTERM, as a service manager stops a node. */
    public void stop() {
        process.destroy();
    }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(40, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
