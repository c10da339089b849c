package uk.org.eelga.platform.talentbank;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import uk.org.eelga.platform.billing.InvoicePaid;

/** When a Talent Bank invoice is paid (webhook or reconciliation), the request is marked paid in the same step. */
@Singleton
class PaidTalentBankInvoices {

    private static final String PREFIX = "talent-bank-request-";

    private final RequestRecords records;

    PaidTalentBankInvoices(RequestRecords records) {
        this.records = records;
    }

    @EventListener
    void paid(InvoicePaid event) {
        if (!event.sourceRef().startsWith(PREFIX)) {
            return;
        }
        long id = Long.parseLong(event.sourceRef().substring(PREFIX.length()));
        records.requests
                .findById(id)
                .filter(request -> request.status() == RequestStatus.INVOICED)
                .ifPresent(request -> records.move(
                        request, RequestStatus.PAID, "billing@system.eelga.gov.uk", "Invoice paid online"));
    }
}
