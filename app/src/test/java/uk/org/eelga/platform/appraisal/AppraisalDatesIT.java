package uk.org.eelga.platform.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Role;
import uk.org.eelga.tenancy.TenantScope;

/** An appraisal is scheduled from today up to two years ahead, never in 1900, and delivered after it was asked for. */
@PlatformIT
class AppraisalDatesIT {

    private static final Caller LEADER = new Caller(
            "subject-leader",
            "leader@norwich.demo",
            "Lee Leader",
            Set.of(Role.COUNCIL_LEADER),
            Fixtures.NORWICH,
            "Norwich City Council");

    @Inject
    AppraisalSupport support;

    @BeforeEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void a_date_in_1900_or_beyond_two_years_is_refused_and_the_request_stays_open() {
        AppraisalSummary asked =
                TenantScope.callAs(Fixtures.memberOf(Fixtures.NORWICH), () -> support.request(LEADER, "March", ""));
        for (LocalDate bad : new LocalDate[] {
            LocalDate.of(1900, 1, 1),
            LocalDate.now().minusDays(1),
            LocalDate.now().plusYears(2).plusDays(1)
        }) {
            assertThatThrownBy(() -> support.schedule(Fixtures.staff(), "norwich", asked.id(), "Martin Hill", bad))
                    .isInstanceOf(AppraisalRefused.class)
                    .extracting(e -> ((AppraisalRefused) e).code())
                    .isEqualTo("date-range");
        }
        assertThatThrownBy(
                        () -> support.schedule(Fixtures.staff(), "norwich", asked.id(), "Bell\u0007", LocalDate.now()))
                .extracting(e -> ((AppraisalRefused) e).code())
                .isEqualTo("adviser");
        assertThat(TenantScope.callAs(Fixtures.memberOf(Fixtures.NORWICH), () -> support.ourRequest(asked.id()))
                        .status())
                .isEqualTo(AppraisalStatus.REQUESTED);

        support.schedule(Fixtures.staff(), "norwich", asked.id(), "Martin Hill", LocalDate.now());
        assertThatThrownBy(() -> support.markDelivered(
                        Fixtures.staff(), "norwich", asked.id(), LocalDate.now().minusYears(1)))
                .extracting(e -> ((AppraisalRefused) e).code())
                .isEqualTo("delivered-date");
    }
}
