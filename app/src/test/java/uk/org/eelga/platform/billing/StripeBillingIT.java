package uk.org.eelga.platform.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.LocalStripe;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.talentbank.RequestStatus;
import uk.org.eelga.platform.talentbank.TalentBankJourneys;
import uk.org.eelga.platform.talentbank.TalentBankRequests;
import uk.org.eelga.stripe.stub.StripeStub;
import uk.org.eelga.tenancy.TenantScope;

/** Invoices from Talent Bank deliveries to Stripe (the local stub) and back through signed webhooks. */
@PlatformIT
class StripeBillingIT {

    private static final String WEBHOOK = Api.base() + "/api/v1/stripe/webhook";

    @Inject
    TalentBankJourneys journeys;

    @Inject
    TalentBankRequests requests;

    @Inject
    Invoices invoices;

    @Inject
    BillingOutbox outbox;

    @Inject
    StripeReconciliation reconciliation;

    @Inject
    StripeConnection stripe;

    @Value("${eelga.stripe.webhook-secret}")
    String secret;

    private StripeStub stub;

    @BeforeEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
        stub = LocalStripe.stub();
        stub.failNextRequests(0);
        stub.loseNextAnswers(0);
    }

    @Test
    void a_delivered_request_is_invoiced_in_stripe_and_the_paid_webhook_marks_invoice_and_request_paid() {
        InvoiceSummary invoice = journeys.invoiced(Fixtures.NORA, "NCC-PO-123");
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PENDING);
        assertThat(invoice.netPence()).isEqualTo(200_000); // 2.5 days at £800
        assertThat(invoice.vatPence()).isEqualTo(40_000);
        assertThat(invoice.totalPence()).isEqualTo(240_000);

        assertThat(outbox.sendDue(Instant.now())).isEqualTo(1);
        InvoiceSummary sent = ours(invoice.id());
        assertThat(sent.status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(sent.hostedUrl()).contains("/hosted/in_");
        Map<String, Object> remote = stub.invoice(sent.stripeInvoiceId()).orElseThrow();
        assertThat(remote.get("status")).isEqualTo("open");
        assertThat(((Number) remote.get("amount_due")).longValue()).isEqualTo(240_000L);
        assertThat(remote.get("collection_method")).isEqualTo("send_invoice");
        assertThat(remote.get("due_date")).isNotNull();
        assertThat(remote.get("custom_fields").toString()).contains("PO number", "NCC-PO-123");
        assertThat(remote.get("metadata").toString()).contains("council=norwich");
        assertThat(stub.requests()).anyMatch(r -> r.path().endsWith("/send"));

        assertThat(stripe.simulatePayment(sent.stripeInvoiceId())).isEqualTo(200);

        assertThat(ours(invoice.id()).status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(TenantScope.callAs(Fixtures.memberOf(Fixtures.NORWICH), () -> requests.ours())
                        .get(0)
                        .status())
                .isEqualTo(RequestStatus.PAID);
    }

    @Test
    void a_webhook_with_a_bad_signature_is_refused_and_changes_nothing() {
        String stripeId = sentInvoice();
        String paid = stub.pay(stripeId);

        assertThat(StripeStub.deliver(WEBHOOK, paid, "whsec_someone_else")).isEqualTo(400);
        String tampered = paid.replace("\"paid\"", "\"void\"");
        Answer answer = post(tampered, signatureOf(paid));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("invalid-signature");
        assertThat(post(paid, null).status()).isEqualTo(400);

        assertThat(statusOf(stripeId)).isEqualTo(InvoiceStatus.OPEN);
    }

    @Test
    void the_same_event_twice_is_applied_once() throws Exception {
        String stripeId = sentInvoice();
        String paid = stub.pay(stripeId);

        assertThat(StripeStub.deliver(WEBHOOK, paid, secret)).isEqualTo(200);
        Answer replay = post(paid, signatureOf(paid));
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body()).contains("ALREADY_RECEIVED");

        assertThat(statusOf(stripeId)).isEqualTo(InvoiceStatus.PAID);
        try (Connection owner = TestDatabase.asOwner();
                Statement statement = owner.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select count(*) from stripe_event where stripe_object = '" + stripeId + "'")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void a_finalized_event_arriving_after_paid_never_moves_the_invoice_back_to_open() {
        String stripeId = sentInvoice();
        long now = Instant.now().getEpochSecond();
        String finalizedEarlier = stub.event("invoice.finalized", stripeId, now - 60);
        String paid = stub.pay(stripeId);

        assertThat(StripeStub.deliver(WEBHOOK, paid, secret)).isEqualTo(200);
        Answer late = post(finalizedEarlier, signatureOf(finalizedEarlier));
        assertThat(late.body()).contains("OUTDATED");
        String voidedLater = stub.event("invoice.voided", stripeId, now + 60);
        assertThat(post(voidedLater, signatureOf(voidedLater)).body()).contains("OUTDATED");

        assertThat(statusOf(stripeId)).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void a_payment_failure_is_shown_and_a_later_payment_still_lands() {
        String stripeId = sentInvoice();
        String failed =
                stub.event("invoice.payment_failed", stripeId, Instant.now().getEpochSecond());
        assertThat(post(failed, signatureOf(failed)).body()).contains("APPLIED");
        assertThat(statusOf(stripeId)).isEqualTo(InvoiceStatus.PAYMENT_FAILED);

        assertThat(StripeStub.deliver(WEBHOOK, stub.pay(stripeId), secret)).isEqualTo(200);
        assertThat(statusOf(stripeId)).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void stripe_failing_twice_then_answering_gives_exactly_one_invoice_with_the_same_idempotency_key() {
        int before = stub.invoiceCount();
        InvoiceSummary invoice = journeys.invoiced(Fixtures.NORA, "PO-RETRY");
        stub.failNextRequests(2);

        assertThat(outbox.sendDue(Instant.now())).isZero();
        assertThat(outbox.sendDue(Instant.now().plusSeconds(3600))).isZero();
        assertThat(ours(invoice.id()).status()).isEqualTo(InvoiceStatus.PENDING);
        assertThat(outbox.sendDue(Instant.now().plusSeconds(7200))).isEqualTo(1);

        assertThat(stub.invoiceCount()).isEqualTo(before + 1);
        assertThat(ours(invoice.id()).status()).isEqualTo(InvoiceStatus.OPEN);
        // nothing more to send: the entry is done
        assertThat(outbox.sendDue(Instant.now().plusSeconds(9000))).isZero();
        assertThat(stub.invoiceCount()).isEqualTo(before + 1);
    }

    @Test
    void a_timeout_after_stripe_created_the_invoice_is_retried_with_the_same_key_and_makes_no_second_invoice() {
        sentInvoice(); // Norwich is a Stripe customer now, so the next call to Stripe creates an invoice
        int before = stub.invoiceCount();
        InvoiceSummary invoice = journeys.invoiced(Fixtures.NORA, "PO-TIMEOUT");
        stub.loseNextAnswers(1); // Stripe creates the invoice but its answer never arrives

        assertThat(outbox.sendDue(Instant.now())).isZero();
        assertThat(outbox.sendDue(Instant.now().plusSeconds(3600))).isEqualTo(1);

        assertThat(stub.invoiceCount()).isEqualTo(before + 1);
        String prefix = "eelga-norwich-invoice-" + invoice.id() + "-";
        List<StripeStub.Recorded> creations = stub.requests().stream()
                .filter(r -> r.method().equals("POST") && r.path().equals("/v1/invoices"))
                .filter(r -> r.idempotencyKey() != null && r.idempotencyKey().startsWith(prefix))
                .toList();
        assertThat(creations).hasSize(2);
        assertThat(creations.get(1).idempotencyKey())
                .isEqualTo(creations.get(0).idempotencyKey())
                .endsWith("-invoice");
        assertThat(ours(invoice.id()).status()).isEqualTo(InvoiceStatus.OPEN);
    }

    @Test
    void reconciliation_reads_a_payment_whose_webhook_never_arrived() {
        String stripeId = sentInvoice();
        stub.pay(stripeId); // the webhook is lost

        assertThat(reconciliation.reconcile()).isEqualTo(1);

        assertThat(statusOf(stripeId)).isEqualTo(InvoiceStatus.PAID);
        assertThat(reconciliation.reconcile()).isZero();
    }

    @Test
    void negative_amounts_and_empty_items_are_refused_with_clear_messages() {
        assertThatThrownBy(() -> new BillableItem("Place", 1, -500, java.math.BigDecimal.ZERO, "x"))
                .isInstanceOf(InvalidAmount.class)
                .hasMessage("Unit amount cannot be negative");
        assertThatThrownBy(() -> new BillableItem("Place", 0, 500, java.math.BigDecimal.ZERO, "x"))
                .hasMessageContaining("Quantity must be at least 1");
        assertThatThrownBy(() -> new Bill(InvoiceKind.OTHER, "Nothing", null, LocalDate.now(), "x", List.of()))
                .hasMessage("An invoice needs at least one item");
    }

    @Test
    void the_membership_run_bills_every_council_once_even_when_run_twice() {
        MembershipInvoicing.Run first = membership.invoiceYear(
                Fixtures.associationAdmin(), "2026-27", LocalDate.now().plusDays(30));
        assertThat(first.invoiced()).isEqualTo(52);
        assertThat(first.withoutFee()).isEmpty();
        MembershipInvoicing.Run second = membership.invoiceYear(
                Fixtures.associationAdmin(), "2026-27", LocalDate.now().plusDays(30));
        assertThat(second.invoiced()).isZero();
        assertThat(second.alreadyInvoiced()).isEqualTo(52);
        assertThat(invoices.all(Fixtures.staff())).hasSize(52);
        assertThat(TenantScope.callAs(Fixtures.memberOf(Fixtures.NORWICH), () -> invoices.ours()))
                .singleElement()
                .satisfies(i -> assertThat(i.totalPence()).isEqualTo(720_000));
    }

    @Inject
    MembershipInvoicing membership;

    // --- helpers

    private String sentInvoice() {
        InvoiceSummary invoice = journeys.invoiced(Fixtures.NORA, "PO-1");
        outbox.sendDue(Instant.now());
        return ours(invoice.id()).stripeInvoiceId();
    }

    private InvoiceSummary ours(long id) {
        return TenantScope.callAs(Fixtures.memberOf(Fixtures.NORWICH), () -> invoices.ours(id))
                .orElseThrow();
    }

    private InvoiceStatus statusOf(String stripeId) {
        return TenantScope.callAs(Fixtures.memberOf(Fixtures.NORWICH), () -> invoices.ours()).stream()
                .filter(i -> stripeId.equals(i.stripeInvoiceId()))
                .findFirst()
                .orElseThrow()
                .status();
    }

    private String signatureOf(String payload) {
        return uk.org.eelga.stripe.stub.StripeSignature.header(
                payload, secret, Instant.now().getEpochSecond());
    }

    private record Answer(int status, String body) {}

    private static Answer post(String payload, String signature) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(WEBHOOK))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(payload));
            if (signature != null) {
                request.header("Stripe-Signature", signature);
            }
            var response = java.net.http.HttpClient.newHttpClient()
                    .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
