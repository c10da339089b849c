package uk.org.eelga.platform.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Races callers: every caller waits at one start gate, then all go at once. Results come back in caller order; a
 * caller that throws gives its exception's class name and message (services) so a test can count outcomes.
 */
public final class Race {

    public static final int CALLERS = 20;

    private Race() {}

    /** Runs {@code call} for callers 0 .. n-1 at the same moment and returns what each returned. */
    public static <T> List<T> run(int callers, IntFunction<Callable<T>> call) {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch ready = new CountDownLatch(callers);
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                Callable<T> task = call.apply(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    gate.await();
                    return task.call();
                }));
            }
            if (!ready.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The callers did not get ready");
            }
            gate.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } catch (Exception e) {
            throw new IllegalStateException("The race did not finish: " + e, e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The same call for every caller. */
    public static <T> List<T> run(Callable<T> call) {
        return run(CALLERS, i -> call);
    }

    /** HTTP statuses of the callers' answers, counted: {200=1, 409=19}. */
    public static Map<Integer, Long> statuses(List<Api.Answer> answers) {
        Map<Integer, Long> counted = new TreeMap<>();
        answers.forEach(a -> counted.merge(a.status(), 1L, Long::sum));
        return counted;
    }

    /** Runs a service call for every caller; "ok" for a success, else the exception's simple class name. */
    public static List<String> outcomes(ThrowingRunnable call) {
        return run(() -> {
            try {
                call.run();
                return "ok";
            } catch (Exception e) {
                return e.getClass().getSimpleName();
            }
        });
    }

    /** Counted outcomes of {@link #outcomes}. */
    public static Map<String, Long> counted(List<String> outcomes) {
        Map<String, Long> counted = new TreeMap<>();
        outcomes.forEach(o -> counted.merge(o, 1L, Long::sum));
        return counted;
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** One number from SQL over every council's rows, read as the association reader. */
    public static long count(String sql) {
        try (Connection db = TestDatabase.asApp()) {
            db.setAutoCommit(false);
            db.createStatement().execute("set local role eelga_association_reader");
            try (ResultSet rows = db.createStatement().executeQuery(sql)) {
                rows.next();
                long count = rows.getLong(1);
                db.rollback();
                return count;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
