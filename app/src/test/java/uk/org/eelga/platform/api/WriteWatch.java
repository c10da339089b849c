package uk.org.eelga.platform.api;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.org.eelga.platform.support.TestDatabase;

/**
 * Sees every committed write to every table of the test database: a row trigger on each table in {@code public}
 * appends (table, operation) to a log in its own schema, in the writer's transaction, so a write that is rolled
 * back leaves nothing and any write that stays is seen, whichever table it touched (new tables included, without
 * editing this). Stronger than counting rows: an update is seen too.
 */
final class WriteWatch implements AutoCloseable {

    /**
     * Written on reads, not on changes: the audited log of association-wide reads (a staff request may read every
     * council's rows before it is refused, and that read is logged on purpose).
     */
    static final Set<String> READ_LOGS = Set.of("association_access_log");

    private final Connection owner;

    private WriteWatch(Connection owner) {
        this.owner = owner;
    }

    static WriteWatch install() throws SQLException {
        Connection owner = TestDatabase.asOwner();
        try (Statement sql = owner.createStatement()) {
            sql.execute("drop schema if exists fuzz_watch cascade");
            sql.execute("create schema fuzz_watch");
            sql.execute(
                    "create table fuzz_watch.writes (id bigserial primary key, tbl text not null, op text not null)");
            sql.execute("create function fuzz_watch.record() returns trigger language plpgsql security definer"
                    + " set search_path = pg_catalog as $$ begin"
                    + " insert into fuzz_watch.writes (tbl, op) values (TG_TABLE_NAME, TG_OP); return null; end $$");
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                sql.execute("create trigger zz_fuzz_watch after insert or update or delete on public.\"" + table
                        + "\" for each row execute function fuzz_watch.record()");
            }
        }
        return new WriteWatch(owner);
    }

    /** Where the log stands now. */
    long mark() throws SQLException {
        try (Statement sql = owner.createStatement();
                ResultSet row = sql.executeQuery("select coalesce(max(id), 0) from fuzz_watch.writes")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The tables written since {@code mark} ("coaching_cohort INSERT x1"), read logs left out. */
    List<String> since(long mark) throws SQLException {
        List<String> writes = new ArrayList<>();
        try (var query = owner.prepareStatement("select tbl, op, count(*) from fuzz_watch.writes where id > ?"
                + " group by tbl, op order by tbl, op")) {
            query.setLong(1, mark);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (!READ_LOGS.contains(rows.getString(1))) {
                        writes.add(rows.getString(1) + " " + rows.getString(2) + " x" + rows.getLong(3));
                    }
                }
            }
        }
        return writes;
    }

    /** Waits until nothing has been written for a moment (work a request left running in the background). */
    long quiet() throws SQLException, InterruptedException {
        long before = mark();
        for (int i = 0; i < 50; i++) {
            Thread.sleep(60);
            long now = mark();
            if (now == before) {
                return now;
            }
            before = now;
        }
        return before;
    }

    @Override
    public void close() throws SQLException {
        try (Statement sql = owner.createStatement()) {
            sql.execute("drop schema if exists fuzz_watch cascade");
        } finally {
            owner.close();
        }
    }
}
