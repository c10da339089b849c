package uk.org.eelga.platform.billing;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.org.eelga.platform.cluster.ClusterJobs;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilSummary;
import uk.org.eelga.tenancy.rls.OnBehalfOfCouncil;

/**
 * Sends the outbox to Stripe. An entry stays until Stripe has the invoice finalised and sent; a failure or timeout
 * leaves it for a later attempt (backing off), and every attempt uses the same idempotency keys, so Stripe never
 * gets the invoice twice. The Stripe invoice id is stored as soon as Stripe returns it, so a retry continues with
 * that invoice instead of creating another even after the idempotency keys have expired.
 */
@Singleton
public class BillingOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(BillingOutbox.class);

    private final OutboxRepository outbox;
    private final InvoiceRepository invoices;
    private final InvoiceLineRepository lines;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final OnBehalfOfCouncil onBehalf;
    private final CouncilDirectory councils;
    private final StripeInvoices stripe;
    private final StripeSettings settings;
    private final Clock clock;
    private final HostedInvoiceUrls hostedUrls;
    private final ReentrantLock running = new ReentrantLock();
    private final ClusterJobs jobs;

    BillingOutbox(
            OutboxRepository outbox,
            InvoiceRepository invoices,
            InvoiceLineRepository lines,
            JdbcOperations jdbc,
            TransactionOperations<Connection> transactions,
            OnBehalfOfCouncil onBehalf,
            CouncilDirectory councils,
            StripeInvoices stripe,
            StripeSettings settings,
            Clock clock,
            HostedInvoiceUrls hostedUrls,
            ClusterJobs jobs) {
        this.jobs = jobs;
        this.hostedUrls = hostedUrls;
        this.outbox = outbox;
        this.invoices = invoices;
        this.lines = lines;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.onBehalf = onBehalf;
        this.councils = councils;
        this.stripe = stripe;
        this.settings = settings;
        this.clock = clock;
    }

    /** The outbox is sent by one node at a time ({@link ClusterJobs}). */
    static final String JOB = "stripe-outbox";

    @Scheduled(fixedDelay = "${eelga.stripe.outbox-interval:10s}", initialDelay = "${eelga.stripe.outbox-start:15s}")
    void scheduled() {
        if (settings.jobsEnabled()) {
            jobs.runAlone(JOB, () -> sendDueHere(clock.instant()));
        }
    }

    /**
     * Sends every council's entries due at {@code now}; returns how many reached Stripe this time. Waits (up to
     * 30 s) while another node is sending; 0 if it still is.
     */
    public int sendDue(Instant now) {
        return jobs.runExclusively(JOB, Duration.ofSeconds(30), () -> sendDueHere(now))
                .orElse(0);
    }

    private int sendDueHere(Instant now) {
        running.lock();
        try {
            // One query for all councils (issue 13: it was one query and one checkout per council every 10 s);
            // only the councils with entries due are then bound, one by one, to send them.
            java.util.Set<String> due = dueCouncils(now);
            int sent = 0;
            if (due.isEmpty()) {
                return sent;
            }
            for (CouncilSummary council : councils.all()) {
                if (due.contains(council.id())) {
                    sent += onBehalf.call(
                            BillingActor.SYSTEM, TenantId.of(council.id()), () -> sendDueOf(council, now));
                }
            }
            return sent;
        } finally {
            running.unlock();
        }
    }

    /** What waits to reach Stripe, all councils: for the metrics (every node reads the same). */
    public record Backlog(long entries, Optional<Instant> oldest) {}

    public Backlog backlog() {
        long entries = 0;
        Instant oldest = null;
        for (CouncilSummary council : councils.all()) {
            Backlog of = onBehalf.call(
                    BillingActor.SYSTEM,
                    TenantId.of(council.id()),
                    () -> transactions.executeRead(status -> {
                        try (var statement = status.getConnection()
                                        .prepareStatement(
                                                "select count(*), min(created_at) from billing_outbox where sent_at is null");
                                var row = statement.executeQuery()) {
                            row.next();
                            return new Backlog(
                                    row.getLong(1),
                                    Optional.ofNullable(row.getTimestamp(2)).map(java.sql.Timestamp::toInstant));
                        }
                    }));
            entries += of.entries();
            if (of.oldest().isPresent() && (oldest == null || of.oldest().get().isBefore(oldest))) {
                oldest = of.oldest().get();
            }
        }
        return new Backlog(entries, Optional.ofNullable(oldest));
    }

    private java.util.Set<String> dueCouncils(Instant now) {
        return transactions.executeRead(
                status -> jdbc.prepareStatement("select billing_outbox_due_councils(?)", query -> {
                    query.setTimestamp(1, java.sql.Timestamp.from(now));
                    java.util.Set<String> ids = new java.util.HashSet<>();
                    try (java.sql.ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            ids.add(rows.getString(1));
                        }
                    }
                    return ids;
                }));
    }

    private int sendDueOf(CouncilSummary council, Instant now) {
        List<OutboxItem> due = transactions.executeRead(
                status -> outbox.findBySentAtIsNullAndNextAttemptAtLessThanEqualsOrderById(now));
        int sent = 0;
        for (OutboxItem item : due) {
            if (send(council, item)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(CouncilSummary council, OutboxItem item) {
        String key = item.idempotencyKey();
        try {
            Invoice invoice = transactions.executeRead(
                    s -> invoices.findById(item.invoiceId()).orElseThrow());
            String customer = customer(council);
            String stripeId = invoice.stripeInvoiceId();
            if (stripeId == null) {
                stripeId = stripe.createDraft(customer, invoice, key);
                String created = stripeId;
                transactions.executeWrite(
                        s -> linkAndMove(item.invoiceId(), created, null, InvoiceStatus.DRAFT, clock.instant()));
            }
            if (!"draft".equals(stripe.retrieve(stripeId).getStatus())) {
                LOG.info("Stripe invoice {} already finalised; sending it again is harmless", stripeId);
            } else {
                stripe.addLines(
                        customer,
                        stripeId,
                        transactions.executeRead(s -> lines.findByInvoiceIdOrderByLineNo(item.invoiceId())),
                        key);
            }
            com.stripe.model.Invoice finalised = stripe.finalizeAndSend(stripeId, key);
            String linked = stripeId;
            Instant finalisedAt = finalised.getStatusTransitions() != null
                            && finalised.getStatusTransitions().getFinalizedAt() != null
                    ? Instant.ofEpochSecond(finalised.getStatusTransitions().getFinalizedAt())
                    : clock.instant();
            transactions.executeWrite(s -> {
                linkAndMove(
                        item.invoiceId(),
                        linked,
                        finalised.getHostedInvoiceUrl(),
                        InvoiceStatus.fromStripe(finalised.getStatus()),
                        finalisedAt);
                outbox.update(outbox.findById(item.id()).orElseThrow().sent(clock.instant()));
                return null;
            });
            return true;
        } catch (Exception e) {
            Duration wait = settings.retryBase().multipliedBy(Math.min(64, 1L << Math.min(item.attempts(), 6)));
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.warn(
                    "Invoice {} of {} not sent to Stripe yet (attempt {}): {}",
                    item.invoiceId(),
                    council.id(),
                    item.attempts() + 1,
                    error);
            transactions.executeWrite(s -> outbox.update(outbox.findById(item.id())
                    .orElseThrow()
                    .failed(
                            error.length() > 500 ? error.substring(0, 500) : error,
                            clock.instant().plus(wait))));
            return false;
        }
    }

    private Void linkAndMove(long invoiceId, String stripeId, String hostedUrl, InvoiceStatus status, Instant at) {
        Invoice invoice = invoices.lockById(invoiceId).orElseThrow().linked(stripeId, hostedUrls.accepted(hostedUrl));
        if (invoice.status().mayBecome(status, invoice.statusAt(), at)) {
            invoice = invoice.withStatus(status, at);
        }
        invoices.update(invoice);
        return null;
    }

    private String customer(CouncilSummary council) throws com.stripe.exception.StripeException {
        String tenant = CurrentTenant.require().value();
        Optional<String> known = transactions.executeRead(s -> jdbc.prepareStatement(
                "select stripe_customer_id from billing_customer where tenant_id = ?", statement -> {
                    statement.setString(1, tenant);
                    try (var rows = statement.executeQuery()) {
                        return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                    }
                }));
        if (known.isPresent()) {
            return known.get();
        }
        String created = stripe.createCustomer(council.id(), council.name());
        transactions.executeWrite(s -> Rows.update(
                jdbc,
                "insert into billing_customer (tenant_id, stripe_customer_id, created_at) values (?, ?, now())"
                        + " on conflict (tenant_id) do nothing",
                tenant,
                created));
        return created;
    }
}
