package uk.org.eelga.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.PlatformIT;

/**
 * The audiences as the controllers name them ({@code @ForCouncilPeople}, {@code @ForAssociationStaff} on a controller,
 * an operation's own {@code @Secured} winning over its controller's), asked with real tokens: the wrong audience is
 * refused before any work (403), and an operation that widens or narrows its controller's audience does so.
 */
@PlatformIT
class ApiAudiencesIT {

    private final String officer = DemoTokens.accessToken("officer@norwich.demo");
    private final String leader = DemoTokens.accessToken("leader@norwich.demo");
    private final String councilAdmin = DemoTokens.accessToken("admin@norwich.demo");
    private final String staff = DemoTokens.accessToken("staff@eelga.demo");

    @Test
    void council_peoples_controllers_refuse_association_staff() {
        for (String path : List.of(
                "/api/v1/coaching/bookings",
                "/api/v1/appraisal-requests",
                "/api/v1/talent-bank/requests",
                "/api/v1/council/event-registrations",
                "/api/v1/contracts",
                "/api/v1/marketplace/listings",
                "/api/v1/hr-helpline/queries",
                "/api/v1/epaycheck",
                "/api/v1/follow-ups",
                "/api/v1/communications",
                "/api/v1/council/surveys",
                "/api/v1/council/people")) {
            assertThat(Api.get(path, staff).status()).as(path).isEqualTo(403);
            assertThat(Api.get(path, officer).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void association_staffs_controllers_refuse_council_people() {
        for (String path : List.of(
                "/api/v1/staff/coaching/cohorts",
                "/api/v1/staff/appraisal-requests",
                "/api/v1/staff/epaycheck/pay-awards",
                "/api/v1/staff/follow-ups",
                "/api/v1/staff/hr-helpline/queries",
                "/api/v1/staff/talent-bank/areas",
                "/api/v1/staff/contracts/participation",
                "/api/v1/staff/membership-fees",
                "/api/v1/surveys",
                "/api/v1/engagement/regional",
                "/api/v1/audit",
                "/api/v1/staff/councils/norwich/approved-addresses")) {
            assertThat(Api.get(path, councilAdmin).status()).as(path).isEqualTo(403);
            assertThat(Api.get(path, staff).status()).as(path).isEqualTo(200);
        }
        assertThat(Api.get("/api/v1/measures/1/values", officer).status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/engagement/meetings/1/seat-exceptions", officer)
                        .status())
                .isEqualTo(403);
        // correcting a meeting: association staff only, though anyone signed in reads the meetings
        for (String council : List.of(officer, leader, councilAdmin)) {
            assertThat(Api.put("/api/v1/engagement/meetings/1", council, "{}").status())
                    .isEqualTo(403);
        }
        assertThat(Api.put(
                                "/api/v1/engagement/meetings/999999999",
                                staff,
                                "{\"title\":\"Summit\",\"startsAt\":"
                                        + "\"2030-01-01T10:00:00\",\"place\":\"London\",\"online\":false}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void an_operation_open_to_anyone_signed_in_widens_its_controllers_audience() {
        for (String path :
                List.of("/api/v1/coaching/sessions", "/api/v1/talent-bank/services", "/api/v1/council/events")) {
            assertThat(Api.get(path, staff).status()).as(path).isEqualTo(200);
        }
        for (String path : List.of("/api/v1/engagement/groups", "/api/v1/engagement/meetings")) {
            assertThat(Api.get(path, officer).status()).as(path).isEqualTo(200);
        }
        // reached the controller: not refused, just nothing there
        assertThat(Api.get("/api/v1/engagement/groups/999999999", officer).status())
                .isEqualTo(404);
        assertThat(Api.get("/api/v1/measures/999999999", officer).status()).isEqualTo(404);
        // the same path's change is for association staff only
        assertThat(Api.put("/api/v1/engagement/groups/999999999", officer, "{}").status())
                .isEqualTo(403);
        assertThat(Api.get("/api/v1/councils/norwich/predecessors", officer).status())
                .isEqualTo(200);
    }

    @Test
    void an_operation_for_fewer_roles_narrows_its_controllers_audience() {
        // appraisal requests: council leaders and admins only, though the controller is for all council people
        assertThat(Api.post("/api/v1/appraisal-requests", officer, "{}").status())
                .isEqualTo(403);
        // talent bank requests and quotes: officers and admins, not leaders
        assertThat(Api.post("/api/v1/talent-bank/requests", leader, "{}").status())
                .isEqualTo(403);
        assertThat(Api.post("/api/v1/talent-bank/requests/1/quote/accept", leader)
                        .status())
                .isEqualTo(403);
        // the council's own audit log: council admins only, though the controller is association staff's
        assertThat(Api.get("/api/v1/council/audit", staff).status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/council/audit", officer).status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/council/audit", councilAdmin).status()).isEqualTo(200);
        // merges, onboarding and leaving: association admins, not staff
        assertThat(Api.post("/api/v1/councils/merges", staff, "{}").status()).isEqualTo(403);
        assertThat(Api.post("/api/v1/councils", staff, "{}").status()).isEqualTo(403);
        assertThat(Api.post("/api/v1/councils/norwich/leave", staff, "{}").status())
                .isEqualTo(403);
        assertThat(Api.get("/api/v1/reconcile", officer).status()).isEqualTo(403);
    }
}
