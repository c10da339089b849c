package uk.org.eelga.platform.billing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.ApiResource;
import com.stripe.net.Webhook;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.rls.OnBehalfOfCouncil;

/**
 * Stripe's webhook events: the signature is checked against the configured secret first, with its timestamp within
 * the tolerance in both directions; each event id is recorded once (a replay changes nothing); an invoice's status
 * only moves forward (see {@link InvoiceStatus#mayBecome}), decided with the invoice locked, so events arriving late,
 * out of order or all at once cannot undo or repeat a payment. The invoice page address is kept only if it is
 * Stripe's ({@link HostedInvoiceUrls}).
 */
@Singleton
public class StripeWebhooks {

    /** What happened to an event. */
    public enum Outcome {
        APPLIED,
        ALREADY_RECEIVED,
        OUTDATED,
        IGNORED
    }

    private static final Map<String, InvoiceStatus> HANDLED = Map.of(
            "invoice.finalized", InvoiceStatus.OPEN,
            "invoice.paid", InvoiceStatus.PAID,
            "invoice.payment_failed", InvoiceStatus.PAYMENT_FAILED,
            "invoice.voided", InvoiceStatus.VOID);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StripeSettings settings;
    private final InvoiceRepository invoices;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final OnBehalfOfCouncil onBehalf;
    private final CouncilDirectory councils;
    private final ApplicationEventPublisher<InvoicePaid> paid;
    private final Clock clock;
    private final HostedInvoiceUrls hostedUrls;
    private final Duration tolerance;
    private final ApplicationEventPublisher<WebhookArrived> arrivals;

    StripeWebhooks(
            StripeSettings settings,
            InvoiceRepository invoices,
            JdbcOperations jdbc,
            TransactionOperations<Connection> transactions,
            OnBehalfOfCouncil onBehalf,
            CouncilDirectory councils,
            ApplicationEventPublisher<InvoicePaid> paid,
            Clock clock,
            HostedInvoiceUrls hostedUrls,
            @Value("${eelga.stripe.webhook-tolerance:5m}") Duration tolerance,
            ApplicationEventPublisher<WebhookArrived> arrivals) {
        this.arrivals = arrivals;
        this.hostedUrls = hostedUrls;
        this.tolerance = tolerance;
        this.settings = settings;
        this.invoices = invoices;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.onBehalf = onBehalf;
        this.councils = councils;
        this.paid = paid;
        this.clock = clock;
    }

    public Outcome receive(String payload, String signatureHeader) {
        String header = signatureHeader == null ? "" : signatureHeader;
        try {
            // the signature first: nothing of an unsigned body is read, parsed or recorded
            Webhook.Signature.verifyHeader(payload, header, settings.webhookSecret(), tolerance.toSeconds(), clock);
        } catch (SignatureVerificationException e) {
            throw new InvalidWebhook("The Stripe signature does not verify: " + e.getMessage());
        }
        refuseFutureTimestamp(header);
        JsonNode root;
        Event event;
        try {
            root = JSON.readTree(payload);
            event = ApiResource.GSON.fromJson(payload, Event.class);
        } catch (IOException | RuntimeException e) {
            throw new InvalidWebhook("not-json", "The event is not a JSON Stripe event");
        }
        if (root == null
                || !root.isObject()
                || event == null
                || event.getId() == null
                || event.getType() == null
                || event.getCreated() == null) {
            throw new InvalidWebhook("not-an-event", "The body is not a Stripe event (id, type and created)");
        }
        JsonNode object = root.at("/data/object");
        Instant created = Instant.ofEpochSecond(event.getCreated());
        arrivals.publishEvent(new WebhookArrived(created));
        InvoiceStatus next = HANDLED.get(event.getType());
        Optional<TenantId> council = council(object.at("/metadata/council").asText(""));
        if (next == null
                || council.isEmpty()
                || !"invoice".equals(object.path("object").asText())) {
            return transactions.executeWrite(s -> recordOnce(event, created, null, object, Outcome.IGNORED)
                    ? Outcome.IGNORED
                    : Outcome.ALREADY_RECEIVED);
        }
        return onBehalf.call(
                BillingActor.SYSTEM,
                council.get(),
                () -> transactions.executeWrite(s -> {
                    // the invoice is locked before deciding, so of many events for it at once each sees the last
                    Optional<Invoice> found = invoices.findByStripeInvoiceId(
                                    object.path("id").asText())
                            .or(() -> platformInvoice(object).flatMap(invoices::findById))
                            .flatMap(seen -> invoices.lockById(seen.id()));
                    Outcome outcome = found.isEmpty()
                            ? Outcome.IGNORED
                            : found.get().status().mayBecome(next, found.get().statusAt(), created)
                                    ? Outcome.APPLIED
                                    : Outcome.OUTDATED;
                    if (!recordOnce(event, created, council.get().value(), object, outcome)) {
                        return Outcome.ALREADY_RECEIVED;
                    }
                    if (outcome == Outcome.APPLIED) {
                        Invoice invoice = found.get();
                        String url = object.path("hosted_invoice_url").isTextual()
                                ? hostedUrls.accepted(
                                        object.path("hosted_invoice_url").asText())
                                : null;
                        invoices.update(
                                invoice.linked(object.path("id").asText(), url).withStatus(next, created));
                        if (next == InvoiceStatus.PAID) {
                            paid.publishEvent(new InvoicePaid(council.get(), invoice.id(), invoice.sourceRef()));
                        }
                    }
                    return outcome;
                }));
    }

    /**
     * Stripe's library refuses signatures older than the tolerance only; one dated further ahead than the tolerance
     * (a captured signature meant for later, or a signer's clock gone wrong) is refused here. Stripe's own rule for
     * the header: the first {@code t=} element is the timestamp.
     */
    private void refuseFutureTimestamp(String header) {
        long timestamp = -1;
        for (String element : header.split(",")) {
            String[] pair = element.trim().split("=", 2);
            if (pair.length == 2 && "t".equals(pair[0])) {
                try {
                    timestamp = Long.parseLong(pair[1].trim());
                } catch (NumberFormatException e) {
                    throw new InvalidWebhook("The Stripe signature's timestamp is not a number");
                }
                break;
            }
        }
        if (timestamp < 0) {
            throw new InvalidWebhook("The Stripe signature has no timestamp");
        }
        if (timestamp > clock.instant().plus(tolerance).getEpochSecond()) {
            throw new InvalidWebhook("The Stripe signature's timestamp is in the future, beyond the tolerance");
        }
    }

    private boolean recordOnce(Event event, Instant created, String council, JsonNode object, Outcome outcome) {
        return Rows.update(
                        jdbc,
                        "insert into stripe_event (id, type, created_at, received_at, council_id, stripe_object,"
                                + " outcome) values (?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing",
                        event.getId(),
                        event.getType(),
                        Timestamp.from(created),
                        Timestamp.from(clock.instant()),
                        council,
                        object.path("id").asText(null),
                        outcome.name())
                == 1;
    }

    private Optional<TenantId> council(String id) {
        try {
            TenantId tenant = TenantId.of(id);
            return councils.find(tenant).map(found -> tenant);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> platformInvoice(JsonNode object) {
        try {
            return Optional.of(
                    Long.parseLong(object.at("/metadata/platform_invoice").asText("")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
