package uk.org.eelga.bench.vaadin;

/** Receives the time of every exchange the driver makes, by step type (see the README for the list). */
@FunctionalInterface
public interface Timings {

    void record(String step, long nanos);

    Timings NONE = (step, nanos) -> {};
}
