package uk.org.eelga.platform.helpline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.framework.live.LiveMeasureCatalogue;
import uk.org.eelga.platform.framework.live.LiveMeasureQuery;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.ApiWrite;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.Race;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.rls.AssociationWideRead;

/** The HR helpline end to end through the API with real tokens: threads, isolation, roles, limits, figures. */
@PlatformIT
class HelplineIT {

    private static final String OURS = "/api/v1/hr-helpline/queries";
    private static final String STAFF = "/api/v1/staff/hr-helpline";

    @Inject
    LiveMeasureCatalogue catalogue;

    @Inject
    AssociationWideRead wideRead;

    private final String norwichOfficer = DemoTokens.accessToken("officer@norwich.demo");
    private final String norwichLeader = DemoTokens.accessToken("leader@norwich.demo");
    private final String cambridgeOfficer = DemoTokens.accessToken("officer@cambridge.demo");
    private final String staff = DemoTokens.accessToken("staff@eelga.demo");

    @BeforeEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void
            an_officer_asks_an_adviser_asks_back_the_council_replies_the_adviser_answers_and_the_council_closes_and_rates() {
        long id = raise(norwichOfficer, "PAY", "Honoraria for acting up");
        JsonNode raised = Api.get(OURS + "/" + id, norwichLeader).json();
        assertThat(raised.at("/query/status").asText()).isEqualTo("AWAITING_ADVISER");
        assertThat(Instant.parse(raised.at("/query/firstResponseDue").asText()))
                .isAfter(Instant.parse(raised.at("/query/raisedAt").asText()));

        JsonNode open = Api.get(STAFF + "/queries?open=true", staff).json();
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("councilId").asText()).isEqualTo("norwich");

        Api.Answer askedBack = ApiWrite.post(
                STAFF + "/councils/norwich/queries/" + id + "/answers",
                staff,
                "{\"text\":\"How long has the acting up lasted?\",\"askingBack\":true}");
        assertThat(askedBack.status()).isEqualTo(200);
        assertThat(askedBack.json().get("status").asText()).isEqualTo("AWAITING_COUNCIL");
        assertThat(askedBack.json().get("firstResponseAt").isNull()).isFalse();

        assertThat(ApiWrite.post(OURS + "/" + id + "/replies", norwichOfficer, "{\"text\":\"Five months.\"}")
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("AWAITING_ADVISER");
        ApiWrite.post(
                STAFF + "/councils/norwich/queries/" + id + "/answers",
                staff,
                "{\"text\":\"After three months an honorarium is usual.\",\"askingBack\":false}");

        Api.Answer closed =
                ApiWrite.post(OURS + "/" + id + "/close", norwichOfficer, "{\"rating\":5,\"comment\":\"Very clear\"}");
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.json().get("satisfaction").asInt()).isEqualTo(5);

        JsonNode thread =
                Api.get(STAFF + "/councils/norwich/queries/" + id, staff).json();
        assertThat(thread.get("messages"))
                .extracting(m -> m.get("kind").asText())
                .containsExactly("QUESTION", "ASK_BACK", "REPLY", "ANSWER");
        assertThat(thread.get("satisfactionComment").asText()).isEqualTo("Very clear");
        assertThat(Api.get(OURS + "/" + id, norwichLeader).json().get("messages"))
                .hasSize(4);

        // closed is closed: no more answers, replies, closes or second ratings
        assertThat(ApiWrite.post(OURS + "/" + id + "/replies", norwichOfficer, "{\"text\":\"One more thing\"}")
                        .json()
                        .get("code")
                        .asText())
                .isEqualTo("closed");
        assertThat(ApiWrite.post(OURS + "/" + id + "/rating", norwichOfficer, "{\"rating\":3}")
                        .status())
                .isEqualTo(409);
        assertThat(Race.count("select count(*) from audit_event where action like 'helpline.%'"))
                .isEqualTo(5);
    }

    @Test
    void another_councils_people_get_not_found_for_its_queries_through_every_door() {
        long id = raise(norwichOfficer, "TUPE", "Transfer of a leisure contract");

        assertThat(Api.get(OURS + "/" + id, cambridgeOfficer).status()).isEqualTo(404);
        assertThat(Api.get(OURS, cambridgeOfficer).json()).isEmpty();
        assertThat(ApiWrite.post(OURS + "/" + id + "/replies", cambridgeOfficer, "{\"text\":\"Hello\"}")
                        .status())
                .isEqualTo(404);
        assertThat(ApiWrite.post(OURS + "/" + id + "/close", cambridgeOfficer, "{\"rating\":1}")
                        .status())
                .isEqualTo(404);
        // staff naming the wrong council for the id find nothing, and change nothing
        assertThat(Api.get(STAFF + "/councils/cambridge/queries/" + id, staff).status())
                .isEqualTo(404);
        assertThat(ApiWrite.post(
                                STAFF + "/councils/cambridge/queries/" + id + "/answers",
                                staff,
                                "{\"text\":\"Answer\",\"askingBack\":false}")
                        .status())
                .isEqualTo(404);
        assertThat(ApiWrite.post(STAFF + "/councils/no-such-council/queries/" + id + "/close", staff, "{}")
                        .status())
                .isEqualTo(404);
        assertThat(Api.get(OURS + "/" + id, norwichOfficer)
                        .json()
                        .at("/query/status")
                        .asText())
                .isEqualTo("AWAITING_ADVISER");
    }

    @Test
    void row_level_security_hides_and_refuses_another_councils_helpline_rows_even_in_raw_sql() throws SQLException {
        long id = raise(norwichOfficer, "PENSIONS", "Flexible retirement");
        try (Connection app = TestDatabase.asApp();
                Statement sql = app.createStatement()) {
            app.setAutoCommit(false);
            sql.execute("select set_config('app.tenant_id', 'cambridge', true)");
            assertThat(count(sql, "select count(*) from helpline_query")).isZero();
            assertThat(count(sql, "select count(*) from helpline_message")).isZero();
            assertThat(sql.executeUpdate("update helpline_query set status = 'CLOSED', closed_at = now()"))
                    .isZero();
            assertThatThrownBy(() -> sql.execute("insert into helpline_message (tenant_id, query_id, side, kind,"
                            + " author_name, author_email, body, written_at) values ('norwich', " + id
                            + ", 'ADVISER', 'ANSWER', 'x', 'x', 'forged', now())"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
            app.rollback();
            sql.execute("select set_config('app.tenant_id', 'norwich', true)");
            assertThat(count(sql, "select count(*) from helpline_message")).isEqualTo(1);
            app.rollback();
        }
    }

    @Test
    void a_council_person_cannot_use_the_advisers_doors_and_staff_cannot_raise_for_a_council() {
        long id = raise(norwichOfficer, "OTHER", "Apprenticeship levy");
        String councilAdmin = DemoTokens.accessToken("admin@norwich.demo");
        assertThat(Api.get(STAFF + "/queries", councilAdmin).status()).isEqualTo(403);
        assertThat(Api.get(STAFF + "/figures?period=2017-18", norwichOfficer).status())
                .isEqualTo(403);
        assertThat(ApiWrite.post(
                                STAFF + "/councils/norwich/queries/" + id + "/answers",
                                councilAdmin,
                                "{\"text\":\"I answer myself\",\"askingBack\":false}")
                        .status())
                .isEqualTo(403);
        assertThat(ApiWrite.post(STAFF + "/councils/norwich/queries/" + id + "/close", norwichLeader, "{}")
                        .status())
                .isEqualTo(403);
        assertThat(ApiWrite.post(
                                OURS,
                                staff,
                                "{\"category\":\"PAY\",\"subject\":\"Staff\",\"question\":\"Staff raising?\"}")
                        .status())
                .isEqualTo(403);
        assertThat(Api.get(OURS, null).status()).isEqualTo(401);
    }

    @Test
    void malformed_and_huge_input_is_refused_with_a_problem_and_nothing_is_written() {
        String huge = "x".repeat(HrHelpline.TEXT_MAX + 1);
        Map<String, String> bad = Map.of(
                "{\"category\":\"PAY\",\"subject\":\"  \",\"question\":\"Why?\"}",
                "subject",
                "{\"category\":null,\"subject\":\"Pay\",\"question\":\"Why?\"}",
                "category",
                "{\"category\":\"PAY\",\"subject\":\"Pay\",\"question\":\"\"}",
                "question",
                "{\"category\":\"PAY\",\"subject\":\"Pay\\u0007bell\",\"question\":\"Why?\"}",
                "",
                "{\"category\":\"PAY\",\"subject\":\"Pay\",\"question\":\"" + huge + "\"}",
                "");
        bad.forEach((body, code) -> {
            Api.Answer answer = ApiWrite.post(OURS, norwichOfficer, body);
            assertThat(answer.status())
                    .as(body.length() > 200 ? "huge question" : body)
                    .isBetween(400, 422);
            assertThat(answer.json().get("code").asText()).isNotBlank();
            if (!code.isEmpty()) {
                assertThat(answer.json().get("code").asText()).isEqualTo(code);
            }
        });
        assertThat(ApiWrite.post(OURS, norwichOfficer, "{\"category\":\"GOSSIP\",\"subject\":\"x\",\"question\":\"y\"}")
                        .status())
                .isEqualTo(400);
        assertThat(ApiWrite.post(OURS, norwichOfficer, "not json").status()).isEqualTo(400);
        long id = raise(norwichOfficer, "PAY", "Pay protection");
        for (String rating : new String[] {"0", "6", "-1", "99999999999", "\"five\""}) {
            Api.Answer answer =
                    ApiWrite.post(OURS + "/" + id + "/close", norwichOfficer, "{\"rating\":" + rating + "}");
            assertThat(answer.status()).as(rating).isBetween(400, 422);
        }
        assertThat(Api.get(OURS + "/not-a-number", norwichOfficer).status()).isEqualTo(400);
        assertThat(Api.get(OURS + "/99999999999", norwichOfficer).status()).isEqualTo(404);
        assertThat(Race.count("select count(*) from helpline_query")).isEqualTo(1);
        assertThat(Race.count("select count(*) from helpline_query where status = 'CLOSED'"))
                .isZero();
    }

    @Test
    void twenty_closes_at_once_close_once_and_twenty_answers_at_once_are_all_kept_with_one_first_response() {
        long closing = raise(norwichOfficer, "PAY", "Market supplement review");
        var closes = Race.run(() ->
                Api.post(STAFF + "/councils/norwich/queries/" + closing + "/close", staff, "{\"note\":\"Done\"}"));
        assertThat(Race.statuses(closes)).isEqualTo(Map.of(200, 1L, 409, 19L));
        assertThat(Race.count("select count(*) from audit_event where action = 'helpline.closed'"))
                .isEqualTo(1);
        assertThat(Race.count("select count(*) from helpline_message where kind = 'CLOSING'"))
                .isEqualTo(1);

        long answering = raise(norwichOfficer, "TUPE", "Measures letter");
        var answers = Race.run(
                Race.CALLERS,
                i -> () -> Api.post(
                        STAFF + "/councils/norwich/queries/" + answering + "/answers",
                        staff,
                        "{\"text\":\"Answer " + i + "\",\"askingBack\":false}"));
        assertThat(Race.statuses(answers)).isEqualTo(Map.of(200, 20L));
        assertThat(Race.count(
                        "select count(*) from helpline_message where query_id = " + answering + " and kind = 'ANSWER'"))
                .isEqualTo(20);
        assertThat(Race.count("select count(*) from helpline_query q where q.id = " + answering
                        + " and q.first_response_at = (select min(written_at) from helpline_message m"
                        + " where m.query_id = q.id and m.side = 'ADVISER')"))
                .isEqualTo(1);
    }

    @Test
    void the_live_measures_count_queries_councils_service_level_and_satisfaction_from_the_records() throws Exception {
        long benchmarking = raise(norwichOfficer, "BENCHMARKING", "Planning officer grades");
        long pay = raise(cambridgeOfficer, "PAY", "Pay award");
        raise(norwichOfficer, "PENSIONS", "Strain costs");
        ApiWrite.post(
                STAFF + "/councils/norwich/queries/" + benchmarking + "/answers",
                staff,
                "{\"text\":\"Regional figures attached\",\"askingBack\":false}");
        ApiWrite.post(OURS + "/" + benchmarking + "/close", norwichOfficer, "{\"rating\":4}");
        ApiWrite.post(STAFF + "/councils/cambridge/queries/" + pay + "/close", staff, "{}");
        ApiWrite.post(OURS + "/" + pay + "/rating", cambridgeOfficer, "{\"rating\":2,\"comment\":\"Slow\"}");
        // one query of Cambridge's answered late, written as the records would be
        TestDatabase.executeAsOwner(
                "select set_config('app.tenant_id', 'cambridge', false)",
                "update helpline_query set first_response_at = first_response_due + interval '1 hour' where id = "
                        + pay);

        ReportingPeriod year = ReportingPeriod.parse(yearOf(LocalDate.now(UkTime.ZONE)));
        assertThat(figure("helpline-queries", Map.of(), year).value()).isEqualByComparingTo("3");
        assertThat(figure("helpline-queries", Map.of("category", "BENCHMARKING"), year)
                        .value())
                .isEqualByComparingTo("1");
        // a year with no query at all has no figure (nothing recorded), not "0%"
        MeasureResult before = figure("helpline-authorities", Map.of(), ReportingPeriod.parse("2017-18"));
        assertThat(before.value()).isNull();
        assertThat(before.hasFigure()).isFalse();
        MeasureResult councils = figure("helpline-authorities", Map.of(), year);
        assertThat(councils.numerator()).isEqualTo(2);
        assertThat(councils.evidence().stream().filter(e -> e.counted()).map(e -> e.councilId()))
                .containsExactlyInAnyOrder("norwich", "cambridge");
        MeasureResult onTime = figure("helpline-service-level", Map.of(), year);
        // the unanswered pensions query is not yet due: left out; one on time, one late
        assertThat(onTime.numerator()).isEqualTo(1);
        assertThat(onTime.denominator()).isEqualTo(2);
        MeasureResult satisfied = figure("helpline-satisfaction", Map.of(), year);
        assertThat(satisfied.value()).isEqualByComparingTo("50");
        assertThat(figure("helpline-satisfaction", Map.of("as", "yes-no"), year).value())
                .isEqualByComparingTo("0");
        assertThat(figure("helpline-satisfaction", Map.of("as", "yes-no", "atLeast", "50"), year)
                        .value())
                .isEqualByComparingTo("1");
        JsonNode yearFigures =
                Api.get(STAFF + "/figures?period=" + year.label(), staff).json();
        assertThat(yearFigures.get("queries").asLong()).isEqualTo(3);
        assertThat(yearFigures.get("benchmarkingRequests").asLong()).isEqualTo(1);
        assertThat(Api.get(STAFF + "/figures?period=last-year", staff).status()).isEqualTo(422);
        assertThat(figure("helpline-queries", Map.of(), ReportingPeriod.parse("2017-18"))
                        .value())
                .isEqualByComparingTo("0");
    }

    private MeasureResult figure(String kind, Map<String, String> parameters, ReportingPeriod period) {
        return wideRead.read(Fixtures.staff(), "test", connection -> catalogue
                .find(kind)
                .orElseThrow()
                .compute(new LiveMeasureQuery(parameters, period, connection)));
    }

    private static String yearOf(LocalDate day) {
        int start = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    private static long raise(String token, String category, String subject) {
        Api.Answer raised = ApiWrite.post(
                OURS,
                token,
                "{\"category\":\"" + category + "\",\"subject\":\"" + subject
                        + "\",\"question\":\"What do other councils do?\"}");
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        return raised.json().get("id").asLong();
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
