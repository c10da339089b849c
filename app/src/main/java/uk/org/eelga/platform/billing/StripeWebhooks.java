package uk.org.eelga.platform.billing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.rls.OnBehalfOfCouncil;

/**
 * Stripe's webhook events: the signature is checked against the configured secret first; each event id is
 * recorded once (a replay changes nothing); an invoice's status only moves forward (see
 * {@link InvoiceStatus#mayBecome}), so events arriving late or out of order cannot undo a payment.
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

    StripeWebhooks(
            StripeSettings settings,
            InvoiceRepository invoices,
            JdbcOperations jdbc,
            TransactionOperations<Connection> transactions,
            OnBehalfOfCouncil onBehalf,
            CouncilDirectory councils,
            ApplicationEventPublisher<InvoicePaid> paid,
            Clock clock) {
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
        Event event;
        try {
            event = Webhook.constructEvent(
                    payload, signatureHeader == null ? "" : signatureHeader, settings.webhookSecret());
        } catch (SignatureVerificationException e) {
            throw new InvalidWebhook("The Stripe signature does not verify: " + e.getMessage());
        }
        JsonNode object;
        try {
            object = JSON.readTree(payload).at("/data/object");
        } catch (IOException e) {
            throw new InvalidWebhook("The event is not JSON");
        }
        Instant created = Instant.ofEpochSecond(event.getCreated());
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
                    Optional<Invoice> found = invoices.findByStripeInvoiceId(
                                    object.path("id").asText())
                            .or(() -> platformInvoice(object).flatMap(invoices::findById));
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
                                ? object.path("hosted_invoice_url").asText()
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

    private boolean recordOnce(Event event, Instant created, String council, JsonNode object, Outcome outcome) {
        return jdbc.prepareStatement(
                        "insert into stripe_event (id, type, created_at, received_at, council_id, stripe_object,"
                                + " outcome) values (?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing",
                        statement -> {
                            statement.setString(1, event.getId());
                            statement.setString(2, event.getType());
                            statement.setTimestamp(3, Timestamp.from(created));
                            statement.setTimestamp(4, Timestamp.from(clock.instant()));
                            statement.setString(5, council);
                            statement.setString(6, object.path("id").asText(null));
                            statement.setString(7, outcome.name());
                            return statement.executeUpdate();
                        })
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
