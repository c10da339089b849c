package uk.org.eelga.platform.coaching;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.input.Dates;
import uk.org.eelga.tenancy.input.Text;

/** The programme's cohorts and sessions: read by everyone, kept by association staff. */
@Singleton
public class CoachingCatalogue {

    private final CohortRepository cohorts;
    private final SessionRepository sessions;
    private final PlaceLedger ledger;
    private final BookingMails mails;
    private final SessionSummaries summaries;
    private final Clock clock;

    CoachingCatalogue(
            CohortRepository cohorts,
            SessionRepository sessions,
            PlaceLedger ledger,
            BookingMails mails,
            SessionSummaries summaries,
            Clock clock) {
        this.cohorts = cohorts;
        this.summaries = summaries;
        this.sessions = sessions;
        this.ledger = ledger;
        this.mails = mails;
        this.clock = clock;
    }

    private static final Duration LONGEST_SESSION = Duration.ofDays(31);
    private static final Duration LONGEST_NOTICE = Duration.ofDays(366);

    @ReadOnly
    public List<SessionSummary> upcomingSessions() {
        return summaries.of(sessions.findByStartsAtGreaterThanOrderByStartsAt(clock.instant()));
    }

    /** The cohort of the next session to come, if any is to come. */
    @ReadOnly
    public java.util.Optional<Long> cohortOfNextSession() {
        return sessions.cohortOfNextSession(clock.instant());
    }

    /** Every cohort, newest first (a cohort still without sessions first of all). */
    @ReadOnly
    public List<CohortSummary> cohorts() {
        return cohorts.findAllNewestFirst().stream()
                .map(CoachingCatalogue::summary)
                .toList();
    }

    @ReadOnly
    public List<SessionSummary> sessionsOf(long cohortId) {
        return summaries.of(sessions.findByCohortIdOrderByStartsAt(cohortId));
    }

    /** The chosen cohort's sessions (the page has the cohort, so only its sessions are read). */
    @ReadOnly
    public List<SessionSummary> sessionsOf(CohortSummary cohort) {
        return summaries.of(sessions.findByCohortIdOrderByStartsAt(cohort.id()), cohort);
    }

    public SessionSummary session(long id) {
        return summaries.session(id);
    }

    @Transactional
    public CohortSummary createCohort(Caller staff, Programme programme, String name, String description) {
        staff.requireStaff(STAFF_ONLY);
        if (programme == null) {
            throw new BookingRefused("cohort-programme", "Choose the cohort's programme.");
        }
        if (name == null || name.isBlank()) {
            throw new BookingRefused("cohort-name", "Give the cohort a name.");
        }
        Text.check("the cohort's name", name, Text.NAME, false, m -> new BookingRefused("cohort-name", m));
        Text.check(
                "the description", description, Text.PARAGRAPH, true, m -> new BookingRefused("cohort-description", m));
        String trimmed = name.trim();
        if (cohorts.existsByName(trimmed)) {
            throw new BookingRefused("cohort-name-taken", "There is already a cohort called " + trimmed + ".");
        }
        return summary(
                cohorts.save(new CoachingCohort(null, programme, trimmed, description == null ? "" : description)));
    }

    @Transactional
    public SessionSummary createSession(Caller staff, SessionDraft draft) {
        staff.requireStaff(STAFF_ONLY);
        validate(draft);
        cohorts.findById(draft.cohortId()).orElseThrow(() -> new CoachingNotFound("No such cohort"));
        CoachingSession saved = sessions.save(CoachingSession.of(null, draft, 0));
        return summaries.of(List.of(saved)).get(0);
    }

    /** Changes a session; more places go to the waitlist at once, fewer than are confirmed is refused. */
    public SessionSummary updateSession(Caller staff, long sessionId, SessionDraft draft) {
        staff.requireStaff(STAFF_ONLY);
        validate(draft);
        if (!cohorts.existsById(draft.cohortId())) {
            throw new BookingRefused("session-cohort", "There is no such cohort to move the session to.");
        }
        List<PlaceLedger.Promoted> promoted = ledger.update(sessionId, draft);
        mails.promoted(promoted);
        return session(sessionId);
    }

    private static void validate(SessionDraft draft) {
        if (draft.title() == null
                || draft.title().isBlank()
                || draft.venue() == null
                || draft.venue().isBlank()) {
            throw new BookingRefused("session-details", "Give the session a title and a venue.");
        }
        Text.check("the title", draft.title(), Text.NAME, false, m -> new BookingRefused("session-details", m));
        Text.check("the venue", draft.venue(), Text.NAME, false, m -> new BookingRefused("session-details", m));
        if (draft.startsAt() == null
                || draft.endsAt() == null
                || !draft.endsAt().isAfter(draft.startsAt())) {
            throw new BookingRefused("session-dates", "The session must end after it starts.");
        }
        if (!Dates.plausible(draft.startsAt())
                || !Dates.plausible(draft.endsAt())
                || !Dates.plausible(draft.cancellationCutoff())) {
            throw new BookingRefused("session-dates", "Give dates between 1900 and 2199.");
        }
        if (Duration.between(draft.startsAt(), draft.endsAt()).compareTo(LONGEST_SESSION) > 0) {
            throw new BookingRefused("session-dates", "A session lasts at most 31 days; add one session per part.");
        }
        if (draft.cancellationCutoff() == null || draft.cancellationCutoff().isAfter(draft.startsAt())) {
            throw new BookingRefused("session-cutoff", "The cancellation cut-off must be no later than the start.");
        }
        if (draft.cancellationCutoff().isBefore(draft.startsAt().minus(LONGEST_NOTICE))) {
            throw new BookingRefused(
                    "session-cutoff", "The cancellation cut-off can be at most a year before the session.");
        }
        if (draft.capacity() < 1 || draft.capacity() > SessionDraft.MAX_CAPACITY) {
            throw new BookingRefused("session-capacity", "A session has 1 to 10,000 places.");
        }
        if (draft.pricePence() == null) {
            throw new BookingRefused(
                    "session-price",
                    "Give the price in pence; use 0 for a free session (a missing price is not free).");
        }
        if (draft.pricePence() < 0 || draft.pricePence() > SessionDraft.MAX_PRICE_PENCE) {
            throw new BookingRefused(
                    "session-price", "The price is £0 to £100,000 (0 to 10,000,000 pence); use 0 for a free session.");
        }
        if (draft.allowancePerCouncil() != null
                && (draft.allowancePerCouncil() < 1 || draft.allowancePerCouncil() > draft.capacity())) {
            throw new BookingRefused(
                    "session-allowance", "An allowance per council is at least one place and at most the capacity.");
        }
    }

    private static CohortSummary summary(CoachingCohort cohort) {
        return new CohortSummary(cohort.id(), cohort.programme(), cohort.name(), cohort.description());
    }

    /** How the coaching programme refuses anyone but association staff. */
    static final Supplier<SecurityException> STAFF_ONLY =
            () -> new SecurityException("Only association staff keep the coaching programme");
}
