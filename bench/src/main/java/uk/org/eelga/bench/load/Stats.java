package uk.org.eelga.bench.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import uk.org.eelga.bench.vaadin.Timings;

/** Latencies by step type, errors by kind and action counts for one phase of a run. Thread-safe. */
final class Stats implements Timings {

    /** All samples of one step type (microseconds), kept whole so percentiles are exact. */
    static final class Samples {
        private long[] micros = new long[1024];
        private int count;

        synchronized void add(long value) {
            if (count == micros.length) {
                micros = Arrays.copyOf(micros, count * 2);
            }
            micros[count++] = value;
        }

        synchronized long[] sorted() {
            long[] copy = Arrays.copyOf(micros, count);
            Arrays.sort(copy);
            return copy;
        }
    }

    record Line(String step, int count, double p50, double p95, double p99, double max, double mean) {}

    private final Map<String, Samples> steps = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final Map<String, String> errorExamples = new ConcurrentHashMap<>();
    final LongAdder actions = new LongAdder();
    final LongAdder requests = new LongAdder();
    final AtomicLong firstNanos = new AtomicLong();

    @Override
    public void record(String step, long nanos) {
        steps.computeIfAbsent(step, s -> new Samples()).add(nanos / 1000);
        if (!step.contains("(")) {
            requests.increment();
        }
    }

    void error(String kind, String example) {
        errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
        errorExamples.putIfAbsent(kind, example == null ? "" : example);
    }

    Map<String, Long> errors() {
        Map<String, Long> copy = new TreeMap<>();
        errors.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }

    Map<String, String> errorExamples() {
        return new TreeMap<>(errorExamples);
    }

    long errorCount() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        new TreeMap<>(steps).forEach((step, samples) -> {
            long[] sorted = samples.sorted();
            if (sorted.length == 0) {
                return;
            }
            double sum = 0;
            for (long v : sorted) {
                sum += v;
            }
            lines.add(new Line(
                    step,
                    sorted.length,
                    percentile(sorted, 0.50),
                    percentile(sorted, 0.95),
                    percentile(sorted, 0.99),
                    sorted[sorted.length - 1] / 1000.0,
                    sum / sorted.length / 1000.0));
        });
        return lines;
    }

    /** One line over several step types together (e.g. every primary page-interaction round trip). */
    Line merged(String name, String... stepNames) {
        List<Long> all = new ArrayList<>();
        for (String step : stepNames) {
            Samples samples = steps.get(step);
            if (samples != null) {
                for (long v : samples.sorted()) {
                    all.add(v);
                }
            }
        }
        if (all.isEmpty()) {
            return new Line(name, 0, 0, 0, 0, 0, 0);
        }
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        double sum = 0;
        for (long v : sorted) {
            sum += v;
        }
        return new Line(
                name,
                sorted.length,
                percentile(sorted, 0.50),
                percentile(sorted, 0.95),
                percentile(sorted, 0.99),
                sorted[sorted.length - 1] / 1000.0,
                sum / sorted.length / 1000.0);
    }

    Line line(String step) {
        return lines().stream().filter(l -> l.step().equals(step)).findFirst().orElse(null);
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1000.0;
    }
}
