package uk.org.eelga.tenancy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which tokens and page sessions survive a change of a person's access. */
class PersonStandingTest {

    static final Instant CHANGED = Instant.parse("2026-03-02T10:15:30.400Z");
    static final PersonStanding.Standing AFTER_CHANGE =
            new PersonStanding.Standing(CHANGED, PersonStanding.Change.ROLES_CHANGED, Set.of("old-session"), null);
    static final PersonStanding.Standing NEVER_CHANGED = new PersonStanding.Standing(null, null, Set.of(), null);

    @Test
    void a_person_whose_access_never_changed_keeps_every_token_and_session() {
        assertThat(NEVER_CHANGED.admitsToken(Instant.EPOCH, null)).isTrue();
        assertThat(NEVER_CHANGED.admitsSessionSince(Instant.EPOCH)).isTrue();
    }

    @Test
    void tokens_issued_in_an_earlier_second_are_refused_and_later_ones_admitted() {
        assertThat(AFTER_CHANGE.admitsToken(Instant.parse("2026-03-02T10:15:29Z"), "new-session"))
                .isFalse();
        assertThat(AFTER_CHANGE.admitsToken(Instant.parse("2026-03-02T10:15:31Z"), "old-session"))
                .isTrue();
    }

    @Test
    void in_the_second_of_the_change_only_a_session_opened_after_it_is_admitted() {
        Instant sameSecond = Instant.parse("2026-03-02T10:15:30Z");
        assertThat(AFTER_CHANGE.admitsToken(sameSecond, "old-session")).isFalse();
        assertThat(AFTER_CHANGE.admitsToken(sameSecond, null)).isFalse();
        assertThat(AFTER_CHANGE.admitsToken(sameSecond, "new-session")).isTrue();
    }

    @Test
    void page_sessions_signed_in_before_the_change_end() {
        assertThat(AFTER_CHANGE.admitsSessionSince(CHANGED.minusMillis(1))).isFalse();
        assertThat(AFTER_CHANGE.admitsSessionSince(CHANGED)).isTrue();
        assertThat(AFTER_CHANGE.reason()).contains(PersonStanding.Change.ROLES_CHANGED.reason());
    }
}
