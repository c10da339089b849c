package uk.org.eelga.platform.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.ApiWrite;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Role;
import uk.org.eelga.tenancy.TenantScope;

/** Appraisal support requests through the API with real tokens, staff decisions, and the unmet count. */
@PlatformIT
class AppraisalSupportIT {

    @Inject
    AppraisalSupport support;

    @Inject
    AppraisalFigures figures;

    private final String norwichLeader = DemoTokens.accessToken("leader@norwich.demo");
    private final String cambridgeLeader = DemoTokens.accessToken("leader@cambridge.demo");
    private final String staff = DemoTokens.accessToken("staff@eelga.demo");

    @BeforeEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void a_leader_requests_support_staff_schedule_it_and_the_council_sees_the_status() {
        Api.Answer asked = ApiWrite.post(
                "/api/v1/appraisal-requests",
                norwichLeader,
                "{\"preferredDates\":\"Any Tuesday in March\",\"notes\":\"With the deputy leader\"}");
        assertThat(asked.status()).isEqualTo(201);
        long id = asked.json().get("id").asLong();

        JsonNode open =
                Api.get("/api/v1/staff/appraisal-requests?open=true", staff).json();
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("councilId").asText()).isEqualTo("norwich");

        Api.Answer scheduled = ApiWrite.post(
                "/api/v1/staff/appraisal-requests/councils/norwich/" + id + "/schedule",
                staff,
                "{\"adviser\":\"Martin Hill\",\"on\":\"2027-03-09\"}");
        assertThat(scheduled.status()).isEqualTo(200);
        JsonNode seen =
                Api.get("/api/v1/appraisal-requests/" + id, norwichLeader).json();
        assertThat(seen.get("status").asText()).isEqualTo("SCHEDULED");
        assertThat(seen.get("adviser").asText()).isEqualTo("Martin Hill");
    }

    @Test
    void another_council_gets_not_found_and_an_officer_cannot_request() {
        long id = ApiWrite.post("/api/v1/appraisal-requests", norwichLeader, "{\"preferredDates\":\"May\"}")
                .json()
                .get("id")
                .asLong();
        assertThat(Api.get("/api/v1/appraisal-requests/" + id, cambridgeLeader).status())
                .isEqualTo(404);
        assertThat(Api.get("/api/v1/appraisal-requests", cambridgeLeader).json())
                .isEmpty();
        assertThat(ApiWrite.post(
                                "/api/v1/appraisal-requests",
                                DemoTokens.accessToken("officer@norwich.demo"),
                                "{\"preferredDates\":\"May\"}")
                        .status())
                .isEqualTo(403);
        assertThat(Api.get("/api/v1/staff/appraisal-requests", norwichLeader).status())
                .isEqualTo(403);
        Api.Answer wrongCouncil = ApiWrite.post(
                "/api/v1/staff/appraisal-requests/councils/cambridge/" + id + "/decline",
                staff,
                "{\"reason\":\"No adviser free\"}");
        assertThat(wrongCouncil.status()).isEqualTo(404);
        Api.Answer noDates = ApiWrite.post("/api/v1/appraisal-requests", norwichLeader, "{\"preferredDates\":\" \"}");
        assertThat(noDates.status()).isEqualTo(422);
        assertThat(noDates.json().get("code").asText()).isEqualTo("preferred-dates");
    }

    @Test
    void declined_requests_are_unmet_at_once_and_open_ones_only_after_the_year_ends() {
        Caller leader = new Caller(
                "subject-leader",
                "leader@norwich.demo",
                "Lee Leader",
                Set.of(Role.COUNCIL_LEADER),
                Fixtures.NORWICH,
                "Norwich City Council");
        AppraisalSummary declined =
                TenantScope.callAs(Fixtures.memberOf(Fixtures.NORWICH), () -> support.request(leader, "June", ""));
        AppraisalSummary open =
                TenantScope.callAs(Fixtures.memberOf(Fixtures.NORWICH), () -> support.request(leader, "July", ""));
        AppraisalSummary met =
                TenantScope.callAs(Fixtures.memberOf(Fixtures.NORWICH), () -> support.request(leader, "August", ""));
        support.decline(Fixtures.staff(), "norwich", declined.id(), "No adviser available in June");
        support.schedule(Fixtures.staff(), "norwich", met.id(), "Louise Carter", LocalDate.now());
        support.markDelivered(Fixtures.staff(), "norwich", met.id(), LocalDate.now());
        assertThatThrownBy(() -> support.markDelivered(Fixtures.staff(), "norwich", open.id(), LocalDate.now()))
                .isInstanceOf(AppraisalRefused.class);

        int year = LocalDate.now().getYear();
        AppraisalFigures.UnmetRequests thisYear = figures.unmetRequests(Fixtures.staff(), year);
        assertThat(thisYear.count()).isEqualTo(1);
        assertThat(thisYear.requests())
                .extracting(AppraisalFigures.UnmetRequest::requestId)
                .containsExactly(declined.id());
        assertThat(thisYear.stillOpen()).isEqualTo(1);
        assertThat(thisYear.requestsMade()).isEqualTo(3);
        assertThat(figures.unmetRequests(Fixtures.staff(), year - 1).count()).isZero();
    }
}
