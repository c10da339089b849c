package uk.org.eelga.platform.coaching;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Sessions with their cohort, as the records the views and the API show. */
@Singleton
class SessionSummaries {

    private final CohortRepository cohorts;
    private final SessionRepository sessions;

    SessionSummaries(CohortRepository cohorts, SessionRepository sessions) {
        this.cohorts = cohorts;
        this.sessions = sessions;
    }

    @ReadOnly
    SessionSummary session(long id) {
        return sessions.findById(id)
                .map(s -> of(List.of(s)).get(0))
                .orElseThrow(() -> new CoachingNotFound("No such session"));
    }

    @ReadOnly
    List<SessionSummary> of(List<CoachingSession> found) {
        Map<Long, CoachingCohort> byId =
                cohorts.findAll().stream().collect(Collectors.toMap(CoachingCohort::id, Function.identity()));
        return found.stream()
                .map(s -> summary(
                        s, byId.get(s.cohortId()).name(), byId.get(s.cohortId()).programme()))
                .toList();
    }

    /** One cohort's sessions, the cohort already known (no read of the cohorts). */
    List<SessionSummary> of(List<CoachingSession> found, CohortSummary cohort) {
        return found.stream()
                .map(s -> summary(s, cohort.name(), cohort.programme()))
                .toList();
    }

    private static SessionSummary summary(CoachingSession s, String cohortName, Programme programme) {
        return new SessionSummary(
                s.id(),
                s.cohortId(),
                cohortName,
                programme,
                s.title(),
                s.startsAt(),
                s.endsAt(),
                s.venue(),
                s.capacity(),
                s.confirmedCount(),
                s.pricePence(),
                s.allowancePerCouncil(),
                s.cancellationCutoff());
    }
}
