package uk.org.eelga.platform.coaching;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import uk.org.eelga.tenancy.identity.SignedInUser;

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

    @ReadOnly
    public List<SessionSummary> upcomingSessions() {
        return summaries.of(sessions.findByStartsAtGreaterThanOrderByStartsAt(clock.instant()));
    }

    @ReadOnly
    public List<CohortSummary> cohorts() {
        return cohorts.findAllOrderByName().stream()
                .map(CoachingCatalogue::summary)
                .toList();
    }

    @ReadOnly
    public List<SessionSummary> sessionsOf(long cohortId) {
        return summaries.of(sessions.findByCohortIdOrderByStartsAt(cohortId));
    }

    public SessionSummary session(long id) {
        return summaries.session(id);
    }

    @Transactional
    public CohortSummary createCohort(SignedInUser staff, Programme programme, String name, String description) {
        requireStaff(staff);
        if (name == null || name.isBlank()) {
            throw new BookingRefused("cohort-name", "Give the cohort a name.");
        }
        return summary(
                cohorts.save(new CoachingCohort(null, programme, name.trim(), description == null ? "" : description)));
    }

    @Transactional
    public SessionSummary createSession(SignedInUser staff, SessionDraft draft) {
        requireStaff(staff);
        validate(draft);
        cohorts.findById(draft.cohortId()).orElseThrow(() -> new CoachingNotFound("No such cohort"));
        CoachingSession saved = sessions.save(new CoachingSession(
                null,
                draft.cohortId(),
                draft.title().trim(),
                draft.startsAt(),
                draft.endsAt(),
                draft.venue().trim(),
                draft.capacity(),
                draft.pricePence(),
                draft.allowancePerCouncil(),
                draft.cancellationCutoff(),
                0));
        return summaries.of(List.of(saved)).get(0);
    }

    /** Changes a session; more places go to the waitlist at once, fewer than are confirmed is refused. */
    public SessionSummary updateSession(SignedInUser staff, long sessionId, SessionDraft draft) {
        requireStaff(staff);
        validate(draft);
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
        if (draft.startsAt() == null
                || draft.endsAt() == null
                || !draft.endsAt().isAfter(draft.startsAt())) {
            throw new BookingRefused("session-dates", "The session must end after it starts.");
        }
        if (draft.cancellationCutoff() == null || draft.cancellationCutoff().isAfter(draft.startsAt())) {
            throw new BookingRefused("session-cutoff", "The cancellation cut-off must be no later than the start.");
        }
        if (draft.capacity() < 1) {
            throw new BookingRefused("session-capacity", "A session needs at least one place.");
        }
        if (draft.pricePence() < 0) {
            throw new BookingRefused("session-price", "The price cannot be negative; use 0 for a free session.");
        }
        if (draft.allowancePerCouncil() != null && draft.allowancePerCouncil() < 1) {
            throw new BookingRefused("session-allowance", "An allowance per council must be at least one place.");
        }
    }

    private static CohortSummary summary(CoachingCohort cohort) {
        return new CohortSummary(cohort.id(), cohort.programme(), cohort.name(), cohort.description());
    }

    static void requireStaff(SignedInUser user) {
        if (!user.isAssociationStaff()) {
            throw new SecurityException("Only association staff keep the coaching programme");
        }
    }
}
