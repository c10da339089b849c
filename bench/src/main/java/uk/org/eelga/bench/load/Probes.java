package uk.org.eelga.bench.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import uk.org.eelga.bench.probe.JvmProbe;
import uk.org.eelga.bench.probe.PgProbe;
import uk.org.eelga.bench.probe.Procs;

/** The processes a run watches (platform JVM, PostgreSQL, Keycloak, this harness) and the machine as a whole. */
final class Probes {

    /** CPU seconds of each watched process and of the machine at one moment. */
    record Cpu(long wallNanos, Map<String, Double> seconds, double machineBusy, double machineTotal, String load) {}

    final OptionalLong platformPid;
    final OptionalLong postgresPid;
    final OptionalLong keycloakPid;
    final long benchPid = ProcessHandle.current().pid();
    final JvmProbe jvm;
    final PgProbe pg;

    Probes(OptionalLong platformPid, OptionalLong postgresPid, OptionalLong keycloakPid, PgProbe pg) {
        this.platformPid = platformPid;
        this.postgresPid = postgresPid;
        this.keycloakPid = keycloakPid;
        this.jvm = platformPid.isPresent() ? new JvmProbe(platformPid.getAsLong()) : null;
        this.pg = pg;
    }

    Cpu cpu() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        platformPid.ifPresent(pid -> seconds.put("platform JVM", Procs.cpuSeconds(pid)));
        postgresPid.ifPresent(pid -> seconds.put("PostgreSQL", Procs.treeCpuSeconds(pid)));
        keycloakPid.ifPresent(pid -> seconds.put("Keycloak", Procs.cpuSeconds(pid)));
        seconds.put("load generator", Procs.cpuSeconds(benchPid));
        double[] machine = Procs.machineSeconds();
        return new Cpu(System.nanoTime(), seconds, machine[0], machine[1], Procs.loadAverage());
    }

    /**
     * Share of ONE core each process used between two snapshots (100% = one core busy; the machine has
     * {@link Procs#cores()}), and the whole machine's busy share of all its cores.
     */
    static Map<String, Double> usage(Cpu before, Cpu after) {
        double wall = (after.wallNanos() - before.wallNanos()) / 1e9;
        Map<String, Double> usage = new LinkedHashMap<>();
        after.seconds()
                .forEach(
                        (name, s) -> usage.put(name, 100 * (s - before.seconds().getOrDefault(name, s)) / wall));
        double total = after.machineTotal() - before.machineTotal();
        usage.put("machine (all cores)", total <= 0 ? 0 : 100 * (after.machineBusy() - before.machineBusy()) / total);
        return usage;
    }
}
