package uk.org.eelga.platform.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.Race;
import uk.org.eelga.platform.support.TestDatabase;

/** Twenty staff decisions on one appraisal request at once: each happens once and is audited once. */
@PlatformIT
class AppraisalRacesIT {

    private static final String STAFF_PATH = "/api/v1/staff/appraisal-requests/councils/norwich/";

    private final String norwichLeader = DemoTokens.accessToken("leader@norwich.demo");
    private final String staff = DemoTokens.accessToken("staff@eelga.demo");

    @BeforeEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void twenty_identical_schedulings_at_once_schedule_once_and_audit_once() {
        long id = requested();
        String body = "{\"adviser\":\"Martin Hill\",\"on\":\"" + LocalDate.now().plusDays(30) + "\"}";

        List<Api.Answer> answers = Race.run(() -> Api.post(STAFF_PATH + id + "/schedule", staff, body));

        // the same decision again is already so: answered as a success, nothing changed or recorded
        assertThat(Race.statuses(answers)).isEqualTo(Map.of(200, 20L));
        assertThat(audited("appraisal.scheduled")).isEqualTo(1);
    }

    @Test
    void twenty_deliveries_at_once_mark_it_delivered_once() {
        long id = requested();
        Api.post(
                STAFF_PATH + id + "/schedule",
                staff,
                "{\"adviser\":\"Martin Hill\",\"on\":\"" + LocalDate.now().plusDays(1) + "\"}");

        List<Api.Answer> answers =
                Race.run(() -> Api.post(STAFF_PATH + id + "/delivered", staff, "{\"on\":\"" + LocalDate.now() + "\"}"));

        assertThat(Race.statuses(answers)).isEqualTo(Map.of(200, 1L, 409, 19L));
        assertThat(answers.stream().filter(a -> a.status() == 409))
                .allSatisfy(a -> assertThat(a.json().get("code").asText()).isEqualTo("not-scheduled"));
        assertThat(audited("appraisal.delivered")).isEqualTo(1);
    }

    @Test
    void twenty_declines_at_once_decline_once() {
        long id = requested();

        List<Api.Answer> answers = Race.run(
                Race.CALLERS,
                i -> () ->
                        Api.post(STAFF_PATH + id + "/decline", staff, "{\"reason\":\"No adviser free (" + i + ")\"}"));

        assertThat(Race.statuses(answers)).isEqualTo(Map.of(200, 1L, 409, 19L));
        assertThat(answers.stream().filter(a -> a.status() == 409))
                .allSatisfy(a -> assertThat(a.json().get("code").asText()).isEqualTo("not-open"));
        assertThat(audited("appraisal.declined")).isEqualTo(1);
    }

    private long requested() {
        Api.Answer asked = Api.post(
                "/api/v1/appraisal-requests", norwichLeader, "{\"preferredDates\":\"March\",\"notes\":\"Race\"}");
        assertThat(asked.status()).isEqualTo(201);
        return asked.json().get("id").asLong();
    }

    private static long audited(String action) {
        return Race.count("select count(*) from audit_event where action = '" + action + "'");
    }
}
