package uk.org.eelga.platform.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;

/**
 * The rules of a session as the console page meets them (the page calls this same service): a change without a
 * price is refused and the price stays; cut-offs come before the session; text and numbers have limits.
 */
@PlatformIT
class SessionRulesIT {

    @Inject
    CoachingCatalogue catalogue;

    @Test
    void a_change_without_a_price_is_refused_and_the_session_keeps_its_price() {
        SessionSummary session =
                CoachingFixtures.session(catalogue, 5, 25_000, Duration.ofDays(30), Duration.ofDays(20));
        assertThatThrownBy(() -> catalogue.updateSession(Fixtures.staff(), session.id(), draft(session, null)))
                .isInstanceOf(BookingRefused.class)
                .extracting(e -> ((BookingRefused) e).code())
                .isEqualTo("session-price");
        assertThat(catalogue.session(session.id()).pricePence()).isEqualTo(25_000);
    }

    @Test
    void cut_offs_after_the_start_or_a_year_before_it_and_absurd_sizes_are_refused() {
        SessionSummary session = CoachingFixtures.upcoming(catalogue, 5);
        Instant start = session.startsAt();
        SessionDraft good = draft(session, 0L);
        for (SessionDraft bad : new SessionDraft[] {
            withCutoff(good, start.plus(Duration.ofMinutes(1))),
            withCutoff(good, start.minus(Duration.ofDays(400))),
            withCutoff(good, Instant.parse("1900-01-01T00:00:00Z")),
            new SessionDraft(
                    good.cohortId(),
                    good.title(),
                    start,
                    start.plus(Duration.ofDays(60)),
                    good.venue(),
                    5,
                    0L,
                    null,
                    good.cancellationCutoff()),
            new SessionDraft(
                    good.cohortId(),
                    good.title(),
                    good.startsAt(),
                    good.endsAt(),
                    good.venue(),
                    10_001,
                    0L,
                    null,
                    good.cancellationCutoff()),
            new SessionDraft(
                    good.cohortId(),
                    good.title(),
                    good.startsAt(),
                    good.endsAt(),
                    good.venue(),
                    5,
                    Long.MAX_VALUE,
                    null,
                    good.cancellationCutoff()),
            new SessionDraft(
                    good.cohortId(),
                    good.title(),
                    good.startsAt(),
                    good.endsAt(),
                    good.venue(),
                    5,
                    0L,
                    6,
                    good.cancellationCutoff()),
            new SessionDraft(
                    good.cohortId(),
                    "x".repeat(201),
                    good.startsAt(),
                    good.endsAt(),
                    good.venue(),
                    5,
                    0L,
                    null,
                    good.cancellationCutoff()),
            new SessionDraft(
                    good.cohortId(),
                    good.title(),
                    good.startsAt(),
                    good.endsAt(),
                    "Ely\u0000",
                    5,
                    0L,
                    null,
                    good.cancellationCutoff()),
        }) {
            assertThatThrownBy(() -> catalogue.updateSession(Fixtures.staff(), session.id(), bad))
                    .isInstanceOf(BookingRefused.class);
        }
        assertThat(catalogue.session(session.id()).title()).isEqualTo(session.title());
    }

    @Test
    void a_cohort_name_is_unique_plain_and_bounded_and_needs_a_programme() {
        String name = "Unique " + System.nanoTime();
        catalogue.createCohort(Fixtures.staff(), Programme.CPD, name, "");
        assertThatThrownBy(() -> catalogue.createCohort(Fixtures.staff(), Programme.ILM7, name, ""))
                .extracting(e -> ((BookingRefused) e).code())
                .isEqualTo("cohort-name-taken");
        assertThatThrownBy(() -> catalogue.createCohort(Fixtures.staff(), null, name + " b", ""))
                .extracting(e -> ((BookingRefused) e).code())
                .isEqualTo("cohort-programme");
        assertThatThrownBy(() -> catalogue.createCohort(Fixtures.staff(), Programme.CPD, "y".repeat(201), ""))
                .extracting(e -> ((BookingRefused) e).code())
                .isEqualTo("cohort-name");
        assertThatThrownBy(() -> catalogue.createCohort(Fixtures.staff(), Programme.CPD, name + " c", "z".repeat(5001)))
                .extracting(e -> ((BookingRefused) e).code())
                .isEqualTo("cohort-description");
    }

    private static SessionDraft draft(SessionSummary s, Long pricePence) {
        Instant start = s.startsAt().truncatedTo(ChronoUnit.SECONDS);
        return new SessionDraft(
                s.cohortId(),
                s.title(),
                start,
                start.plus(Duration.ofHours(6)),
                "Bury St Edmunds",
                5,
                pricePence,
                null,
                start.minus(Duration.ofDays(10)));
    }

    private static SessionDraft withCutoff(SessionDraft d, Instant cutoff) {
        return new SessionDraft(
                d.cohortId(),
                d.title(),
                d.startsAt(),
                d.endsAt(),
                d.venue(),
                d.capacity(),
                d.pricePence(),
                d.allowancePerCouncil(),
                cutoff);
    }
}
