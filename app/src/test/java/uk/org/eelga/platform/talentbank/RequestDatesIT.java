package uk.org.eelga.platform.talentbank;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.tenancy.TenantScope;

/** A Talent Bank request starts from today (not in 1900), runs at most five years, and its texts are bounded. */
@PlatformIT
class RequestDatesIT {

    @Inject
    TalentBankRequests requests;

    @Inject
    TalentBankCatalogue catalogue;

    @BeforeEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void dates_out_of_range_and_unbounded_text_are_refused_by_the_service_the_portal_page_uses() {
        LocalDate today = LocalDate.now();
        refused(request(LocalDate.of(1900, 1, 1), LocalDate.of(1900, 2, 1), "Scope", null), "from today");
        refused(request(today.minusDays(1), today.plusDays(10), "Scope", null), "from today");
        refused(request(today.plusYears(6), today.plusYears(6).plusDays(1), "Scope", null), "5 years ahead");
        refused(request(today.plusDays(1), today.plusYears(7), "Scope", null), "at most 5 years");
        refused(request(today.plusDays(1), today.plusDays(9), "s".repeat(5001), null), "at most 5,000");
        refused(request(today.plusDays(1), today.plusDays(9), "Scope", "PO\u0000"), "control characters");
    }

    private NewRequest request(LocalDate start, LocalDate end, String scope, String po) {
        return new NewRequest(catalogue.offers().get(0).id(), scope, start, end, null, po);
    }

    private void refused(NewRequest request, String because) {
        assertThatThrownBy(() -> TenantScope.callAs(
                        Fixtures.memberOf(Fixtures.NORWICH), () -> requests.request(Fixtures.NORA, request)))
                .isInstanceOf(RequestRefused.class)
                .hasMessageContaining(because);
    }
}
