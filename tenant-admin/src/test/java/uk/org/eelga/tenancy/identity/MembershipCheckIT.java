package uk.org.eelga.tenancy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.tenancy.KernelIT;
import uk.org.eelga.tenancy.TenantDatabase;
import uk.org.eelga.tenancy.TenantId;

/**
 * Who gets in, decided from the verified organisation claim against the real council register, for a page's sign-in
 * and a bearer token's admission alike.
 */
@KernelIT
class MembershipCheckIT {

    @Inject
    MembershipCheck check;

    @AfterEach
    void restoreLuton() throws Exception {
        try (Connection owner = TenantDatabase.asOwner()) {
            owner.createStatement()
                    .execute("update council set status = 'ACTIVE', successor_id = null, merged_on = null"
                            + " where id = 'luton'");
        }
    }

    @Test
    void an_officer_of_a_member_council_is_admitted_as_that_council() {
        Membership decision = decided(identity(List.of("norwich"), List.of("council-officer")));
        assertThat(decision).isInstanceOfSatisfying(Membership.Admitted.class, admitted -> {
            assertThat(admitted.caller().council()).isEqualTo(TenantId.of("norwich"));
            assertThat(admitted.caller().councilName()).isEqualTo("Norwich City Council");
        });
    }

    @Test
    void no_organisation_an_unknown_one_or_a_malformed_one_is_refused_as_not_linked() {
        for (List<String> organisations : List.of(List.<String>of(), List.of("atlantis"), List.of("Norwich'--"))) {
            assertThat(code(decided(identity(organisations, List.of("council-officer")))))
                    .as(organisations.toString())
                    .isEqualTo("not-linked");
        }
    }

    @Test
    void belonging_to_two_councils_is_refused_rather_than_guessed() {
        assertThat(code(decided(identity(List.of("norwich", "ipswich"), List.of("council-officer")))))
                .isEqualTo("several-councils");
    }

    @Test
    void a_council_person_without_a_platform_role_is_refused() {
        assertThat(code(decided(identity(List.of("norwich"), List.of("offline_access")))))
                .isEqualTo("no-role");
    }

    @Test
    void people_of_a_suspended_council_are_refused() throws Exception {
        try (Connection owner = TenantDatabase.asOwner()) {
            owner.createStatement().execute("update council set status = 'SUSPENDED' where id = 'luton'");
        }
        assertThat(code(decided(identity(List.of("luton"), List.of("council-leader")))))
                .isEqualTo("council-suspended");
    }

    @Test
    void people_of_a_merged_council_are_told_where_their_council_went_and_of_a_departed_one_that_it_left()
            throws Exception {
        try (Connection owner = TenantDatabase.asOwner()) {
            owner.createStatement()
                    .execute("update council set status = 'MERGED', successor_id = 'bedford',"
                            + " merged_on = date '2019-04-01' where id = 'luton'");
        }
        Membership merged = decided(identity(List.of("luton"), List.of("council-officer")));
        assertThat(code(merged)).isEqualTo("council-merged");
        assertThat(((Membership.Refused) merged).reason())
                .isEqualTo("Luton Borough Council is now part of Bedford Borough Council. Sign out and sign in again"
                        + " to use Bedford Borough Council's portal.");

        try (Connection owner = TenantDatabase.asOwner()) {
            owner.createStatement()
                    .execute("update council set status = 'LEFT', successor_id = null, merged_on = null"
                            + " where id = 'luton'");
        }
        assertThat(code(decided(identity(List.of("luton"), List.of("council-officer")))))
                .isEqualTo("council-left");
    }

    @Test
    void association_staff_are_admitted_with_no_council() {
        Membership decision = decided(identity(List.of(), List.of("association-staff")));
        assertThat(decision).isInstanceOfSatisfying(Membership.Admitted.class, admitted -> assertThat(
                        admitted.caller().council())
                .isNull());
    }

    /**
     * The decision for the identity, the same whether asked alone or as a token's admission (which reads the
     * council together with the person's standing, in one statement).
     */
    private Membership decided(VerifiedIdentity identity) {
        Membership alone = check.decide(identity);
        MembershipCheck.TokenAdmission admission = check.admitToken(identity);
        assertThat(admission.membership()).isEqualTo(alone);
        assertThat(admission.standing().accessChangedAt()).isNull();
        return alone;
    }

    private static VerifiedIdentity identity(List<String> organisations, List<String> roles) {
        return new VerifiedIdentity(
                "subject", "person@example.demo", "A Person", organisations, roles, java.time.Instant.now(), null);
    }

    private static String code(Membership decision) {
        return ((Membership.Refused) decision).code();
    }
}
