package uk.org.eelga.platform.billing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import java.time.Instant;
import java.time.LocalDate;

/** A council's invoice (tenant-owned). */
@MappedEntity("billing_invoice")
record Invoice(
        @Id @GeneratedValue @Nullable Long id,
        @TenantId @Nullable String tenantId,
        String sourceRef,
        InvoiceKind kind,
        String description,
        @Nullable String poNumber,
        long netPence,
        long vatPence,
        long totalPence,
        LocalDate dueOn,
        InvoiceStatus status,
        Instant statusAt,
        @Nullable String stripeInvoiceId,
        @Nullable String hostedUrl,
        String createdBy,
        Instant createdAt) {

    Invoice withStatus(InvoiceStatus next, Instant at) {
        return with(next, at, stripeInvoiceId, hostedUrl);
    }

    Invoice linked(String stripeId, @Nullable String url) {
        return with(status, statusAt, stripeId, url == null ? hostedUrl : url);
    }

    /** The same invoice with what Stripe and the webhooks change: its status and its Stripe invoice and page. */
    private Invoice with(
            InvoiceStatus nextStatus, Instant nextStatusAt, @Nullable String nextStripeId, @Nullable String nextUrl) {
        return new Invoice(
                id,
                tenantId,
                sourceRef,
                kind,
                description,
                poNumber,
                netPence,
                vatPence,
                totalPence,
                dueOn,
                nextStatus,
                nextStatusAt,
                nextStripeId,
                nextUrl,
                createdBy,
                createdAt);
    }

    InvoiceSummary summary(LocalDate today) {
        boolean overdue = !status.isFinal() && status != InvoiceStatus.PENDING && dueOn.isBefore(today);
        return new InvoiceSummary(
                id,
                tenantId,
                kind.label(),
                description,
                poNumber,
                netPence,
                vatPence,
                totalPence,
                dueOn,
                status,
                overdue ? status.label() + ", overdue" : status.label(),
                overdue,
                hostedUrl,
                stripeInvoiceId);
    }
}
