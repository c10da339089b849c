package uk.org.eelga.bench.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import uk.org.eelga.bench.Args;

/**
 * PostgreSQL's own counters for a window of a run, read as the superuser through the cluster's socket (as
 * infra/postgres/postgres.sh does): transactions of the platform's database ({@code pg_stat_database}) and, when
 * the {@code pg_stat_statements} extension is loaded (bench/run.sh loads it and creates its view in the
 * {@code postgres} database, never in the platform's), every statement's calls and time, so a run can say how many
 * statements and transactions each page interaction cost and which statements cost most.
 */
public final class PgProbe {

    /** {@code millis}: planning and execution time (pg_stat_statements.track_planning is on in bench/run.sh). */
    public record Statement(String query, long calls, double millis, long rows) {}

    public record Snapshot(long transactions, Map<String, Statement> statements, boolean statementsAvailable) {}

    private final String socketDir;
    private final int port;
    private final String database;

    public PgProbe(String socketDir, int port, String database) {
        this.socketDir = socketDir;
        this.port = port;
        this.database = database;
    }

    /** The probe the command line names: --pg-socket (/tmp), --pg-port (55432), --pg-database (eelga). */
    public static PgProbe from(Args args) {
        return new PgProbe(
                args.get("pg-socket", "/tmp"),
                Integer.parseInt(args.get("pg-port", "55432")),
                args.get("pg-database", "eelga"));
    }

    public Snapshot snapshot() throws IOException, InterruptedException {
        long transactions = Long.parseLong(
                psql("select xact_commit + xact_rollback from pg_stat_database where datname = '" + database + "'")
                        .get(0)
                        .trim());
        Map<String, Statement> statements = new HashMap<>();
        boolean available = !psql("select 1 from pg_extension where extname = 'pg_stat_statements'")
                .isEmpty();
        if (available) {
            String sql =
                    "select queryid, calls, total_exec_time + total_plan_time, rows, regexp_replace(query, '\\s+', ' ', 'g')"
                            + " from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = '"
                            + database + "'";
            for (String line : psql(sql)) {
                String[] f = line.split("\u001f", 5);
                if (f.length == 5) {
                    statements.merge(
                            f[0],
                            new Statement(f[4], Long.parseLong(f[1]), Double.parseDouble(f[2]), Long.parseLong(f[3])),
                            (a, b) -> new Statement(
                                    a.query(), a.calls() + b.calls(), a.millis() + b.millis(), a.rows() + b.rows()));
                }
            }
        }
        return new Snapshot(transactions, statements, available);
    }

    /** What happened between two snapshots: statements by calls, with time, biggest first. */
    public static List<Statement> delta(Snapshot before, Snapshot after) {
        List<Statement> delta = new ArrayList<>();
        after.statements().forEach((id, now) -> {
            Statement then = before.statements().get(id);
            long calls = now.calls() - (then == null ? 0 : then.calls());
            if (calls > 0) {
                delta.add(new Statement(
                        now.query(),
                        calls,
                        now.millis() - (then == null ? 0 : then.millis()),
                        now.rows() - (then == null ? 0 : then.rows())));
            }
        });
        return delta;
    }

    public static long calls(List<Statement> delta) {
        return delta.stream().mapToLong(Statement::calls).sum();
    }

    private List<String> psql(String sql) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                        "psql",
                        "-X",
                        "-q",
                        "-At",
                        "-F",
                        "\u001f",
                        "-h",
                        socketDir,
                        "-p",
                        Integer.toString(port),
                        "-U",
                        "postgres",
                        "-d",
                        "postgres",
                        "-c",
                        sql)
                .redirectErrorStream(false)
                .start();
        List<String> lines = new ArrayList<>();
        try (var reader = process.inputReader(StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        }
        String error = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("psql failed: " + error);
        }
        return lines;
    }
}
