package uk.org.eelga.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import uk.org.eelga.platform.billing.InvoiceSummary;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.FailoverProxy;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformNode;
import uk.org.eelga.platform.support.RealBrowser;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.support.TestPorts;
import uk.org.eelga.platform.talentbank.TalentBankJourneys;
import uk.org.eelga.platform.talentbank.TalentBankRequests;
import uk.org.eelga.stripe.stub.StripeStub;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.people.CouncilPeople;

/**
 * Issue 17, point 3: two platform nodes, each its own JVM from the built jar, against ONE database, one Stripe (the
 * local stub, in this JVM) and one mail server (GreenMail, in this JVM), with their background jobs switched on and
 * running every second. Each Stripe call and each email happens once; a node that is stopped drains; the person
 * whose page was on it is asked to sign in again on the other node and finds what they saved. This JVM's own
 * platform (random port, jobs off) only writes the invoices, through the platform's services.
 */
@MicronautTest(environments = "test", transactional = false)
@Property(name = "micronaut.server.port", value = "-1")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String WEBHOOK_SECRET = "whsec_two_nodes_" + System.nanoTime();

    static StripeStub stripe;
    static GreenMail mail;
    static PlatformNode a;
    static PlatformNode b;
    static FailoverProxy proxy;

    @Inject
    TalentBankJourneys journeys;

    @Inject
    TalentBankRequests requests;

    @Inject
    CouncilPeople people;

    @BeforeAll
    static void twoNodes() throws Exception {
        TestDatabase.clearTenantData();
        stripe = StripeStub.start(0);
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp"));
        mail.start();
        Map<String, String> settings = PlatformNode.baseSettings();
        settings.put("PUBLIC_URL", "http://localhost:" + TestPorts.platform());
        settings.put("STRIPE_SECRET_KEY", "sk_test_two_nodes");
        settings.put("STRIPE_API_BASE", stripe.baseUrl());
        settings.put("STRIPE_WEBHOOK_SECRET", WEBHOOK_SECRET);
        settings.put("STRIPE_OUTBOX_START", "1s");
        settings.put("STRIPE_OUTBOX_INTERVAL", "1s");
        settings.put("STRIPE_RECONCILE_START", "1s");
        settings.put("STRIPE_RECONCILE_INTERVAL", "1s");
        settings.put("STRIPE_RETRY_BASE", "1s");
        settings.put("SMTP_HOST", "127.0.0.1");
        settings.put("SMTP_PORT", String.valueOf(mail.getSmtp().getPort()));
        settings.put("SMTP_SECURITY", "none");
        settings.put("EELGA_DRAIN_DELAY", "6s");
        settings.put("EELGA_DRAIN_TIMEOUT", "20s");
        PlatformNode.migrate(settings);
        a = PlatformNode.start("node-a", settings);
        b = PlatformNode.start("node-b", settings);
        a.awaitReady(Duration.ofMinutes(3));
        b.awaitReady(Duration.ofMinutes(3));
        proxy = new FailoverProxy(Integer.parseInt(TestPorts.platform()), List.of(a.port(), b.port()));
    }

    @AfterAll
    static void stop() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
        for (PlatformNode node : new PlatformNode[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
        if (mail != null) {
            mail.stop();
        }
        if (stripe != null) {
            stripe.close();
        }
    }

    @Test
    @Order(1)
    void each_invoice_reaches_stripe_once_while_both_nodes_run_the_outbox_and_reconcile_jobs() throws Exception {
        List<InvoiceSummary> invoices = new ArrayList<>();
        for (String council : COUNCILS) {
            for (int i = 0; i < 4; i++) {
                invoices.add(journeys.invoiced(
                        Fixtures.officer(TenantId.of(council), council, "Nora" + i), "PO-2N-" + council + "-" + i));
            }
        }

        // the nodes start sending while the invoices are still being written: count every entry, sent or not
        assertThat(outbox("true")).as("one outbox entry per invoice").isEqualTo(invoices.size());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (unsent() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(invoices).hasSize(16);
        assertThat(unsent()).as("every outbox entry sent by one of the nodes").isZero();
        Thread.sleep(2_500); // a few more turns of both nodes' jobs: nothing may be sent again

        List<StripeStub.Recorded> posts = stripe.requests().stream()
                .filter(r -> r.method().equals("POST"))
                .toList();
        Map<String, Long> repeated = posts.stream()
                .collect(Collectors.groupingBy(r -> r.path() + " " + r.idempotencyKey(), Collectors.counting()))
                .entrySet()
                .stream()
                .filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(repeated).as("Stripe calls made more than once").isEmpty();
        assertThat(posts.stream().filter(r -> r.path().equals("/v1/customers")))
                .as("one customer per council")
                .hasSize(4);
        assertThat(posts.stream().filter(r -> r.path().equals("/v1/invoices")))
                .as("one invoice per outbox entry")
                .hasSize(invoices.size());
        assertThat(posts.stream().filter(r -> r.path().endsWith("/finalize"))).hasSize(invoices.size());
        assertThat(posts.stream().filter(r -> r.path().endsWith("/send"))).hasSize(invoices.size());
        assertThat(stripe.invoiceCount()).isEqualTo(invoices.size());

        // the reconcile job ran on the nodes too, reading the open invoices back (GETs are not idempotent-keyed)
        assertThat(stripe.requests().stream().filter(r -> r.method().equals("GET")))
                .as("the reconcile job re-read the open invoices")
                .isNotEmpty();
    }

    @Test
    @Order(2)
    void a_reminder_round_pressed_on_both_nodes_at_once_emails_each_person_once() throws Exception {
        Fixtures.peopleOfTwoCouncils(people);
        String staff = DemoTokens.accessToken("staff@eelga.demo");
        long survey = publishedSurvey(staff, "Two nodes reminders " + System.nanoTime());
        int before = mail.getReceivedMessages().length;

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> presses = new ArrayList<>();
        for (PlatformNode node : List.of(a, b)) {
            presses.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    return post(node.url() + "/api/v1/surveys/" + survey + "/reminders", "", staff);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> press : presses) {
            HttpResponse<String> answer = press.get(60, TimeUnit.SECONDS);
            statuses.add(answer.statusCode());
            if (answer.statusCode() == 409) {
                assertThat(answer.body()).containsAnyOf("REMINDERS_BEING_SENT", "REMINDERS_SENT_RECENTLY");
            }
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(post(a.url() + "/api/v1/surveys/" + survey + "/reminders", "", staff)
                        .statusCode())
                .as("pressed again a moment later")
                .isEqualTo(409);

        List<String> recipients = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (message.getSubject().contains("Two nodes reminders")) {
                recipients.add(message.getAllRecipients()[0].toString());
            }
        }
        assertThat(mail.getReceivedMessages().length - before).isEqualTo(recipients.size());
        Map<String, Long> perAddress =
                recipients.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(perAddress)
                .as("each person reminded once")
                .isNotEmpty()
                .allSatisfy((address, count) -> assertThat(count).as(address).isEqualTo(1L));
    }

    @Test
    @Order(3)
    void a_stopped_node_drains_and_its_people_sign_in_again_on_the_other_node_keeping_what_they_saved()
            throws Exception {
        String staff = DemoTokens.accessToken("staff@eelga.demo");
        long survey = publishedSurvey(staff, "Two nodes draft " + System.nanoTime());
        String page = RealBrowser.PLATFORM + "/portal/surveys/" + survey;
        try (RealBrowser chromium = new RealBrowser();
                BrowserContext session = chromium.newSession()) {
            Page browser = session.newPage();
            RealBrowser.signIn(browser, "officer@cambridge.demo");
            browser.waitForURL(RealBrowser.PLATFORM + "/portal");
            assertThat(proxy.lastBackend())
                    .as("the page session lives on node A")
                    .isEqualTo(a.port());
            browser.navigate(page);
            browser.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Yes"))
                    .check();
            browser.getByLabel("Comments").fill("Saved before the restart");
            browser.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft"))
                    .click();
            PlaywrightAssertions.assertThat(browser.getByText("Your draft has been saved."))
                    .isVisible();

            // a request in flight on node A: its body arrives slowly, finishing after the stop began
            try (Socket slow = new Socket(InetAddress.getLoopbackAddress(), a.port())) {
                byte[] body = "{\"id\":\"evt_slow\",\"type\":\"invoice.paid\"}".getBytes(StandardCharsets.UTF_8);
                OutputStream out = slow.getOutputStream();
                out.write(("POST /api/v1/stripe/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                + "Content-Type: application/json\r\nStripe-Signature: t=1,v1=00\r\n"
                                + "Content-Length: " + body.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, 10);
                out.flush();
                Thread.sleep(500);

                Instant stopped = Instant.now();
                a.stop();
                awaitStatus(a, "/health/readiness", 503, Duration.ofSeconds(3));
                long readinessDownMillis =
                        Duration.between(stopped, Instant.now()).toMillis();
                assertThat(anonymousPage(a))
                        .as("someone new is sent elsewhere while A drains")
                        .isEqualTo(503);
                assertThat(b.status("/health/readiness")).isEqualTo(200);

                // the person on A keeps working while A drains
                browser.getByLabel("Comments").fill("Saved while the node drained");
                browser.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft"))
                        .click();
                PlaywrightAssertions.assertThat(browser.getByText("Your draft has been saved."))
                        .isVisible();

                Thread.sleep(Math.max(
                        0, 6_500 - Duration.between(stopped, Instant.now()).toMillis()));
                out.write(body, 10, body.length - 10);
                out.flush();
                String answer = new String(readAnswer(slow.getInputStream()), StandardCharsets.UTF_8);
                assertThat(answer)
                        .as("the request in flight got its whole answer")
                        .startsWith("HTTP/1.1 400");
                assertThat(answer).contains("application/problem+json");

                assertThat(a.process().waitFor(40, TimeUnit.SECONDS))
                        .as("node A stopped by itself")
                        .isTrue();
                long stoppedMillis = Duration.between(stopped, Instant.now()).toMillis();
                System.out.printf(
                        "Node A: readiness DOWN %d ms after SIGTERM, stopped after %d ms (exit %d)%n",
                        readinessDownMillis, stoppedMillis, a.process().exitValue());
                assertThat(a.log()).contains("Stopping: readiness is DOWN");
            }

            // the next click reaches node B, where the session is not: a calm message, then sign in again
            browser.getByLabel("Comments").fill("Typed after the restart, not saved");
            browser.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft"))
                    .click();
            PlaywrightAssertions.assertThat(browser.getByText(SessionMovedMessages.CAPTION))
                    .isVisible();
            PlaywrightAssertions.assertThat(browser.getByText(
                            "Everything you saved is kept", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            RealBrowser.screenshot(browser, "two-nodes-session-moved");
            assertThat(browser.getByText("Something went wrong").count()).isZero();
            browser.getByText(SessionMovedMessages.CAPTION).click();
            browser.waitForURL(page, new Page.WaitForURLOptions().setTimeout(30_000));
            assertThat(proxy.lastBackend()).isEqualTo(b.port());
            PlaywrightAssertions.assertThat(
                            browser.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Yes")))
                    .isChecked();
            PlaywrightAssertions.assertThat(browser.getByLabel("Comments")).hasValue("Saved while the node drained");
            RealBrowser.screenshot(browser, "two-nodes-signed-in-again");
        }
    }

    private static final List<String> COUNCILS = List.of("norwich", "cambridge", "essex", "ipswich");

    /** Outbox entries not sent yet. */
    private static long unsent() throws Exception {
        return outbox("sent_at is null");
    }

    /** Outbox entries matching {@code where}, council by council (row-level security applies even to the owner). */
    private static long outbox(String where) throws Exception {
        long unsent = 0;
        try (Connection owner = TestDatabase.asOwner();
                Statement statement = owner.createStatement()) {
            for (String council : COUNCILS) {
                statement.execute("select set_config('app.tenant_id', '" + council + "', false)");
                // by tenant_id as well: the owner also reads every council's entries (V171, for the due-councils query)
                try (ResultSet rows = statement.executeQuery(
                        "select count(*) from billing_outbox where tenant_id = '" + council + "' and " + where)) {
                    rows.next();
                    unsent += rows.getLong(1);
                }
            }
        }
        return unsent;
    }

    private static long publishedSurvey(String staff, String title) throws Exception {
        String json = "{\"title\":\"" + title + "\",\"kind\":\"CANVASS\",\"audience\":\"ALL_COUNCILS\","
                + "\"mode\":\"PER_COUNCIL\",\"anonymous\":false,\"opensAt\":\"2020-01-01T00:00:00Z\","
                + "\"closesAt\":\"2099-01-01T00:00:00Z\",\"sections\":[{\"title\":\"One\",\"questions\":["
                + "{\"text\":\"Support?\",\"type\":\"YES_NO\",\"required\":true},"
                + "{\"text\":\"Comments\",\"type\":\"FREE_TEXT\",\"required\":false}]}]}";
        HttpResponse<String> created = post(a.url() + "/api/v1/surveys", json, staff);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = JSON.readTree(created.body()).get("id").asLong();
        HttpResponse<String> published = post(b.url() + "/api/v1/surveys/" + id + "/publish", "", staff);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return id;
    }

    private static HttpResponse<String> post(String url, String json, String bearer) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + bearer)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int anonymousPage(PlatformNode node) throws Exception {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(node.url() + "/portal"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static void awaitStatus(PlatformNode node, String path, int status, Duration limit) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (node.status(path) != status) {
            assertThat(System.nanoTime())
                    .as(path + " of " + node.url() + " to answer " + status)
                    .isLessThan(end);
            Thread.sleep(100);
        }
    }

    /** Reads one HTTP/1.1 answer with a Content-Length (Jetty's problem answers have one). */
    private static byte[] readAnswer(InputStream in) throws Exception {
        java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        int read;
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < end && (read = in.read(buffer)) > 0) {
            answer.write(buffer, 0, read);
            String text = answer.toString(StandardCharsets.UTF_8);
            int headersEnd = text.indexOf("\r\n\r\n");
            if (headersEnd > 0) {
                Map<String, String> headers = new HashMap<>();
                for (String line : text.substring(0, headersEnd).split("\r\n")) {
                    int colon = line.indexOf(':');
                    if (colon > 0) {
                        headers.put(
                                line.substring(0, colon).toLowerCase(),
                                line.substring(colon + 1).strip());
                    }
                }
                String length = headers.get("content-length");
                if (length != null && answer.size() - headersEnd - 4 >= Integer.parseInt(length)) {
                    break;
                }
            }
        }
        return answer.toByteArray();
    }

    @SuppressWarnings("unused")
    private static JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }
}
