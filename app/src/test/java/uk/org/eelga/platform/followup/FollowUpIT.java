package uk.org.eelga.platform.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.framework.live.LiveMeasureCatalogue;
import uk.org.eelga.platform.framework.live.LiveMeasureQuery;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.platform.framework.live.OwnCouncilFigures;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.ApiWrite;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.Race;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.TenantScope;
import uk.org.eelga.tenancy.rls.AssociationWideRead;

/** Follow-up commitments through the API with real tokens: record, done, isolation, roles, limits, races, figures. */
@PlatformIT
class FollowUpIT {

    private static final String STAFF = "/api/v1/staff/follow-ups";

    @Inject
    LiveMeasureCatalogue catalogue;

    @Inject
    AssociationWideRead wideRead;

    @Inject
    TransactionOperations<Connection> transactions;

    private final String staff = DemoTokens.accessToken("staff@eelga.demo");
    private final String norwichOfficer = DemoTokens.accessToken("officer@norwich.demo");
    private final String cambridgeOfficer = DemoTokens.accessToken("officer@cambridge.demo");
    private final LocalDate today = LocalDate.now(UkTime.ZONE);

    @BeforeEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void staff_record_a_commitment_due_in_four_weeks_by_default_mark_it_done_and_the_council_sees_it() {
        long id = record("norwich", "PEER_CHALLENGE_CONTACT", today.minusDays(10), null);
        JsonNode ours = Api.get("/api/v1/follow-ups", norwichOfficer).json();
        assertThat(ours).hasSize(1);
        assertThat(ours.get(0).get("dueOn").asText())
                .isEqualTo(today.minusDays(10).plusDays(28).toString());
        assertThat(ours.get(0).hasNonNull("doneOn")).isFalse();

        Api.Answer done = ApiWrite.post(
                STAFF + "/councils/norwich/" + id + "/done",
                staff,
                "{\"on\":\"" + today + "\",\"note\":\"Called the Chief Executive\"}");
        assertThat(done.status()).isEqualTo(200);
        assertThat(Api.get("/api/v1/follow-ups", norwichOfficer)
                        .json()
                        .get(0)
                        .get("doneOn")
                        .asText())
                .isEqualTo(today.toString());
        assertThat(Race.count("select count(*) from audit_event where action like 'follow-up.%'"))
                .isEqualTo(2);
    }

    @Test
    void another_council_sees_nothing_and_staff_naming_the_wrong_council_find_nothing() throws SQLException {
        long id = record("norwich", "JOINT_SECRETARIES", today.minusDays(3), today.plusDays(20));
        assertThat(Api.get("/api/v1/follow-ups", cambridgeOfficer).json()).isEmpty();
        assertThat(ApiWrite.post(STAFF + "/councils/cambridge/" + id + "/done", staff, "{\"on\":\"" + today + "\"}")
                        .status())
                .isEqualTo(404);
        assertThat(ApiWrite.post(
                                STAFF + "/councils/no-such-council",
                                staff,
                                "{\"kind\":\"OTHER\",\"what\":\"x\",\"aroseOn\":\"" + today + "\",\"dueOn\":null}")
                        .status())
                .isEqualTo(404);
        try (Connection app = TestDatabase.asApp();
                Statement sql = app.createStatement()) {
            app.setAutoCommit(false);
            sql.execute("select set_config('app.tenant_id', 'cambridge', true)");
            try (ResultSet rows = sql.executeQuery("select count(*) from follow_up_commitment")) {
                rows.next();
                assertThat(rows.getLong(1)).isZero();
            }
            assertThat(sql.executeUpdate("update follow_up_commitment set done_on = current_date"))
                    .isZero();
            assertThatThrownBy(() -> sql.execute("insert into follow_up_commitment (tenant_id, kind, what, arose_on,"
                            + " due_on, recorded_by, recorded_at) values ('norwich', 'OTHER', 'forged', current_date,"
                            + " current_date, 'x', now())"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
            app.rollback();
        }
    }

    @Test
    void council_people_cannot_record_or_complete_commitments() {
        long id = record("norwich", "OTHER", today, null);
        String councilAdmin = DemoTokens.accessToken("admin@norwich.demo");
        assertThat(ApiWrite.post(
                                STAFF + "/councils/norwich",
                                councilAdmin,
                                "{\"kind\":\"OTHER\",\"what\":\"Self-made\",\"aroseOn\":\"" + today + "\"}")
                        .status())
                .isEqualTo(403);
        assertThat(ApiWrite.post(
                                STAFF + "/councils/norwich/" + id + "/done",
                                norwichOfficer,
                                "{\"on\":\"" + today + "\"}")
                        .status())
                .isEqualTo(403);
        assertThat(Api.get(STAFF, norwichOfficer).status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/follow-ups", staff).status()).isEqualTo(403);
    }

    @Test
    void malformed_and_huge_input_is_refused_and_nothing_is_written() {
        Map<String, String> bad = Map.of(
                "{\"kind\":null,\"what\":\"x\",\"aroseOn\":\"" + today + "\"}",
                "kind",
                "{\"kind\":\"OTHER\",\"what\":\" \",\"aroseOn\":\"" + today + "\"}",
                "what",
                "{\"kind\":\"OTHER\",\"what\":\"x\",\"aroseOn\":\"" + today.plusDays(3) + "\"}",
                "arose-on",
                "{\"kind\":\"OTHER\",\"what\":\"x\",\"aroseOn\":\"" + today + "\",\"dueOn\":\"" + today.minusDays(1)
                        + "\"}",
                "due-on",
                "{\"kind\":\"OTHER\",\"what\":\"" + "x".repeat(100_000) + "\",\"aroseOn\":\"" + today + "\"}",
                "");
        bad.forEach((body, code) -> {
            Api.Answer answer = ApiWrite.post(STAFF + "/councils/norwich", staff, body);
            assertThat(answer.status()).as(code).isBetween(400, 422);
            if (!code.isEmpty()) {
                assertThat(answer.json().get("code").asText()).isEqualTo(code);
            }
        });
        assertThat(ApiWrite.post(STAFF + "/councils/norwich", staff, "{\"kind\":\"PARTY\",\"what\":\"x\"}")
                        .status())
                .isEqualTo(400);
        long id = record("norwich", "OTHER", today.minusDays(2), null);
        assertThat(ApiWrite.post(
                                STAFF + "/councils/norwich/" + id + "/done",
                                staff,
                                "{\"on\":\"" + today.minusDays(5) + "\"}")
                        .json()
                        .get("code")
                        .asText())
                .isEqualTo("done-on");
        assertThat(ApiWrite.post(
                                STAFF + "/councils/norwich/" + id + "/done",
                                staff,
                                "{\"on\":\"" + today.plusDays(1) + "\"}")
                        .status())
                .isEqualTo(422);
        assertThat(Race.count("select count(*) from follow_up_commitment")).isEqualTo(1);
        assertThat(Race.count("select count(*) from follow_up_commitment where done_on is not null"))
                .isZero();
    }

    @Test
    void twenty_staff_marking_one_commitment_done_at_once_mark_it_once() {
        long id = record("norwich", "JOINT_SECRETARIES", today.minusDays(7), null);
        var answers = Race.run(
                Race.CALLERS,
                i -> () -> Api.post(
                        STAFF + "/councils/norwich/" + id + "/done",
                        staff,
                        "{\"on\":\"" + today.minusDays(i % 3) + "\",\"note\":\"Done " + i + "\"}"));
        assertThat(Race.statuses(answers)).isEqualTo(Map.of(200, 1L, 409, 19L));
        assertThat(Race.count("select count(*) from audit_event where action = 'follow-up.done'"))
                .isEqualTo(1);
    }

    @Test
    void the_live_measure_counts_on_time_late_and_the_longest_time_from_the_records() {
        ReportingPeriod year = ReportingPeriod.parse(yearOf(today));
        LocalDate start = year.start();
        // on time (7 days), late (35 days, due in 28), overdue and not done, and one not yet due (left out)
        long onTime = record("norwich", "PEER_CHALLENGE_CONTACT", start, null);
        done("norwich", onTime, start.plusDays(7));
        if (!today.isBefore(start.plusDays(35))) {
            long late = record("cambridge", "PEER_CHALLENGE_CONTACT", start, null);
            done("cambridge", late, start.plusDays(35));
        }
        record("ipswich", "PEER_CHALLENGE_CONTACT", today, null);
        record("essex", "JOINT_SECRETARIES", today, null);

        MeasureResult share = figure(Map.of("type", "PEER_CHALLENGE_CONTACT"), year);
        MeasureResult weeks = figure(Map.of("type", "PEER_CHALLENGE_CONTACT", "as", "longest-weeks"), year);
        if (today.isBefore(start.plusDays(35))) {
            assertThat(share.numerator()).isEqualTo(1);
            assertThat(share.denominator()).isEqualTo(1);
            assertThat(weeks.value()).isEqualByComparingTo("1.0");
        } else {
            assertThat(share.numerator()).isEqualTo(1);
            assertThat(share.denominator()).isEqualTo(2);
            assertThat(weeks.value()).isEqualByComparingTo("5.0");
        }
        assertThat(figure(Map.of("type", "JOINT_SECRETARIES"), year).denominator())
                .isZero();
        assertThatThrownBy(() -> figure(Map.of("type", "PARTY"), year)).isInstanceOf(IllegalArgumentException.class);

        // Norwich's own figures, each alone and read together in one statement as its framework page reads them
        List<Map<String, String>> asked = List.of(
                Map.of("type", "PEER_CHALLENGE_CONTACT"),
                Map.of("type", "PEER_CHALLENGE_CONTACT", "as", "longest-weeks"));
        List<Optional<MeasureResult>> alone = asked.stream()
                .map(parameters -> norwichReads(connection -> catalogue
                        .find("follow-ups")
                        .orElseThrow()
                        .computeForCouncil(new LiveMeasureQuery(parameters, year, connection))))
                .toList();
        assertThat(alone.get(0).orElseThrow().numerator()).isEqualTo(1);
        assertThat(alone.get(1).orElseThrow().value()).isEqualByComparingTo("1.0");
        List<Optional<MeasureResult>> together = norwichReads(connection -> OwnCouncilFigures.compute(
                connection,
                asked.stream()
                        .map(parameters -> new OwnCouncilFigures.Ask(
                                catalogue.find("follow-ups").orElseThrow(),
                                new LiveMeasureQuery(parameters, year, connection)))
                        .toList()));
        assertThat(together).isEqualTo(alone);
    }

    private <T> T norwichReads(java.util.function.Function<Connection, T> read) {
        return TenantScope.callAs(
                Fixtures.memberOf(TenantId.of("norwich")),
                () -> transactions.executeRead(status -> read.apply(status.getConnection())));
    }

    private MeasureResult figure(Map<String, String> parameters, ReportingPeriod period) {
        return wideRead.read(Fixtures.staff(), "test", connection -> catalogue
                .find("follow-ups")
                .orElseThrow()
                .compute(new LiveMeasureQuery(parameters, period, connection)));
    }

    private static String yearOf(LocalDate day) {
        int start = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    private long record(String council, String kind, LocalDate arose, LocalDate due) {
        Api.Answer recorded = ApiWrite.post(
                STAFF + "/councils/" + council,
                staff,
                "{\"kind\":\"" + kind + "\",\"what\":\"Contact the Chief Executive\",\"aroseOn\":\"" + arose
                        + "\",\"dueOn\":" + (due == null ? "null" : "\"" + due + "\"") + "}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        return recorded.json().get("id").asLong();
    }

    private void done(String council, long id, LocalDate on) {
        assertThat(ApiWrite.post(STAFF + "/councils/" + council + "/" + id + "/done", staff, "{\"on\":\"" + on + "\"}")
                        .status())
                .isEqualTo(200);
    }
}
