package uk.org.eelga.platform.billing;

import com.stripe.exception.StripeException;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.org.eelga.platform.cluster.ClusterJobs;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilSummary;
import uk.org.eelga.tenancy.rls.OnBehalfOfCouncil;

/**
 * Re-reads from Stripe every invoice that is not paid or void yet, in case a webhook never arrived; applies the
 * same forward-only rule as the webhooks.
 */
@Singleton
public class StripeReconciliation {

    private static final Logger LOG = LoggerFactory.getLogger(StripeReconciliation.class);

    private final CouncilDirectory councils;
    private final OnBehalfOfCouncil onBehalf;
    private final TransactionOperations<Connection> transactions;
    private final InvoiceRepository invoices;
    private final StripeInvoices stripe;
    private final StripeSettings settings;
    private final ApplicationEventPublisher<InvoicePaid> paid;
    private final Clock clock;
    private final HostedInvoiceUrls hostedUrls;
    private final ClusterJobs jobs;

    /** Reconciled by one node at a time ({@link ClusterJobs}). */
    static final String JOB = "stripe-reconcile";

    StripeReconciliation(
            CouncilDirectory councils,
            OnBehalfOfCouncil onBehalf,
            TransactionOperations<Connection> transactions,
            InvoiceRepository invoices,
            StripeInvoices stripe,
            StripeSettings settings,
            ApplicationEventPublisher<InvoicePaid> paid,
            Clock clock,
            HostedInvoiceUrls hostedUrls,
            ClusterJobs jobs) {
        this.jobs = jobs;
        this.hostedUrls = hostedUrls;
        this.councils = councils;
        this.onBehalf = onBehalf;
        this.transactions = transactions;
        this.invoices = invoices;
        this.stripe = stripe;
        this.settings = settings;
        this.paid = paid;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelay = "${eelga.stripe.reconcile-interval:1h}",
            initialDelay = "${eelga.stripe.reconcile-start:2m}")
    void scheduled() {
        if (settings.jobsEnabled()) {
            jobs.runAlone(JOB, this::reconcileHere);
        }
    }

    /** Returns how many invoices changed; waits (up to 30 s) while another node reconciles, 0 if it still is. */
    public int reconcile() {
        return jobs.runExclusively(JOB, Duration.ofSeconds(30), this::reconcileHere)
                .orElse(0);
    }

    private int reconcileHere() {
        int changed = 0;
        for (CouncilSummary council : councils.all()) {
            TenantId tenant = TenantId.of(council.id());
            changed += onBehalf.call(BillingActor.SYSTEM, tenant, () -> reconcileCouncil(tenant));
        }
        return changed;
    }

    private int reconcileCouncil(TenantId tenant) {
        List<Invoice> open = transactions.executeRead(s -> invoices.findByStatusInList(
                List.of(InvoiceStatus.DRAFT, InvoiceStatus.OPEN, InvoiceStatus.PAYMENT_FAILED)));
        int changed = 0;
        for (Invoice invoice : open) {
            if (invoice.stripeInvoiceId() == null) {
                continue;
            }
            try {
                com.stripe.model.Invoice remote = stripe.retrieve(invoice.stripeInvoiceId());
                InvoiceStatus status = InvoiceStatus.fromStripe(remote.getStatus());
                Instant at = clock.instant();
                boolean moved = transactions.executeWrite(s -> {
                    Invoice current = invoices.lockById(invoice.id()).orElseThrow();
                    if (!current.status().mayBecome(status, current.statusAt(), at)) {
                        return false;
                    }
                    invoices.update(current.linked(remote.getId(), hostedUrls.accepted(remote.getHostedInvoiceUrl()))
                            .withStatus(status, at));
                    if (status == InvoiceStatus.PAID) {
                        paid.publishEvent(new InvoicePaid(tenant, current.id(), current.sourceRef()));
                    }
                    return true;
                });
                if (moved) {
                    changed++;
                }
            } catch (StripeException e) {
                LOG.warn("Could not re-read Stripe invoice {}: {}", invoice.stripeInvoiceId(), e.getMessage());
            }
        }
        return changed;
    }
}
