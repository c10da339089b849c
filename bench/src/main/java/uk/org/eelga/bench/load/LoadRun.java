package uk.org.eelga.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import uk.org.eelga.bench.http.WebClient;
import uk.org.eelga.bench.probe.JvmProbe;
import uk.org.eelga.bench.probe.PgProbe;
import uk.org.eelga.bench.probe.Procs;

/**
 * A load run: for each number of sessions, start that many simulated users spread over the ramp-up (each signs in
 * once), measure a steady window of {@code duration} seconds (latencies, errors, throughput, CPU, PostgreSQL's
 * statements), then take the heap and session counts with every user still signed in, sign everyone out and count
 * the sessions left.
 */
public final class LoadRun {

    public record Settings(
            URI url,
            URI keycloak,
            String password,
            Duration timeout,
            double thinkSeconds,
            double apiUsersShare,
            double apiShare,
            double reloadShare,
            int rampSeconds,
            int durationSeconds,
            boolean signOut,
            List<String> users,
            int warmupUsers,
            List<String> benchCouncils,
            // where to write a heap dump while everyone is signed in (bench/heap.sh reads it), or null
            java.nio.file.Path heapDump) {}

    /** The primary round trip of a page interaction: what the p95 goal is about. */
    static final String[] INTERACTION = {"uidl-navigation", "uidl-click"};

    final Settings settings;
    private final Probes probes;
    private final PrintStream out;
    private volatile Stats current = new Stats();
    private volatile boolean stopping;
    volatile CountDownLatch signedIn = new CountDownLatch(0);

    public LoadRun(Settings settings, Probes probes, PrintStream out) {
        this.settings = settings;
        this.probes = probes;
        this.out = out;
    }

    void record(String step, long nanos) {
        current.record(step, nanos);
    }

    void error(String kind, String message) {
        current.error(kind, message);
    }

    void action() {
        current.actions.increment();
    }

    boolean stopping() {
        return stopping;
    }

    /** Runs every step in turn and writes the results (JSON and a Markdown summary) next to each other. */
    public List<Map<String, Object>> run(List<Integer> sessionCounts, Path results) throws Exception {
        warmUp();
        List<Map<String, Object>> all = new ArrayList<>();
        for (int sessions : sessionCounts) {
            Map<String, Object> result = step(sessions);
            all.add(result);
            if (results != null) {
                Files.createDirectories(results.toAbsolutePath().getParent());
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(results.toFile(), all);
                Files.writeString(Path.of(results.toString().replaceFirst("\\.json$", "") + ".md"), markdown(all));
            }
            Thread.sleep(5_000);
        }
        out.println();
        out.println(markdown(all));
        return all;
    }

    /** A few users open every page once, unmeasured, so the first step does not pay for a cold platform. */
    private void warmUp() throws InterruptedException {
        if (settings.warmupUsers() <= 0) {
            return;
        }
        out.printf("warming up: %d users open every page once%n", settings.warmupUsers());
        Stats warm = new Stats();
        current = warm;
        stopping = false;
        HttpClient http = WebClient.sharedClient();
        List<Persona> personas =
                Persona.mix(Math.max(settings.warmupUsers(), 20), settings.users(), settings.benchCouncils());
        ExecutorService pool = Executors.newFixedThreadPool(settings.warmupUsers());
        for (int i = 0; i < settings.warmupUsers(); i++) {
            // One staff member and council people of several kinds, so every page gets opened.
            Persona persona = i == 0 ? personas.get(19) : personas.get((i * 7) % 19);
            SimulatedUser user = new SimulatedUser(i, persona, this, http, System.nanoTime(), false);
            pool.submit(user::warmUp);
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        if (!warm.errors().isEmpty()) {
            out.println("warm-up errors: " + warm.errors() + " " + warm.errorExamples());
        }
    }

    Map<String, Object> step(int sessions) throws Exception {
        // Sign-ins cost Keycloak about 0.1 s of CPU each (password hashing): spread them unless told otherwise.
        int rampSeconds = settings.rampSeconds() >= 0 ? settings.rampSeconds() : Math.max(20, sessions * 3 / 20);
        out.printf(
                Locale.ROOT,
                "%n=== %d sessions: ramp-up %d s, steady %d s, think time %.1f s on average ===%n",
                sessions,
                rampSeconds,
                settings.durationSeconds(),
                settings.thinkSeconds());
        JvmProbe.Heap before = heap("before sign-in");
        Stats ramp = new Stats();
        current = ramp;
        stopping = false;
        signedIn = new CountDownLatch(sessions);
        HttpClient http = WebClient.sharedClient();
        List<Persona> personas = Persona.mix(sessions, settings.users(), settings.benchCouncils());
        List<SimulatedUser> users = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime() + 1_000_000_000L;
        long rampNanos = rampSeconds * 1_000_000_000L;
        int apiEvery =
                settings.apiUsersShare() <= 0 ? Integer.MAX_VALUE : (int) Math.round(1 / settings.apiUsersShare());
        for (int i = 0; i < sessions; i++) {
            SimulatedUser user = new SimulatedUser(
                    i, personas.get(i), this, http, start + rampNanos * i / Math.max(1, sessions), i % apiEvery == 0);
            users.add(user);
            Thread thread = new Thread(user, "user-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        boolean all = signedIn.await(rampSeconds + 120L, TimeUnit.SECONDS);
        long signedInCount = sessions - signedIn.getCount();
        out.printf(
                "signed in: %d of %d%s%n", signedInCount, sessions, all ? "" : " (ramp-up overran; measuring anyway)");

        Stats steady = new Stats();
        Probes.Cpu cpuBefore = probes.cpu();
        PgProbe.Snapshot pgBefore = pgSnapshot();
        current = steady;
        long steadyStart = System.nanoTime();
        out.printf("measuring for %d s (load average %s)%n", settings.durationSeconds(), cpuBefore.load());
        Thread.sleep(settings.durationSeconds() * 1000L);
        current = new Stats(); // actions still in flight after the window are not counted
        double seconds = (System.nanoTime() - steadyStart) / 1e9;
        Probes.Cpu cpuAfter = probes.cpu();
        PgProbe.Snapshot pgAfter = pgSnapshot();
        stopping = true;
        for (Thread thread : threads) {
            thread.join(60_000);
        }
        JvmProbe.Heap loaded = heap("with " + signedInCount + " signed in");
        if (settings.heapDump() != null && probes.jvm != null) {
            try {
                probes.jvm.dump(settings.heapDump());
                out.println("heap dump with everyone signed in: " + settings.heapDump());
            } catch (IOException e) {
                out.println("heap dump: " + e.getMessage());
            }
        }
        Stats signOut = new Stats();
        current = signOut;
        JvmProbe.Heap after = null;
        if (settings.signOut()) {
            ExecutorService pool = Executors.newFixedThreadPool(16);
            users.forEach(user -> pool.submit(user::signOut));
            pool.shutdown();
            pool.awaitTermination(5, TimeUnit.MINUTES);
            after = heap("after sign-out");
        }
        return report(
                sessions,
                signedInCount,
                seconds,
                ramp,
                steady,
                signOut,
                cpuBefore,
                cpuAfter,
                pgBefore,
                pgAfter,
                before,
                loaded,
                after);
    }

    private JvmProbe.Heap heap(String when) {
        if (probes.jvm == null) {
            return null;
        }
        try {
            JvmProbe.Heap heap = probes.jvm.histogram();
            out.printf(
                    Locale.ROOT,
                    "heap %s: %.1f MB live, %d HTTP sessions, %d Vaadin sessions, %d UIs (histogram took %d ms)%n",
                    when,
                    heap.liveBytes() / 1e6,
                    heap.httpSessions(),
                    heap.vaadinSessions(),
                    heap.uis(),
                    heap.millis());
            return heap;
        } catch (IOException | InterruptedException e) {
            out.println("heap " + when + ": " + e.getMessage());
            return null;
        }
    }

    private PgProbe.Snapshot pgSnapshot() {
        if (probes.pg == null) {
            return null;
        }
        try {
            return probes.pg.snapshot();
        } catch (IOException | InterruptedException | RuntimeException e) {
            out.println("PostgreSQL statistics: " + e.getMessage());
            return null;
        }
    }

    private Map<String, Object> report(
            int sessions,
            long signedInCount,
            double seconds,
            Stats ramp,
            Stats steady,
            Stats signOut,
            Probes.Cpu cpuBefore,
            Probes.Cpu cpuAfter,
            PgProbe.Snapshot pgBefore,
            PgProbe.Snapshot pgAfter,
            JvmProbe.Heap before,
            JvmProbe.Heap loaded,
            JvmProbe.Heap after) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("date", ZonedDateTime.now().toString());
        r.put("sessions", sessions);
        r.put("signedIn", signedInCount);
        r.put("steadySeconds", round(seconds));
        long actions = steady.actions.sum();
        r.put("actions", actions);
        r.put("actionsPerSecond", round(actions / seconds));
        r.put("httpRequestsPerSecond", round(steady.requests.sum() / seconds));
        Stats.Line interaction = steady.merged("page interaction (primary UIDL round trip)", INTERACTION);
        r.put("interaction", interaction);
        r.put("steps", steady.lines());
        r.put("signIn", ramp.lines());
        r.put("signOut", signOut.lines());
        r.put("errors", steady.errors());
        r.put("errorsDuringRampUp", ramp.errors());
        r.put("errorsSigningOut", signOut.errors());
        Map<String, String> examples = new LinkedHashMap<>(ramp.errorExamples());
        examples.putAll(steady.errorExamples());
        r.put("errorExamples", examples);
        r.put("cpuPercentOfOneCore", roundAll(Probes.usage(cpuBefore, cpuAfter)));
        r.put("cores", Procs.cores());
        r.put("loadAverageStart", cpuBefore.load());
        r.put("loadAverageEnd", cpuAfter.load());
        if (before != null && loaded != null) {
            r.put("heapLiveBytesBefore", before.liveBytes());
            r.put("heapLiveBytesSignedIn", loaded.liveBytes());
            r.put(
                    "heapPerSessionKB",
                    round((loaded.liveBytes() - before.liveBytes()) / 1024.0 / Math.max(1, signedInCount)));
            r.put("httpSessionsBefore", before.httpSessions());
            r.put("httpSessionsSignedIn", loaded.httpSessions());
            r.put("vaadinSessionsSignedIn", loaded.vaadinSessions());
            r.put("uisSignedIn", loaded.uis());
        }
        if (after != null) {
            r.put("httpSessionsAfterSignOut", after.httpSessions());
            r.put("uisAfterSignOut", after.uis());
            r.put("heapLiveBytesAfterSignOut", after.liveBytes());
        }
        if (pgBefore != null && pgAfter != null) {
            long transactions = pgAfter.transactions() - pgBefore.transactions();
            r.put("pgTransactionsPerSecond", round(transactions / seconds));
            r.put("pgTransactionsPerAction", round(transactions / (double) Math.max(1, actions)));
            if (pgAfter.statementsAvailable()) {
                List<PgProbe.Statement> delta = PgProbe.delta(pgBefore, pgAfter);
                long calls = PgProbe.calls(delta);
                r.put("pgStatementsPerSecond", round(calls / seconds));
                r.put("pgStatementsPerAction", round(calls / (double) Math.max(1, actions)));
                long checkouts = delta.stream()
                        .filter(x -> x.query().toLowerCase(Locale.ROOT).startsWith("select set_config"))
                        .mapToLong(PgProbe.Statement::calls)
                        .sum();
                r.put("pgCheckoutsPerAction", round(checkouts / (double) Math.max(1, actions)));
                r.put(
                        "pgStatementTimeMsPerAction",
                        round(delta.stream()
                                        .mapToDouble(PgProbe.Statement::millis)
                                        .sum()
                                / Math.max(1, actions)));
                r.put("pgTopByCalls", top(delta, Comparator.comparingLong(PgProbe.Statement::calls)));
                r.put("pgTopByTime", top(delta, Comparator.comparingDouble(PgProbe.Statement::millis)));
            }
        }
        print(r, steady, ramp, signOut);
        return r;
    }

    private static List<Map<String, Object>> top(List<PgProbe.Statement> delta, Comparator<PgProbe.Statement> by) {
        return delta.stream()
                .sorted(by.reversed())
                .limit(15)
                .map(s -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("calls", s.calls());
                    m.put("ms", round(s.millis()));
                    m.put("rows", s.rows());
                    m.put("query", s.query().length() > 300 ? s.query().substring(0, 300) + "..." : s.query());
                    return m;
                })
                .toList();
    }

    @SuppressWarnings("unchecked")
    private void print(Map<String, Object> r, Stats steady, Stats ramp, Stats signOut) {
        out.printf(
                Locale.ROOT,
                "%n--- %s sessions (%s signed in), steady window %.0f s ---%n",
                r.get("sessions"),
                r.get("signedIn"),
                r.get("steadySeconds"));
        out.printf(
                Locale.ROOT,
                "throughput: %.1f actions/s, %.1f HTTP requests/s; errors: %s%n",
                r.get("actionsPerSecond"),
                r.get("httpRequestsPerSecond"),
                steady.errors());
        printLines("latency by step (ms), steady window", prepend((Stats.Line) r.get("interaction"), steady.lines()));
        printLines("sign-in during ramp-up (ms)", ramp.lines());
        if (!signOut.lines().isEmpty()) {
            printLines("sign-out (ms)", signOut.lines());
        }
        if (!ramp.errors().isEmpty()) {
            out.println("errors during ramp-up: " + ramp.errors());
        }
        if (!signOut.errors().isEmpty()) {
            out.println("errors signing out: " + signOut.errors());
        }
        ((Map<String, String>) r.get("errorExamples")).forEach((k, v) -> out.println("  e.g. " + k + ": " + v));
        out.println("CPU, % of one core (" + r.get("cores") + " cores): " + r.get("cpuPercentOfOneCore"));
        out.println("load average: " + r.get("loadAverageStart") + " at start, " + r.get("loadAverageEnd") + " at end");
        if (r.containsKey("heapPerSessionKB")) {
            out.printf(
                    Locale.ROOT,
                    "heap: %.1f KB per signed-in session; HTTP sessions %s before, %s signed in, %s after sign-out; UIs %s signed in%n",
                    r.get("heapPerSessionKB"),
                    r.get("httpSessionsBefore"),
                    r.get("httpSessionsSignedIn"),
                    r.getOrDefault("httpSessionsAfterSignOut", "-"),
                    r.get("uisSignedIn"));
        }
        if (r.containsKey("pgTransactionsPerAction")) {
            out.printf(
                    Locale.ROOT,
                    "PostgreSQL: %s transactions/s (%s per action; PostgreSQL counts them with up to 10 s delay)%s%n",
                    r.get("pgTransactionsPerSecond"),
                    r.get("pgTransactionsPerAction"),
                    r.containsKey("pgStatementsPerAction")
                            ? String.format(
                                    Locale.ROOT,
                                    ", %s statements/s (%s per action, %s connection checkouts per action,"
                                            + " %s ms statement time per action)",
                                    r.get("pgStatementsPerSecond"),
                                    r.get("pgStatementsPerAction"),
                                    r.get("pgCheckoutsPerAction"),
                                    r.get("pgStatementTimeMsPerAction"))
                            : "");
            if (r.containsKey("pgTopByCalls")) {
                out.println("statements with most calls in the window:");
                for (Map<String, Object> s : (List<Map<String, Object>>) r.get("pgTopByCalls")) {
                    out.printf(
                            Locale.ROOT,
                            "  %7d calls %9.1f ms  %s%n",
                            s.get("calls"),
                            s.get("ms"),
                            abbreviate((String) s.get("query"), 140));
                }
                out.println("statements with most time in the window:");
                for (Map<String, Object> s : (List<Map<String, Object>>) r.get("pgTopByTime")) {
                    out.printf(
                            Locale.ROOT,
                            "  %7d calls %9.1f ms  %s%n",
                            s.get("calls"),
                            s.get("ms"),
                            abbreviate((String) s.get("query"), 140));
                }
            }
        }
    }

    private static List<Stats.Line> prepend(Stats.Line first, List<Stats.Line> rest) {
        List<Stats.Line> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private void printLines(String title, List<Stats.Line> lines) {
        out.println(title + ":");
        out.printf("  %-48s %7s %8s %8s %8s %8s%n", "step", "count", "p50", "p95", "p99", "max");
        for (Stats.Line l : lines) {
            out.printf(
                    Locale.ROOT,
                    "  %-48s %7d %8.1f %8.1f %8.1f %8.1f%n",
                    l.step(),
                    l.count(),
                    l.p50(),
                    l.p95(),
                    l.p99(),
                    l.max());
        }
    }

    /** The summary table for the README: one row per number of sessions. */
    @SuppressWarnings("unchecked")
    static String markdown(List<Map<String, Object>> results) {
        StringBuilder md = new StringBuilder();
        md.append(
                "| sessions | signed in | actions/s | page interaction p50 / p95 / p99 (ms) | navigation, all round trips p95 | year change, all round trips p95 | bootstrap / init p95 | API p95 | errors | CPU platform / PostgreSQL / Keycloak / load generator (% of one core) | machine busy | heap per session | HTTP sessions signed in / after sign-out | statements / connection checkouts per action | load average (start; end) |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> r : results) {
            Stats.Line interaction = (Stats.Line) r.get("interaction");
            List<Stats.Line> steps = (List<Stats.Line>) r.get("steps");
            Map<String, Double> cpu = (Map<String, Double>) r.get("cpuPercentOfOneCore");
            Map<String, Long> errors = (Map<String, Long>) r.get("errors");
            long errorCount =
                    errors.values().stream().mapToLong(Long::longValue).sum();
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %.1f | %.0f / %.0f / %.0f | %s | %s | %s / %s | %s | %d%s | %s / %s / %s / %s | %s%% | %s | %s / %s | %s / %s | %s; %s |\n",
                    r.get("sessions"),
                    r.get("signedIn"),
                    r.get("actionsPerSecond"),
                    interaction.p50(),
                    interaction.p95(),
                    interaction.p99(),
                    p95(steps, "navigation (all round trips)"),
                    p95(steps, "click (all round trips)"),
                    p95(steps, "bootstrap"),
                    p95(steps, "init"),
                    p95(steps, "api"),
                    errorCount,
                    errors.isEmpty() ? "" : " " + errors,
                    pct(cpu, "platform JVM"),
                    pct(cpu, "PostgreSQL"),
                    pct(cpu, "Keycloak"),
                    pct(cpu, "load generator"),
                    pct(cpu, "machine (all cores)"),
                    r.containsKey("heapPerSessionKB") ? r.get("heapPerSessionKB") + " KB" : "-",
                    r.getOrDefault("httpSessionsSignedIn", "-"),
                    r.getOrDefault("httpSessionsAfterSignOut", "-"),
                    r.getOrDefault("pgStatementsPerAction", "-"),
                    r.getOrDefault("pgCheckoutsPerAction", "-"),
                    r.get("loadAverageStart"),
                    r.get("loadAverageEnd")));
        }
        return md.toString();
    }

    private static String p95(List<Stats.Line> steps, String step) {
        return steps.stream()
                .filter(l -> l.step().equals(step))
                .findFirst()
                .map(l -> String.format(Locale.ROOT, "%.0f", l.p95()))
                .orElse("-");
    }

    private static String pct(Map<String, Double> cpu, String name) {
        Double v = cpu.get(name);
        return v == null ? "-" : String.format(Locale.ROOT, "%.0f", v);
    }

    private static Map<String, Double> roundAll(Map<String, Double> values) {
        Map<String, Double> rounded = new LinkedHashMap<>();
        values.forEach((k, v) -> rounded.put(k, round(v)));
        return rounded;
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String abbreviate(String text, int max) {
        return text.length() > max ? text.substring(0, max) + "..." : text;
    }
}
