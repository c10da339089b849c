package uk.org.eelga.platform.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.Race;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.tenancy.Refusal;
import uk.org.eelga.tenancy.council.CouncilKind;

/**
 * Correcting membership fees against the real database: a fee not yet invoiced is corrected (and audited); once the
 * membership invoicing run has billed with it, it is kept as billed and a change is refused in words; only staff set
 * fees.
 */
@PlatformIT
class MembershipFeesIT {

    static final String YEAR = "2012-13";

    @Inject
    MembershipFees fees;

    @Inject
    MembershipInvoicing membership;

    @BeforeEach
    void start() throws Exception {
        TestDatabase.clearTenantData();
        clean();
    }

    @AfterEach
    void stop() throws Exception {
        TestDatabase.clearTenantData();
        clean();
    }

    static void clean() throws Exception {
        TestDatabase.executeAsOwner("delete from billing_membership_fee where financial_year = '" + YEAR + "'");
    }

    @Test
    void a_fee_not_yet_invoiced_is_corrected_and_the_correction_is_audited() {
        fees.set(Fixtures.staff(), YEAR, CouncilKind.DISTRICT, new MembershipFees.FeeDraft(300_000L, BigDecimal.ZERO));
        MembershipFees.Fee corrected = fees.set(
                Fixtures.staff(),
                YEAR,
                CouncilKind.DISTRICT,
                new MembershipFees.FeeDraft(320_000L, new BigDecimal("20")));

        assertThat(corrected.feePence()).isEqualTo(320_000L);
        assertThat(fees.fees(YEAR)).singleElement().satisfies(f -> {
            assertThat(f.feePence()).isEqualTo(320_000L);
            assertThat(f.invoiced()).isFalse();
        });
        assertThat(Race.count("select count(*) from audit_event where action = 'billing.membership-fee.set'"
                        + " and before_state = '" + YEAR + " District £3,000.00'"
                        + " and after_state like '" + YEAR + " District £3,200.00%'"))
                .isEqualTo(1);
    }

    @Test
    void a_fee_the_membership_run_billed_with_cannot_be_changed_and_the_refusal_says_why() {
        fees.set(Fixtures.staff(), YEAR, CouncilKind.DISTRICT, new MembershipFees.FeeDraft(300_000L, BigDecimal.ZERO));
        MembershipInvoicing.Run run = membership.invoiceYear(
                Fixtures.associationAdmin(), YEAR, LocalDate.now().plusDays(30));
        assertThat(run.invoiced()).isPositive();

        assertThatThrownBy(() -> fees.set(
                        Fixtures.staff(),
                        YEAR,
                        CouncilKind.DISTRICT,
                        new MembershipFees.FeeDraft(310_000L, BigDecimal.ZERO)))
                .isInstanceOf(MembershipFees.InvalidFee.class)
                .hasMessage("The " + YEAR + " fee for district councils cannot be changed: councils have already been"
                        + " invoiced £3,000.00 with it, and a fee stays as it was invoiced")
                .satisfies(e -> assertThat(((Refusal) e).kind()).isEqualTo(Refusal.Kind.CONFLICT));
        assertThat(Race.count("select fee_pence from billing_membership_fee where financial_year = '" + YEAR
                        + "' and council_kind = 'DISTRICT'"))
                .isEqualTo(300_000L);

        // a kind the run did not bill (it had no fee) can still be set for the year, and corrected
        fees.set(Fixtures.staff(), YEAR, CouncilKind.UNITARY, new MembershipFees.FeeDraft(500_000L, BigDecimal.ZERO));
        fees.set(Fixtures.staff(), YEAR, CouncilKind.UNITARY, new MembershipFees.FeeDraft(510_000L, BigDecimal.ZERO));
        assertThat(fees.fees(YEAR))
                .extracting(f -> f.councilKind() + " " + f.feePence() + " " + f.invoiced())
                .containsExactlyInAnyOrder("DISTRICT 300000 true", "UNITARY 510000 false");
    }

    @Test
    void a_council_person_cannot_set_or_correct_a_fee() {
        fees.set(Fixtures.staff(), YEAR, CouncilKind.COUNTY, new MembershipFees.FeeDraft(900_000L, BigDecimal.ZERO));

        assertThatThrownBy(() -> fees.set(
                        Fixtures.NORA, YEAR, CouncilKind.COUNTY, new MembershipFees.FeeDraft(1L, BigDecimal.ZERO)))
                .isInstanceOf(MembershipFees.InvalidFee.class)
                .satisfies(e -> assertThat(((Refusal) e).kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
        assertThat(Race.count("select fee_pence from billing_membership_fee where financial_year = '" + YEAR
                        + "' and council_kind = 'COUNTY'"))
                .isEqualTo(900_000L);
    }
}
