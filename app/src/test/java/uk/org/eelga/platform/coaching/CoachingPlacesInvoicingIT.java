package uk.org.eelga.platform.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.billing.InvoiceKind;
import uk.org.eelga.platform.billing.InvoiceSummary;
import uk.org.eelga.platform.billing.Invoices;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.tenancy.TenantScope;

/** Paid coaching places become one invoice each, to the booking's council, once. */
@PlatformIT
class CoachingPlacesInvoicingIT {

    @Inject
    CoachingCatalogue catalogue;

    @Inject
    CoachingBookings bookings;

    @Inject
    CoachingPlacesInvoicing invoicing;

    @Inject
    Invoices invoices;

    @Inject
    PastDelegates pastDelegates;

    @Inject
    CoachingBillables billables;

    @BeforeEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void each_confirmed_paid_place_is_invoiced_once_to_its_own_council_with_vat() {
        SessionSummary paid = CoachingFixtures.session(catalogue, 5, 45_000, Duration.ofDays(40), Duration.ofDays(30));
        SessionSummary free = CoachingFixtures.upcoming(catalogue, 5);
        TenantScope.runAs(Fixtures.memberOf(Fixtures.NORWICH), () -> {
            bookings.book(Fixtures.NORA, new BookingRequest(paid.id(), "Nora Delegate", "nora@norwich.demo"));
            bookings.book(Fixtures.NORA, new BookingRequest(free.id(), "Nora Free", "free@norwich.demo"));
        });

        LocalDate due = LocalDate.now().plusDays(30);
        int first = invoicing.invoicePaidPlaces(Fixtures.staff(), due);
        int again = invoicing.invoicePaidPlaces(Fixtures.staff(), due);

        assertThat(first).isEqualTo(1);
        assertThat(again).isZero();
        java.util.List<InvoiceSummary> norwich =
                TenantScope.callAs(Fixtures.memberOf(Fixtures.NORWICH), () -> invoices.ours());
        assertThat(norwich)
                .filteredOn(i -> i.kind().equals(InvoiceKind.COACHING.label()))
                .singleElement()
                .satisfies(invoice -> {
                    assertThat(invoice.netPence()).isEqualTo(45_000);
                    assertThat(invoice.vatPence()).isEqualTo(9_000);
                    assertThat(invoice.totalPence()).isEqualTo(54_000);
                    assertThat(invoice.dueOn()).isEqualTo(due);
                });
        assertThat(TenantScope.callAs(Fixtures.memberOf(Fixtures.CAMBRIDGE), () -> invoices.ours()))
                .isEmpty();
    }

    @Test
    void a_delegate_entered_from_a_paper_register_is_never_invoiced_as_its_place_was_billed_before_the_platform() {
        SessionSummary past =
                CoachingFixtures.session(catalogue, 5, 45_000, Duration.ofDays(-400), Duration.ofDays(-410));
        pastDelegates.enter(
                Fixtures.staff(),
                past.id(),
                new PastDelegates.PastDelegate(
                        "norwich", "Nora Paper", "paper@norwich.demo", true, true, "paper register"));

        assertThat(invoicing.invoicePaidPlaces(Fixtures.staff(), LocalDate.now().plusDays(30)))
                .isZero();
        assertThat(billables.confirmedPaidPlaces(Fixtures.staff())).isEmpty();
        assertThat(TenantScope.callAs(Fixtures.memberOf(Fixtures.NORWICH), () -> invoices.ours()))
                .isEmpty();
    }

    @Test
    void council_people_cannot_run_coaching_invoicing() {
        assertThatThrownBy(() -> invoicing.invoicePaidPlaces(Fixtures.NORA, LocalDate.now()))
                .isInstanceOf(SecurityException.class);
    }
}
