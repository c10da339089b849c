package uk.org.eelga.platform.coaching;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import uk.org.eelga.platform.support.Fixtures;

/** Cohorts and sessions made through the platform's own catalogue, each test with its own. */
public final class CoachingFixtures {

    private static final AtomicInteger COUNT = new AtomicInteger();

    private CoachingFixtures() {}

    /** A session starting in {@code startsIn} with its cancellation cut-off {@code cutoffIn} from now. */
    public static SessionSummary session(
            CoachingCatalogue catalogue, int capacity, long pricePence, Duration startsIn, Duration cutoffIn) {
        CohortSummary cohort = catalogue.createCohort(
                Fixtures.staff(),
                Programme.ILM7,
                "Test cohort " + System.nanoTime() + "-" + COUNT.incrementAndGet(),
                "made by a test");
        Instant start = Instant.now().plus(startsIn);
        return catalogue.createSession(
                Fixtures.staff(),
                new SessionDraft(
                        cohort.id(),
                        "Workshop " + COUNT.get(),
                        start,
                        start.plus(Duration.ofHours(6)),
                        "Bury St Edmunds",
                        capacity,
                        pricePence,
                        null,
                        Instant.now().plus(cutoffIn)));
    }

    public static SessionSummary upcoming(CoachingCatalogue catalogue, int capacity) {
        return session(catalogue, capacity, 0, Duration.ofDays(30), Duration.ofDays(20));
    }
}
