package uk.org.eelga.tenancy.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.council.CouncilKind;
import uk.org.eelga.tenancy.council.CouncilStatus;
import uk.org.eelga.tenancy.council.CouncilSummary;

/**
 * Whether a person's access still stands, checked on every API call and page request, not only when a token or
 * session is made: when a person is deactivated or their roles change (through {@code users.CouncilUserAdmin}),
 * the time is recorded and every token issued and page session begun before it is refused from then on. One
 * indexed read per call ({@code person_standing} by subject, beside the council's status for pages).
 */
@jakarta.inject.Singleton
public class PersonStanding {

    private final JdbcOperations jdbc;
    private final Clock clock;

    PersonStanding(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Why access was withdrawn, in words for the person. */
    public enum Change {
        DEACTIVATED("Your account was deactivated by your council's administrator."),
        ROLES_CHANGED("Your roles on the platform changed. Sign in again to carry on.");

        private final String reason;

        Change(String reason) {
            this.reason = reason;
        }

        /** The name in lower case with hyphens: {@code deactivated}, {@code roles-changed}. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public String reason() {
            return reason;
        }

        static Change of(String code) {
            for (Change change : values()) {
                if (change.code().equals(code)) {
                    return change;
                }
            }
            return ROLES_CHANGED;
        }
    }

    /**
     * Records that the person's access changed now, in the caller's transaction. {@code endedSessions} are their
     * Keycloak sessions open at this moment (ended by the caller): a token of theirs issued in this very second is
     * refused too, while one of a new sign-in in the same second is not.
     */
    @Transactional
    public void accessChanged(String subject, Change change, Collection<String> endedSessions) {
        Instant now = clock.instant();
        jdbc.prepareStatement(
                "insert into person_standing (subject, access_changed_at, reason, ended_sessions) values (?, ?, ?, ?)"
                        + " on conflict (subject) do update set access_changed_at = excluded.access_changed_at,"
                        + " reason = excluded.reason, ended_sessions = excluded.ended_sessions",
                st -> {
                    st.setString(1, subject);
                    st.setTimestamp(2, Timestamp.from(now));
                    st.setString(3, change.code());
                    st.setArray(4, st.getConnection().createArrayOf("text", endedSessions.toArray()));
                    return st.executeUpdate();
                });
    }

    /** The person's standing alone (API calls: the council was checked when admitting the token). */
    @ReadOnly
    public Standing of(String subject) {
        return read(subject, null);
    }

    /** The person's standing and their council's status, in one read (page requests). */
    @ReadOnly
    public Standing of(String subject, @Nullable TenantId council) {
        return read(subject, council);
    }

    /**
     * The person's standing and their council's entry in the register, in one read (an API call admitting a council
     * member's token: issue 13, the council was a second statement through the repository on every call).
     */
    @ReadOnly
    public StandingAndCouncil withCouncil(String subject, TenantId council) {
        return jdbc.prepareStatement(
                "select s.access_changed_at, s.reason, s.ended_sessions, c.status, c.id, c.name, c.kind,"
                        + " c.county_area, c.reorganisation_note"
                        + " from (select 1) one left join person_standing s on s.subject = ?"
                        + " left join council c on c.id = ?",
                st -> {
                    st.setString(1, subject);
                    st.setString(2, council.value());
                    try (var rows = st.executeQuery()) {
                        rows.next();
                        Standing standing = standing(rows);
                        return new StandingAndCouncil(
                                standing,
                                rows.getString(5) == null
                                        ? Optional.empty()
                                        : Optional.of(new CouncilSummary(
                                                rows.getString(5),
                                                rows.getString(6),
                                                CouncilKind.valueOf(rows.getString(7)),
                                                rows.getString(8),
                                                standing.councilStatus(),
                                                rows.getString(9))));
                    }
                });
    }

    /** A council member's standing and their council as the register has it (empty: no such council). */
    public record StandingAndCouncil(Standing standing, Optional<CouncilSummary> council) {}

    private static Standing standing(ResultSet rows) throws SQLException {
        Timestamp changed = rows.getTimestamp(1);
        Array ended = rows.getArray(3);
        String status = rows.getString(4);
        return new Standing(
                changed == null ? null : changed.toInstant(),
                changed == null ? null : Change.of(rows.getString(2)),
                ended == null ? Set.of() : Set.of((String[]) ended.getArray()),
                status == null ? null : CouncilStatus.valueOf(status));
    }

    private Standing read(String subject, @Nullable TenantId council) {
        return jdbc.prepareStatement(
                "select s.access_changed_at, s.reason, s.ended_sessions,"
                        + " (select c.status from council c where c.id = ?)"
                        + " from (select 1) one left join person_standing s on s.subject = ?",
                st -> {
                    st.setString(1, council == null ? null : council.value());
                    st.setString(2, subject);
                    try (var rows = st.executeQuery()) {
                        rows.next();
                        return standing(rows);
                    }
                });
    }

    /**
     * A person's standing: when their access last changed (null: never) and why, the Keycloak sessions open then, and
     * their council's status when it was asked for.
     */
    public record Standing(
            @Nullable Instant accessChangedAt,
            @Nullable Change change,
            Set<String> endedSessions,
            @Nullable CouncilStatus councilStatus) {

        /**
         * Whether a token issued at {@code issuedAt} (whole seconds, as tokens carry it) in Keycloak session
         * {@code sessionId} is still good: issued in a later second than the change, or in the same second by a session
         * that was not open at the change.
         */
        public boolean admitsToken(Instant issuedAt, @Nullable String sessionId) {
            if (accessChangedAt == null) {
                return true;
            }
            Instant second = accessChangedAt.truncatedTo(ChronoUnit.SECONDS);
            if (issuedAt.isBefore(second)) {
                return false;
            }
            if (issuedAt.isAfter(second)) {
                return true;
            }
            return sessionId != null && !endedSessions.contains(sessionId);
        }

        /** Whether a page session signed in at {@code signedInAt} is still good. */
        public boolean admitsSessionSince(Instant signedInAt) {
            return accessChangedAt == null || !signedInAt.isBefore(accessChangedAt);
        }

        public Optional<String> reason() {
            return Optional.ofNullable(change).map(Change::reason);
        }
    }
}
