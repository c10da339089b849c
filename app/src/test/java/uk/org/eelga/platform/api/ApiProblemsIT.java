package uk.org.eelga.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;

/**
 * The mistakes the security review named, one by one, each a 4xx {@code application/problem+json} with a plain
 * sentence and the feature's code; Micronaut's own 404, 405 and 415; and a genuine fault, which shows an incident
 * id only while the log keeps the stack trace under that id.
 */
@PlatformIT
class ApiProblemsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String admin = DemoTokens.accessToken("admin@eelga.demo");
    private final String officer = DemoTokens.accessToken("officer@norwich.demo");

    @BeforeEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void an_empty_content_type_is_415() throws Exception {
        Problem p = send("POST", "/api/v1/staff/coaching/cohorts", admin, "", "{\"name\":\"x\",\"programme\":\"CPD\"}");
        p.is(415, "unsupported-media-type");
    }

    @Test
    void a_nul_byte_in_text_is_refused_and_nothing_is_stored() throws Exception {
        String name = "Cohort " + System.nanoTime();
        Problem p = send(
                "POST",
                "/api/v1/staff/coaching/cohorts",
                admin,
                "application/json",
                "{\"programme\":\"CPD\",\"name\":\"" + name + "\\u0000\"}");
        p.is(400, "invalid-field");
        assertThat(p.detail()).contains("name").contains("control characters");
        assertThat(count("coaching_cohort where name like '" + name + "%'")).isZero();
    }

    @Test
    void a_year_such_as_plus_999999999_is_refused() throws Exception {
        Problem p = send(
                "POST",
                "/api/v1/talent-bank/requests",
                officer,
                "application/json",
                "{\"serviceId\":1,\"scope\":\"Review\",\"startOn\":\"+999999999-01-01\",\"endOn\":\"+999999999-02-01\"}");
        p.is(400, "invalid-field");
        assertThat(p.detail()).contains("startOn").contains("between 1900 and 2199");
    }

    @Test
    void a_duplicate_cohort_name_is_a_409_that_names_the_cohort_not_the_constraint() throws Exception {
        String body = "{\"programme\":\"CPD\",\"name\":\"Twice " + System.nanoTime() + "\"}";
        assertThat(Api.post("/api/v1/staff/coaching/cohorts", admin, body).status())
                .isEqualTo(201);
        Problem p = send("POST", "/api/v1/staff/coaching/cohorts", admin, "application/json", body);
        p.is(409, "cohort-name-taken");
        assertThat(p.detail()).startsWith("There is already a cohort called Twice");
    }

    @Test
    void a_cohort_without_a_programme_is_refused() throws Exception {
        Problem p =
                send("POST", "/api/v1/staff/coaching/cohorts", admin, "application/json", "{\"name\":\"Nameless\"}");
        p.is(422, "cohort-programme");
    }

    @Test
    void a_merge_without_a_successor_is_refused() throws Exception {
        Problem p = send(
                "POST",
                "/api/v1/councils/merges",
                admin,
                "application/json",
                "{\"predecessors\":[\"ipswich\"],\"mergedOn\":\"2030-01-01\"}");
        p.is(400, "no-successor");
    }

    @Test
    void a_council_id_of_61_characters_is_not_found_without_being_echoed() throws Exception {
        String id = "a".repeat(61);
        Problem link = send(
                "PUT",
                "/api/v1/councils/" + id + "/sign-in-provider",
                admin,
                "application/json",
                "{\"discoveryUrl\":\"https://login.example.org\",\"clientId\":\"x\",\"clientSecret\":\"y\"}");
        link.is(404, "not-found");
        Problem users = send("GET", "/api/v1/councils/" + id + "/users", admin, null, null);
        users.is(404, "not-found");
        Problem resume = send("POST", "/api/v1/councils/" + id + "/onboarding", admin, null, null);
        resume.is(400, "not-onboarding");
        assertThat(link.body() + users.body() + resume.body()).doesNotContain(id);
    }

    @Test
    void a_session_update_with_a_bad_cohort_or_without_a_price_is_refused_and_the_session_stays_as_it_was()
            throws Exception {
        long cohort = Api.post(
                        "/api/v1/staff/coaching/cohorts",
                        admin,
                        "{\"programme\":\"CPD\",\"name\":\"Priced " + System.nanoTime() + "\"}")
                .json()
                .get("id")
                .asLong();
        Instant start = Instant.now().plus(Duration.ofDays(40)).truncatedTo(ChronoUnit.SECONDS);
        String session = "{\"cohortId\":" + cohort + ",\"title\":\"Paid day\",\"startsAt\":\"" + start
                + "\",\"endsAt\":\"" + start.plus(Duration.ofHours(6)) + "\",\"venue\":\"Ely\",\"capacity\":5,"
                + "\"pricePence\":25000,\"cancellationCutoff\":\"" + start.minus(Duration.ofDays(7)) + "\"}";
        Api.Answer created = Api.post("/api/v1/staff/coaching/sessions", admin, session);
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();

        Problem badCohort = send(
                "PUT",
                "/api/v1/staff/coaching/sessions/" + id,
                admin,
                "application/json",
                session.replace("\"cohortId\":" + cohort, "\"cohortId\":987654321"));
        badCohort.is(422, "session-cohort");

        Problem noPrice = send(
                "PUT",
                "/api/v1/staff/coaching/sessions/" + id,
                admin,
                "application/json",
                session.replace("\"pricePence\":25000,", ""));
        noPrice.is(422, "session-price");
        assertThat(noPrice.detail()).contains("missing price is not free");

        assertThat(count("coaching_session where id = " + id + " and price_pence = 25000 and cohort_id = " + cohort))
                .isEqualTo(1);
    }

    @Test
    void malformed_json_wrong_types_unknown_choices_and_a_missing_body_are_400s() throws Exception {
        String path = "/api/v1/staff/coaching/cohorts";
        send("POST", path, admin, "application/json", "{\"programme\":").is(400, "malformed-json");
        send("POST", path, admin, "application/json", "{\"programme\":\"NOPE\",\"name\":\"x\"}")
                .is(400, "invalid-value");
        Problem wrongType =
                send("POST", "/api/v1/staff/coaching/sessions", admin, "application/json", "{\"cohortId\":\"abc\"}");
        wrongType.is(400, "invalid-value");
        assertThat(wrongType.detail()).contains("cohortId");
        send("POST", path, admin, "application/json", "").is(400, "missing-body");
        send("POST", path, admin, "application/json", "null").is(400, "missing-body");
        send("POST", path, admin, "application/json; charset=nope", "{}").is(415, "unsupported-charset");
    }

    @Test
    void micronauts_own_404_405_and_415_are_problems() throws Exception {
        send("GET", "/api/v1/no-such-thing", admin, null, null).is(404, "not-found");
        Problem notAllowed = send("DELETE", "/api/v1/staff/coaching/cohorts", admin, null, null);
        notAllowed.is(405, "method-not-allowed");
        assertThat(notAllowed.detail()).contains("DELETE").contains("POST");
        send("POST", "/api/v1/staff/coaching/cohorts", admin, "text/plain", "x").is(415, "unsupported-media-type");
        send("POST", "/api/v1/coaching/bookings/1%00/cancel", officer, null, null)
                .is(400, "bad-request");
    }

    @Test
    void refusals_built_by_hand_in_a_filter_get_type_title_and_status_too() throws Exception {
        Problem p = send("GET", "/api/v1/me", DemoTokens.accessToken("unlinked@nowhere.demo"), null, null);
        p.is(403, "not-linked");
        send("GET", "/api/v1/me", null, null, null).is(401, "sign-in-required");
    }

    @Test
    void a_genuine_fault_shows_only_an_incident_id_and_the_log_has_the_stack_trace_under_it() throws Exception {
        Logger log = (Logger) LoggerFactory.getLogger(ApiErrors.class);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        log.addAppender(captured);
        try (Connection owner = TestDatabase.asOwner();
                Statement sql = owner.createStatement()) {
            // a real fault: the database refuses the platform's own read, with SQL in its message
            sql.execute("revoke select on coaching_cohort from eelga_app");
            try {
                Problem p = send("GET", "/api/v1/staff/coaching/cohorts", admin, null, null);
                p.is(500, "internal-error");
                String incident = p.json().get("incident").asText();
                assertThat(incident).isNotBlank();
                assertThat(p.detail())
                        .isEqualTo("Something went wrong. If it keeps happening, tell us the incident" + " number "
                                + incident + ".");
                assertThat(p.body()).doesNotContainIgnoringCase("permission").doesNotContain("coaching_cohort");
                assertThat(captured.list).anySatisfy(event -> {
                    assertThat(event.getFormattedMessage()).contains(incident);
                    assertThat(event.getThrowableProxy()).isNotNull();
                });
            } finally {
                sql.execute("grant select on coaching_cohort to eelga_app");
            }
        } finally {
            log.detachAppender(captured);
        }
    }

    private static long count(String fromWhere) throws Exception {
        try (Connection owner = TestDatabase.asOwner();
                Statement sql = owner.createStatement();
                ResultSet row = sql.executeQuery("select count(*) from " + fromWhere)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** An answer that must be a complete problem. */
    record Problem(int status, String contentType, String body, JsonNode json) {
        String detail() {
            return json.path("detail").asText();
        }

        void is(int expectedStatus, String code) {
            assertThat(status).as(body).isEqualTo(expectedStatus);
            assertThat(contentType).startsWith("application/problem+json");
            assertThat(json.path("status").asInt()).isEqualTo(expectedStatus);
            assertThat(json.path("code").asText()).isEqualTo(code);
            assertThat(json.path("type").asText()).endsWith(":" + code);
            assertThat(json.path("title").asText()).isNotBlank();
            assertThat(json.path("detail").asText())
                    .isNotBlank()
                    .isEqualTo(json.path("message").asText());
            assertThat(body)
                    .doesNotContainIgnoringCase("exception")
                    .doesNotContain("org.postgresql", "java.", "uk.org.eelga", "SQLSTATE", "violates");
        }
    }

    private static Problem send(String method, String path, String token, String contentType, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.base() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Problem(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body(),
                JSON.readTree(response.body()));
    }
}
