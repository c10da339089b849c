package uk.org.eelga.tenancy;

import io.micronaut.core.annotation.Nullable;
import java.io.Serializable;
import java.util.Comparator;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Who is asking: a person the platform has let in, with their platform roles and, for council people, their council.
 * Made once per request from the verified identity only ({@code identity.MembershipCheck}): for pages at sign-in and
 * kept in the HTTP session (checked again on every page request), for the API from the bearer token on every call.
 * Nothing a client sends can change it. {@link TenantScope} binds its council for the unit of work; services take it
 * and ask it what the caller may do.
 *
 * <p>Every authorisation rule that is about who the caller is lives here, once: {@link #requireStaff},
 * {@link #requireAssociationAdmin}, {@link #councilOrRefuse}, {@link #requireOwn}, {@link #requireOwnOrStaff}.
 * Each refuses with a {@link Refusal} of kind {@code FORBIDDEN} (403: "you may not do this") or {@code NOT_FOUND} (404:
 * another council's ids reveal nothing), in the sentence the feature gives; a feature that has its own refusal type
 * passes it instead.
 */
public record Caller(
        String subject,
        String email,
        String displayName,
        Set<Role> roles,
        @Nullable TenantId council,
        @Nullable String councilName)
        implements Serializable {

    public Caller {
        roles = Set.copyOf(roles);
    }

    /**
     * The platform itself acting as association staff, with no council, for work no person starts (a job, a webhook,
     * a loader): the history names {@code displayName} rather than a person.
     */
    public static Caller platform(String subject, String email, String displayName) {
        return new Caller(subject, email, displayName, Set.of(Role.ASSOCIATION_STAFF), null, null);
    }

    /** Association staff, or an association admin (who can do everything staff can). */
    public boolean isAssociationStaff() {
        return roles.contains(Role.ASSOCIATION_STAFF) || roles.contains(Role.ASSOCIATION_ADMIN);
    }

    public boolean isAssociationAdmin() {
        return roles.contains(Role.ASSOCIATION_ADMIN);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the caller has any of these roles. */
    public boolean hasAny(Role... anyOf) {
        for (Role role : anyOf) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean hasRole(String claim) {
        return roles.stream().anyMatch(role -> role.claim().equals(claim))
                // association admins can do everything association staff can
                || (Roles.ASSOCIATION_STAFF.equals(claim) && roles.contains(Role.ASSOCIATION_ADMIN));
    }

    /** Whether {@code other} is the caller's own council (never true for association staff, who have none). */
    public boolean owns(@Nullable TenantId other) {
        return council != null && council.equals(other);
    }

    /** Whether the caller is an admin of {@code other}: an association admin, or a council admin of that council. */
    public boolean administers(TenantId other) {
        return isAssociationAdmin() || (has(Role.COUNCIL_ADMIN) && owns(other));
    }

    /** The most senior role, for display ("Leader, Norwich City Council"). */
    public Role mainRole() {
        return roles.stream().max(Comparator.naturalOrder()).orElseThrow();
    }

    /** Refuses (403, {@code forbidden}) anyone but association staff, saying {@code sentence}. */
    public Caller requireStaff(String sentence) {
        return requireStaff(() -> forbidden(sentence));
    }

    /** Refuses anyone but association staff with the feature's own refusal. */
    public Caller requireStaff(Supplier<? extends RuntimeException> refusal) {
        if (!isAssociationStaff()) {
            throw refusal.get();
        }
        return this;
    }

    /** Refuses (403, {@code forbidden}) anyone but association admins, saying {@code sentence}. */
    public Caller requireAssociationAdmin(String sentence) {
        return requireAssociationAdmin(() -> forbidden(sentence));
    }

    public Caller requireAssociationAdmin(Supplier<? extends RuntimeException> refusal) {
        if (!isAssociationAdmin()) {
            throw refusal.get();
        }
        return this;
    }

    /** Refuses (403, {@code forbidden}) a caller without any of these roles, saying {@code sentence}. */
    public Caller requireAny(String sentence, Role... anyOf) {
        return requireAny(() -> forbidden(sentence), anyOf);
    }

    public Caller requireAny(Supplier<? extends RuntimeException> refusal, Role... anyOf) {
        if (!hasAny(anyOf)) {
            throw refusal.get();
        }
        return this;
    }

    /**
     * The caller's own council, for work a council does for itself; refuses (403, {@code forbidden}) association staff
     * and anyone else without a council, saying {@code sentence}. The unit of work must be bound to that council by
     * {@link TenantScope} (it is, for every page and API request): anything else is a programming error and fails.
     */
    public TenantId councilOrRefuse(String sentence) {
        return councilOrRefuse(() -> forbidden(sentence));
    }

    public TenantId councilOrRefuse(Supplier<? extends RuntimeException> refusal) {
        if (council == null) {
            throw refusal.get();
        }
        TenantScope.requireBoundTo(council);
        return council;
    }

    /**
     * Refuses with 404 ({@code not-found}, "No such council") unless {@code other} is the caller's own council: to
     * anyone else another council's id looks like one that does not exist.
     */
    public Caller requireOwn(@Nullable TenantId other) {
        if (!owns(other)) {
            throw new NotFoundForCaller("No such council");
        }
        return this;
    }

    /** As {@link #requireOwn}, with the feature's own refusal. */
    public Caller requireOwn(@Nullable TenantId other, Supplier<? extends RuntimeException> refusal) {
        if (!owns(other)) {
            throw refusal.get();
        }
        return this;
    }

    /** As {@link #requireOwn}, but association staff may see any council. */
    public Caller requireOwnOrStaff(@Nullable TenantId other) {
        if (!isAssociationStaff() && !owns(other)) {
            throw new NotFoundForCaller("No such council");
        }
        return this;
    }

    /** As {@link #requireOwn}, for {@link #administers} and with the feature's own refusal. */
    public Caller requireAdminOf(TenantId other, Supplier<? extends RuntimeException> refusal) {
        if (!administers(other)) {
            throw refusal.get();
        }
        return this;
    }

    private static ActionRefused forbidden(String sentence) {
        return new ActionRefused(Refusal.Kind.FORBIDDEN, "forbidden", sentence);
    }
}
