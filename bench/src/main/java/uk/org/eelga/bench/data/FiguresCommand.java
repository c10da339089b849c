package uk.org.eelga.bench.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import uk.org.eelga.bench.Args;
import uk.org.eelga.bench.keycloak.ApiClient;
import uk.org.eelga.bench.keycloak.BenchUsers;
import uk.org.eelga.bench.probe.PgProbe;
import uk.org.eelga.bench.vaadin.StepFailure;
import uk.org.eelga.bench.vaadin.Timings;

/**
 * {@code figures}: how far the platform's figures are from the cost of their SQL. Calls, one at a time on an
 * otherwise quiet platform, the engagement summary of several councils, the regional table and the framework's
 * figures through the REST API, and for each call reads from pg_stat_statements the planning and execution time of
 * every statement it ran. Prints the median HTTP time, the median SQL time, their ratio (the goal: 1.5 or less) and
 * the statements per call. Works with any code version: it times whatever SQL the platform runs. With
 * {@code --metrics URL} (the platform's metrics port, as {@code run.sh --figures} starts it) it also prints, for the
 * runs, the platform's own time per call from its request timer, and its ratio to the SQL: the harness's HTTP client
 * adds about 1 ms to every call it times on the 2-core machine (2.1 ms for the call that curl makes in 0.8 ms).
 */
public final class FiguresCommand {

    private FiguresCommand() {}

    public static void run(Args args) throws Exception {
        URI url = URI.create(args.get("url", "http://localhost:18084"));
        URI keycloak = URI.create(args.get("keycloak", "http://localhost:8184"));
        String password = args.get("password", "eelga-demo");
        int repeat = args.integer("repeat", 5);
        warmUps = args.integer("warmup", 200);
        PgProbe pg = PgProbe.from(args);
        String metrics = args.get("metrics", "");
        List<String> councils = Arrays.asList(
                args.get("councils", "norwich,essex,suffolk,cambridge,luton").split(","));
        List<String> periods =
                Arrays.asList(args.get("periods", "2024-25,2025-26").split(","));
        // Responses are handled on the calling thread: the default client hands each one to a pool thread, which
        // added 0.5-1 ms to every call on the 2-core machine (3 December 2026) - the harness's time, not the
        // platform's.
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Runnable::run)
                .build();
        Duration timeout = Duration.ofSeconds(120);
        Function<String, ApiClient> signIn =
                user -> new ApiClient(http, url, keycloak, "eelga", user, password, Timings.NONE, timeout);
        ApiClient staff = signIn.apply(args.get("staff", BenchUsers.staffUser(0)));
        run = args.integer("run", 20);
        clock = metrics.isEmpty() ? null : new ServerClock(http, URI.create(metrics));
        System.out.printf(
                Locale.ROOT,
                "%-62s %9s %9s %7s %10s   %9s %9s %7s   %10s %7s%n",
                "call (median of " + repeat + ")",
                "HTTP ms",
                "SQL ms",
                "ratio",
                "statements",
                "run HTTP",
                "run SQL",
                "ratio",
                "run server",
                "ratio");
        List<double[]> ratios = new ArrayList<>();
        // The fixed cost of any API call (HTTP, the token's signature, admission, JSON) for scale: the figures' SQL is
        // only 8-20 ms, so this cost and the database round trips are most of the gap to their SQL time.
        // The harness's own HTTP client compiled by the JIT first: after 200 calls it still took 3.7 ms for a call
        // that curl makes in 0.8 ms, and 1.4 ms after 600 (3 December 2026).
        for (int i = 0; i < 3_000; i++) {
            staff.get("client warm-up", "/api/v1/me");
        }
        List<Call> calls = new ArrayList<>();
        calls.add(new Call("fixed cost: who am I (/api/v1/me)", staff, "/api/v1/me", false));
        for (String period : periods) {
            for (String council : councils) {
                calls.add(new Call(
                        "engagement summary " + council + " " + period,
                        signIn.apply(BenchUsers.councilUser(council, 1)),
                        "/api/v1/council/engagement?period=" + period,
                        true));
            }
            calls.add(
                    new Call("regional table " + period, staff, "/api/v1/engagement/regional?period=" + period, true));
        }
        for (JsonNode framework : staff.get("frameworks", "/api/v1/frameworks")) {
            long id = framework.path("id").asLong();
            String year = framework
                    .path("year")
                    .asText(framework.path("financialYear").asText(""));
            for (String period : year.isEmpty() ? periods : List.of(year)) {
                calls.add(new Call(
                        "framework " + id + " figures " + period,
                        staff,
                        "/api/v1/frameworks/" + id + "/figures?period=" + period,
                        true));
                calls.add(new Call(
                        "framework " + id + " council figures " + councils.get(0) + " " + period,
                        signIn.apply(BenchUsers.councilUser(councils.get(0), 1)),
                        "/api/v1/frameworks/" + id + "/council-figures?period=" + period,
                        true));
            }
        }
        // Every call warmed before any is timed: the first one timed was otherwise the one whose code the JIT had
        // seen least (the first council's summary came out 0.1-0.2 above the others on 3 December 2026).
        List<Call> warmed = new ArrayList<>();
        for (Call call : calls) {
            try {
                for (int i = 0; i < Math.max(1, warmUps); i++) {
                    call.client().get("warm-up", call.path()); // token, JIT and caches: not counted
                }
                warmed.add(call);
            } catch (StepFailure e) {
                System.out.printf("%-62s failed: %s%n", call.label(), e.getMessage());
            }
        }
        for (Call call : warmed) {
            double[] ratio = time(pg, repeat, call.label(), call.client(), call.path());
            if (call.figure()) {
                ratios.add(ratio);
            }
        }
        double worst = ratios.stream().mapToDouble(r -> r[0]).max().orElse(0);
        double worstInRun =
                ratios.stream().mapToDouble(r -> r.length > 1 ? r[1] : 0).max().orElse(0);
        double worstServer =
                ratios.stream().mapToDouble(r -> r.length > 2 ? r[2] : 0).max().orElse(0);
        System.out.printf(Locale.ROOT, "worst ratio HTTP / SQL, one call alone: %.2f (goal: 1.5 or less)%n", worst);
        System.out.printf(
                Locale.ROOT,
                "worst ratio HTTP / SQL, in runs of %d calls: %.2f (goal: 1.5 or less)%n",
                run,
                worstInRun);
        if (clock != null) {
            System.out.printf(
                    Locale.ROOT,
                    "worst ratio of the platform's own time (its request timer) / SQL, in runs of %d calls: %.2f"
                            + " (goal: 1.5 or less)%n",
                    run,
                    worstServer);
        }
    }

    /** One call to time: its label, who makes it, its path, and whether it is a figure (not the fixed cost). */
    private record Call(String label, ApiClient client, String path, boolean figure) {}

    /** The platform's own request timer ({@code --metrics URL}); null: not read. */
    private static ServerClock clock;

    /**
     * Calls of each path before timing it: the platform's steady state, as a server that has answered the call
     * before is (its code compiled by the JIT). One warm-up left the first figures' code half interpreted: the
     * engagement summary then took 20-32 ms against 11 ms after a few hundred calls.
     */
    private static int warmUps = 200;

    /**
     * Calls timed back to back between one pair of snapshots ({@code --run}, default 20): the HTTP time is their mean
     * and the SQL time the statements' time over the run divided by its calls. The one-call figure pays for the
     * snapshots around it: they start three psql processes just before the call, and a call that follows another
     * process's burst of work took about 5 ms longer on the 2-core machine (17 against 22 ms for the engagement
     * summary on 2 December 2026, with a psql process between calls and without). The run is the platform as a busy
     * server meets its calls; both are printed.
     */
    private static int run = 20;

    private static double[] time(PgProbe pg, int repeat, String label, ApiClient client, String path) throws Exception {
        double[] httpMs = new double[repeat];
        double[] sqlMs = new double[repeat];
        long statements = 0;
        // one untimed call first: after the warm-up of every call the client's token may be due for renewal, and a
        // renewal (a call to Keycloak) must not land in a timed call
        client.get("renewal", path);
        for (int i = 0; i < repeat; i++) {
            PgProbe.Snapshot before = pg.snapshot();
            long started = System.nanoTime();
            client.get("figure", path);
            httpMs[i] = (System.nanoTime() - started) / 1e6;
            PgProbe.Snapshot after = pg.snapshot();
            List<PgProbe.Statement> delta = PgProbe.delta(before, after).stream()
                    .filter(s -> !s.query().contains("pg_stat_statements")
                            && !s.query().contains("pg_stat_database"))
                    .toList();
            sqlMs[i] = delta.stream().mapToDouble(PgProbe.Statement::millis).sum();
            statements = PgProbe.calls(delta);
        }
        double http = median(httpMs);
        double sql = median(sqlMs);
        double ratio = sql <= 0 ? 0 : http / sql;
        double[] runHttpMs = new double[repeat];
        double[] runSqlMs = new double[repeat];
        double[] runServerMs = new double[repeat];
        for (int i = 0; i < repeat && run > 0; i++) {
            ServerClock.Reading serverBefore = clock == null ? null : clock.read();
            PgProbe.Snapshot before = pg.snapshot();
            long total = 0;
            for (int k = 0; k < run; k++) {
                long started = System.nanoTime();
                client.get("figure", path);
                total += System.nanoTime() - started;
            }
            PgProbe.Snapshot after = pg.snapshot();
            if (clock != null) {
                double[] server = ServerClock.meanMillis(serverBefore, clock.read());
                if (server[1] != run) {
                    throw new IllegalStateException("The platform counted " + (long) server[1]
                            + " requests in a run of " + run + ": something else is calling it");
                }
                runServerMs[i] = server[0];
            }
            runHttpMs[i] = total / 1e6 / run;
            runSqlMs[i] = PgProbe.delta(before, after).stream()
                            .filter(s -> !s.query().contains("pg_stat_statements")
                                    && !s.query().contains("pg_stat_database"))
                            .mapToDouble(PgProbe.Statement::millis)
                            .sum()
                    / run;
        }
        double runHttp = median(runHttpMs);
        double runSql = median(runSqlMs);
        double runRatio = runSql <= 0 ? 0 : runHttp / runSql;
        double runServer = median(runServerMs);
        double serverRatio = runSql <= 0 ? 0 : runServer / runSql;
        System.out.printf(
                Locale.ROOT,
                "%-62s %9.1f %9.1f %7.2f %10d   %9.1f %9.1f %7.2f   %10s %7s%n",
                label,
                http,
                sql,
                ratio,
                statements,
                runHttp,
                runSql,
                runRatio,
                clock == null ? "-" : String.format(Locale.ROOT, "%.1f", runServer),
                clock == null ? "-" : String.format(Locale.ROOT, "%.2f", serverRatio));
        return new double[] {ratio, runRatio, serverRatio};
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
