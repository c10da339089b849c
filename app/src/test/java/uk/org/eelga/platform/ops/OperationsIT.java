package uk.org.eelga.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.RealBrowser;
import uk.org.eelga.platform.support.TestDatabase;

/**
 * Issue 17, point 6, against the running platform: the metrics on the management port (and only there), timed by
 * route, counted per council, the pool, the JVM, sign-ins and page sessions, the outbox backlog as the database has
 * it; request ids; the access log with ids only.
 */
@PlatformIT
@Property(name = "eelga.management.port", value = "0")
class OperationsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    ManagementServer management;

    @Test
    void api_requests_are_timed_by_route_and_counted_for_their_council_with_a_request_id() throws Exception {
        String officer = DemoTokens.accessToken("officer@cambridge.demo");
        HttpResponse<String> given = get(RealBrowser.PLATFORM + "/api/v1/me", officer, "proxy-req-0123456789");
        assertThat(given.statusCode()).isEqualTo(200);
        assertThat(given.headers().firstValue("X-Request-Id")).contains("proxy-req-0123456789");
        for (String forged : List.of("short", "x".repeat(65), "a b c d e f g h", "\"}{\"injected\":1")) {
            HttpResponse<String> answer = get(RealBrowser.PLATFORM + "/api/v1/me", officer, forged);
            String id = answer.headers().firstValue("X-Request-Id").orElseThrow();
            assertThat(id)
                    .as("a request id that is not a plain token is replaced")
                    .isNotEqualTo(forged);
            assertThat(UUID.fromString(id)).isNotNull();
        }

        String metrics = scrape();
        assertThat(value(
                        metrics,
                        "http_server_requests_seconds_count",
                        "method=\"GET\"",
                        "route=\"/api/v1/me\"",
                        "status=\"200\""))
                .hasValueSatisfying(count -> assertThat(count).isGreaterThanOrEqualTo(5));
        assertThat(value(metrics, "http_server_requests_seconds_bucket", "route=\"/api/v1/me\"", "le=\"+Inf\""))
                .as("a latency histogram per route")
                .isPresent();
        assertThat(value(metrics, "eelga_council_requests_total", "council=\"cambridge\""))
                .hasValueSatisfying(count -> assertThat(count).isGreaterThanOrEqualTo(5));
        assertThat(value(metrics, "jvm_memory_used_bytes", "area=\"heap\"")).isPresent();
        assertThat(value(metrics, "jvm_threads_live_threads")).isPresent();
        assertThat(metrics).containsPattern("(?m)^(hikaricp_connections|jdbc_connections_(active|max))\\{");
    }

    @Test
    void the_outbox_backlog_is_what_the_database_holds_unsent() throws Exception {
        long unsent = 0;
        try (Connection owner = TestDatabase.asOwner();
                Statement statement = owner.createStatement()) {
            List<String> councils = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select id from council")) {
                while (rows.next()) {
                    councils.add(rows.getString(1));
                }
            }
            // council by council, each counting only its own rows (the owner may read every council's since V171)
            for (String council : councils) {
                statement.execute("select set_config('app.tenant_id', '" + council + "', false)");
                try (ResultSet rows = statement.executeQuery(
                        "select count(*) from billing_outbox where sent_at is null and tenant_id = '" + council
                                + "'")) {
                    rows.next();
                    unsent += rows.getLong(1);
                }
            }
        }
        String metrics = scrape();
        assertThat(value(metrics, "eelga_stripe_outbox_backlog")).contains((double) unsent);
        assertThat(value(metrics, "eelga_stripe_outbox_oldest_seconds")).isPresent();
        assertThat(metrics).contains("eelga_stripe_webhook_lag_seconds_count");
    }

    @Test
    void a_sign_in_and_its_page_session_are_counted() throws Exception {
        double before =
                value(scrape(), "eelga_signins_total", "outcome=\"admitted\"").orElse(0.0);
        try (RealBrowser chromium = new RealBrowser();
                BrowserContext session = chromium.newSession()) {
            Page page = session.newPage();
            RealBrowser.signIn(page, "officer@norwich.demo");
            page.waitForURL(RealBrowser.PLATFORM + "/portal");
            String metrics = scrape();
            assertThat(value(metrics, "eelga_signins_total", "outcome=\"admitted\""))
                    .contains(before + 1);
            assertThat(value(metrics, "eelga_vaadin_sessions"))
                    .hasValueSatisfying(open -> assertThat(open).isGreaterThanOrEqualTo(1));
            assertThat(value(metrics, "eelga_council_requests_total", "council=\"norwich\""))
                    .isPresent();
            // the page's requests are timed too: its first load, or Vaadin's round trips (v-r=uidl) on the root
            assertThat(metrics)
                    .containsPattern("(?m)^http_server_requests_seconds_count\\{[^}]*route=\"(/portal|/ \\(uidl\\))\"");
        }
    }

    @Test
    void the_metrics_are_on_the_management_port_only_and_probing_paths_does_not_grow_them() throws Exception {
        for (String path :
                List.of("/metrics", "/prometheus", "/api/v1/metrics", "/api/v1/prometheus", "/health/metrics")) {
            HttpResponse<String> answer = get(RealBrowser.PLATFORM + path, null, null);
            assertThat(answer.body()).as(path).doesNotContain("jvm_memory_used_bytes");
        }
        for (int i = 0; i < 200; i++) {
            get(RealBrowser.PLATFORM + "/api/v1/probe-" + UUID.randomUUID(), null, null);
        }
        String metrics = scrape();
        assertThat(metrics).doesNotContain("probe-");
        long routes = metrics.lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_count{"))
                .map(line -> line.replaceAll(".*route=\"([^\"]*)\".*", "$1"))
                .distinct()
                .count();
        assertThat(routes).isLessThanOrEqualTo(Routes.LIMIT + 2);

        HttpResponse<String> post = HTTP.send(
                HttpRequest.newBuilder(URI.create(managementUrl() + "/metrics"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(HTTP.send(
                                HttpRequest.newBuilder(URI.create(managementUrl() + "/env"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void the_access_log_has_one_line_a_request_with_ids_and_no_personal_data() throws Exception {
        ch.qos.logback.classic.Logger access = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("eelga.access");
        // keeps each line's logging context as it was when written (the plain ListAppender reads it later)
        ListAppender<ILoggingEvent> lines = new ListAppender<>() {
            @Override
            protected void append(ILoggingEvent event) {
                event.prepareForDeferredProcessing();
                super.append(event);
            }
        };
        lines.start();
        Level level = access.getLevel();
        access.setLevel(Level.INFO);
        access.addAppender(lines);
        List<ILoggingEvent> mine;
        List<ILoggingEvent> refused;
        try {
            String officer = DemoTokens.accessToken("officer@ipswich.demo");
            HttpResponse<String> answer = get(
                    RealBrowser.PLATFORM + "/api/v1/me?debug=officer@ipswich.demo", officer, "access-log-0123456789");
            assertThat(answer.statusCode()).isEqualTo(200);
            HttpResponse<String> unknown = get(
                    RealBrowser.PLATFORM + "/api/v1/hr-helpline/queries/99999999999", officer, "access-log-refused-42");
            assertThat(unknown.statusCode()).isEqualTo(404);
            // an API answer completes asynchronously: its line may be written just after the client has it
            mine = linesOf(lines, "access-log-0123456789");
            refused = linesOf(lines, "access-log-refused-42");
        } finally {
            access.detachAppender(lines);
            access.setLevel(level);
        }
        assertThat(mine).hasSize(1);
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).getFormattedMessage())
                .contains("path=/api/v1/hr-helpline/queries/99999999999", "route=NOT_FOUND", "status=404");
        ILoggingEvent line = mine.get(0);
        assertThat(line.getFormattedMessage())
                .contains("method=GET", "path=/api/v1/me", "route=/api/v1/me", "status=200", "duration_ms=")
                .doesNotContain("@");
        assertThat(line.getMDCPropertyMap()).containsEntry("council", "ipswich").containsKey("user");
        assertThat(line.getMDCPropertyMap().get("user")).doesNotContain("@");
    }

    private String managementUrl() {
        assertThat(management.port()).isPositive();
        return "http://127.0.0.1:" + management.port();
    }

    private String scrape() throws Exception {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(managementUrl() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        return answer.body();
    }

    /** The value of the first sample of {@code name} whose labels include every one given. */
    static Optional<Double> value(String metrics, String name, String... labels) {
        Pattern sample = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? ([0-9.eE+-]+|NaN)$");
        Matcher matcher = sample.matcher(metrics);
        while (matcher.find()) {
            String found = matcher.group(1) == null ? "" : matcher.group(1);
            boolean all = true;
            for (String label : labels) {
                all &= found.contains(label);
            }
            if (all) {
                return Optional.of(Double.parseDouble(matcher.group(2)));
            }
        }
        return Optional.empty();
    }

    /** The lines of one request, waiting up to five seconds for the first to be written. */
    private static List<ILoggingEvent> linesOf(ListAppender<ILoggingEvent> lines, String requestId)
            throws InterruptedException {
        long until = System.nanoTime() + 5_000_000_000L;
        while (true) {
            List<ILoggingEvent> found;
            synchronized (lines) {
                found = lines.list.stream()
                        .filter(event ->
                                requestId.equals(event.getMDCPropertyMap().get("request_id")))
                        .toList();
            }
            if (!found.isEmpty() || System.nanoTime() > until) {
                Thread.sleep(100); // a second line, if one were wrongly written, has had its chance
                synchronized (lines) {
                    return lines.list.stream()
                            .filter(event ->
                                    requestId.equals(event.getMDCPropertyMap().get("request_id")))
                            .toList();
                }
            }
            Thread.sleep(20);
        }
    }

    private static HttpResponse<String> get(String url, String bearer, String requestId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
