package uk.org.eelga.platform.billing;

import com.stripe.exception.StripeException;
import com.stripe.model.Customer;
import com.stripe.model.Invoice;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.InvoiceCreateParams;
import com.stripe.param.InvoiceItemCreateParams;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import uk.org.eelga.shared.Money;
import uk.org.eelga.shared.UkTime;

/**
 * The Stripe calls billing makes, each with an idempotency key derived from the outbox entry's key, so a call
 * retried after a timeout returns what the first one did instead of creating a second object.
 */
@Singleton
class StripeInvoices {

    private final StripeConnection stripe;

    StripeInvoices(StripeConnection stripe) {
        this.stripe = stripe;
    }

    String createCustomer(String councilId, String councilName) throws StripeException {
        Customer customer = stripe.client()
                .customers()
                .create(
                        CustomerCreateParams.builder()
                                .setName(councilName)
                                .putMetadata("council", councilId)
                                .build(),
                        key("eelga-customer-" + councilId));
        return customer.getId();
    }

    String createDraft(String customerId, uk.org.eelga.platform.billing.Invoice invoice, String key)
            throws StripeException {
        InvoiceCreateParams.Builder params = InvoiceCreateParams.builder()
                .setCustomer(customerId)
                .setCurrency("gbp")
                .setCollectionMethod(InvoiceCreateParams.CollectionMethod.SEND_INVOICE)
                .setDueDate(endOfDay(invoice.dueOn()))
                .setDescription(invoice.description())
                .setAutoAdvance(false)
                .setPendingInvoiceItemsBehavior(InvoiceCreateParams.PendingInvoiceItemsBehavior.EXCLUDE)
                .putMetadata("council", invoice.tenantId())
                .putMetadata("platform_invoice", String.valueOf(invoice.id()))
                .putMetadata("source_ref", invoice.sourceRef());
        if (invoice.poNumber() != null) {
            params.addCustomField(InvoiceCreateParams.CustomField.builder()
                    .setName("PO number")
                    .setValue(invoice.poNumber())
                    .build());
            params.putMetadata("po_number", invoice.poNumber());
        }
        return stripe.client()
                .invoices()
                .create(params.build(), key(key + "-invoice"))
                .getId();
    }

    /** Adds the lines (and their VAT as lines of their own) to a draft invoice. */
    void addLines(String customerId, String stripeInvoiceId, List<InvoiceLine> lines, String key)
            throws StripeException {
        for (InvoiceLine line : lines) {
            String description = line.quantity() == 1
                    ? line.description()
                    : line.description() + " (" + line.quantity() + " × " + Money.format(line.unitAmountPence()) + ")";
            item(
                    customerId,
                    stripeInvoiceId,
                    description,
                    line.netPence(),
                    line.sourceRef(),
                    key + "-line-" + line.lineNo());
            if (line.vatPence() > 0) {
                item(
                        customerId,
                        stripeInvoiceId,
                        "VAT at " + line.vatRate().stripTrailingZeros().toPlainString() + "% on " + line.description(),
                        line.vatPence(),
                        line.sourceRef(),
                        key + "-vat-" + line.lineNo());
            }
        }
    }

    private void item(String customerId, String invoiceId, String description, long pence, String sourceRef, String key)
            throws StripeException {
        stripe.client()
                .invoiceItems()
                .create(
                        InvoiceItemCreateParams.builder()
                                .setCustomer(customerId)
                                .setInvoice(invoiceId)
                                .setCurrency("gbp")
                                .setAmount(pence)
                                .setDescription(description)
                                .putMetadata("source_ref", sourceRef)
                                .build(),
                        key(key));
    }

    Invoice finalizeAndSend(String stripeInvoiceId, String key) throws StripeException {
        Invoice current = stripe.client().invoices().retrieve(stripeInvoiceId);
        if ("draft".equals(current.getStatus())) {
            current = stripe.client().invoices().finalizeInvoice(stripeInvoiceId, key(key + "-finalize"));
        }
        stripe.client().invoices().sendInvoice(stripeInvoiceId, key(key + "-send"));
        return current;
    }

    Invoice retrieve(String stripeInvoiceId) throws StripeException {
        return stripe.client().invoices().retrieve(stripeInvoiceId);
    }

    private static RequestOptions key(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    private static long endOfDay(LocalDate day) {
        return UkTime.at(day.atTime(LocalTime.of(23, 0))).getEpochSecond();
    }
}
