package uk.org.eelga.platform.billing;

import uk.org.eelga.tenancy.TenantId;

/**
 * Published (synchronously, in the webhook's transaction, with the council bound) when an invoice becomes paid,
 * so the feature that raised it can record it without billing knowing the features.
 */
public record InvoicePaid(TenantId council, long invoiceId, String sourceRef) {}
