package uk.org.eelga.bench.load;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import uk.org.eelga.bench.Args;
import uk.org.eelga.bench.probe.PgProbe;
import uk.org.eelga.bench.probe.Procs;

/** {@code load}: the options of a load run (bench/run.sh passes them; see bench/README.md). */
public final class LoadCommand {

    private LoadCommand() {}

    public static void run(Args args) throws Exception {
        URI url = URI.create(args.get("url", "http://localhost:18084"));
        URI keycloak = URI.create(args.get("keycloak", "http://localhost:8184"));
        List<Integer> sessions = Arrays.stream(args.get("sessions", "35").split(","))
                .map(String::trim)
                .map(Integer::parseInt)
                .toList();
        int duration = args.integer("duration", 90);
        int ramp = args.integer("ramp", -1);
        LoadRun.Settings settings = new LoadRun.Settings(
                url,
                keycloak,
                args.get("password", "eelga-demo"),
                Duration.ofSeconds(args.integer("timeout", 60)),
                args.decimal("think", 5.0),
                args.decimal("api-users", 0.2),
                args.decimal("api-share", 0.3),
                args.decimal("reload-share", 0.05),
                ramp,
                duration,
                !args.flag("no-sign-out"),
                args.has("users") ? List.of(args.get("users", "").split(",")) : List.of(),
                args.integer("warmup", 4),
                benchCouncils(args),
                args.has("heap-dump") ? Path.of(args.get("heap-dump", "")) : null);
        OptionalLong platform = pid(args, "platform-pid", url.getPort());
        OptionalLong keycloakPid = pid(args, "keycloak-pid", keycloak.getPort());
        PgProbe pg = null;
        OptionalLong postgres = OptionalLong.empty();
        if (args.has("pg-port")) {
            int pgPort = Integer.parseInt(args.get("pg-port", "55432"));
            postgres = pid(args, "pg-pid", pgPort);
            if (args.has("pg-socket")) {
                pg = new PgProbe(args.get("pg-socket", "/tmp"), pgPort, args.get("pg-database", "eelga"));
            }
        }
        System.out.printf(
                "platform %s (pid %s), Keycloak %s (pid %s), PostgreSQL pid %s; %d cores; load average %s%n",
                url, show(platform), keycloak, show(keycloakPid), show(postgres), Procs.cores(), Procs.loadAverage());
        Probes probes = new Probes(platform, postgres, keycloakPid, pg);
        Path results = args.has("results") ? Path.of(args.get("results", "")) : null;
        new LoadRun(settings, probes, System.out).run(sessions, results);
    }

    /** The councils whose bench accounts to use ({@code --accounts bench}, the default), from infra/data/councils.csv. */
    private static List<String> benchCouncils(Args args) throws java.io.IOException {
        if (args.get("accounts", "bench").equals("demo")) {
            return List.of();
        }
        return java.nio.file.Files.readAllLines(Path.of(args.get("councils-csv", "../infra/data/councils.csv")))
                .stream()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.substring(0, line.indexOf(',')))
                .sorted()
                .toList();
    }

    private static OptionalLong pid(Args args, String option, int port) {
        if (args.has(option)) {
            return OptionalLong.of(Long.parseLong(args.get(option, "0")));
        }
        return port > 0 ? Procs.listeningOn(port) : OptionalLong.empty();
    }

    private static String show(OptionalLong pid) {
        return pid.isPresent() ? Long.toString(pid.getAsLong()) : "not watched";
    }
}
