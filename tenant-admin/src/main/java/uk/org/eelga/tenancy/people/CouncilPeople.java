package uk.org.eelga.tenancy.people;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Role;

/** The bound council's people: recorded at each sign-in, listed for the council. */
@Singleton
public class CouncilPeople {

    private final CouncilUserRepository users;
    private final Clock clock;

    CouncilPeople(CouncilUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    /** Records a council person's sign-in; must run with their council bound. */
    @Transactional
    public void recordSignIn(Caller user) {
        user.councilOrRefuse(() -> new IllegalStateException("Only a council's people's sign-ins are recorded"));
        Instant now = clock.instant();
        String roles = user.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", "));
        users.findBySubject(user.subject())
                .ifPresentOrElse(
                        known -> users.update(known.signedInAgain(user.email(), user.displayName(), roles, now)),
                        () -> users.save(new CouncilUser(
                                null, null, user.subject(), user.email(), user.displayName(), roles, now, now)));
    }

    @ReadOnly
    public List<PersonSummary> people() {
        return users.findAllOrderByDisplayName().stream()
                .map(CouncilUser::summary)
                .toList();
    }
}
