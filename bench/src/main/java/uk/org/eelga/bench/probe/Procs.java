package uk.org.eelga.bench.probe;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * CPU time of processes and of the machine from /proc (Linux), the load average, and which process listens on a
 * TCP port (to find the platform's JVM, PostgreSQL's postmaster and Keycloak without being told).
 */
public final class Procs {

    /** USER_HZ: the unit of /proc/[pid]/stat times; 100 on every Linux this runs on. */
    static final double TICKS_PER_SECOND = 100.0;

    private Procs() {}

    /** CPU seconds used so far by the process (all its threads). */
    public static double cpuSeconds(long pid) {
        long[] t = times(pid);
        return t == null ? 0 : (t[0] + t[1]) / TICKS_PER_SECOND;
    }

    /**
     * CPU seconds of a process tree as PostgreSQL has it: the postmaster, every live child (backends, autovacuum,
     * checkpointer...) and the children that already ended (their time is in the postmaster's cutime/cstime).
     */
    public static double treeCpuSeconds(long root) {
        long[] own = times(root);
        if (own == null) {
            return 0;
        }
        double ticks = own[0] + own[1] + own[2] + own[3];
        for (long child : children(root)) {
            long[] t = times(child);
            if (t != null) {
                ticks += t[0] + t[1] + t[2] + t[3];
            }
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** Busy and total CPU seconds of the whole machine (all cores), from /proc/stat. */
    public static double[] machineSeconds() {
        try {
            String first = Files.readAllLines(Paths.get("/proc/stat")).get(0);
            String[] f = first.trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0);
            return new double[] {(total - idle) / TICKS_PER_SECOND, total / TICKS_PER_SECOND};
        } catch (IOException | RuntimeException e) {
            return new double[] {0, 0};
        }
    }

    public static String loadAverage() {
        try {
            String[] f = Files.readString(Paths.get("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    public static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** utime, stime, cutime, cstime in ticks, or null when the process is gone. */
    static long[] times(long pid) {
        try {
            String stat = Files.readString(Paths.get("/proc", Long.toString(pid), "stat"));
            // The command name may contain spaces and parentheses: fields start after the last ')'.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // f[0] is field 3 (state); utime is field 14 -> f[11].
            return new long[] {
                Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]), Long.parseLong(f[14])
            };
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static long parent(long pid) {
        try {
            String stat = Files.readString(Paths.get("/proc", Long.toString(pid), "stat"));
            return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static List<Long> children(long pid) {
        List<Long> children = new ArrayList<>();
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Paths.get("/proc"), "[0-9]*")) {
            for (Path proc : procs) {
                long child = Long.parseLong(proc.getFileName().toString());
                if (parent(child) == pid) {
                    children.add(child);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a process ending while we look is fine
        }
        return children;
    }

    /** The process with a listening TCP socket on this port (IPv4 or IPv6), found through /proc/net and fds. */
    public static OptionalLong listeningOn(int port) {
        List<String> inodes = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Paths.get(table))) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length < 10 || !f[3].equals("0A")) { // 0A = LISTEN
                        continue;
                    }
                    String local = f[1];
                    int localPort = Integer.parseInt(local.substring(local.indexOf(':') + 1), 16);
                    if (localPort == port) {
                        inodes.add(f[9]);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // no IPv6 table: fine
            }
        }
        if (inodes.isEmpty()) {
            return OptionalLong.empty();
        }
        // Children may hold the listening socket too (a forking server's workers, briefly): the owner is the holder
        // whose parent does not hold it.
        List<Long> holders = new ArrayList<>();
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Paths.get("/proc"), "[0-9]*")) {
            for (Path proc : procs) {
                try (DirectoryStream<Path> fds = Files.newDirectoryStream(proc.resolve("fd"))) {
                    for (Path fd : fds) {
                        String target = Files.readSymbolicLink(fd).toString();
                        if (inodes.stream().anyMatch(inode -> target.equals("socket:[" + inode + "]"))) {
                            holders.add(Long.parseLong(proc.getFileName().toString()));
                            break;
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // another user's process or one that ended: skip
                }
            }
        } catch (IOException e) {
            return OptionalLong.empty();
        }
        return holders.stream()
                .filter(pid -> !holders.contains(parent(pid)))
                .mapToLong(Long::longValue)
                .findFirst();
    }

    public static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
