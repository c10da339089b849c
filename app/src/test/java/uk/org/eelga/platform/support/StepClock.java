package uk.org.eelga.platform.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Seconds spent per named step of a long test, summed over its repeats (and its threads), for the test's own log line.
 */
public final class StepClock {

    private final Map<String, long[]> spent = new LinkedHashMap<>();

    /** Runs {@code step} and adds its time (and one repeat) to {@code name}. */
    public void time(String name, Runnable step) {
        long started = System.nanoTime();
        try {
            step.run();
        } finally {
            since(name, started);
        }
    }

    /** Adds the time since {@code startedNanos} (from {@link System#nanoTime()}) and one repeat to {@code name}. */
    public synchronized void since(String name, long startedNanos) {
        long[] total = spent.computeIfAbsent(name, k -> new long[2]);
        total[0] += System.nanoTime() - startedNanos;
        total[1]++;
    }

    @Override
    public synchronized String toString() {
        StringBuilder line = new StringBuilder();
        spent.forEach((name, total) -> line.append(line.isEmpty() ? "" : ", ")
                .append(String.format("%s %.1f s (%d times)", name, total[0] / 1e9, total[1])));
        return line.toString();
    }
}
