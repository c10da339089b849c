package uk.org.eelga.platform.talentbank;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import uk.org.eelga.platform.billing.InvoiceSummary;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.TenantScope;

/** Walks a request through the Talent Bank with the platform's own services, for tests ({@code @Inject} it). */
@Singleton
public final class TalentBankJourneys {

    private final TalentBankCatalogue catalogue;
    private final TalentBankRequests requests;
    private final TalentBankDesk desk;

    public TalentBankJourneys(TalentBankCatalogue catalogue, TalentBankRequests requests, TalentBankDesk desk) {
        this.catalogue = catalogue;
        this.requests = requests;
        this.desk = desk;
    }

    public RequestSummary requested(Caller officer, String poNumber) {
        long service = catalogue.offers().get(0).id();
        return TenantScope.callAs(
                officer,
                () -> requests.request(
                        officer,
                        new NewRequest(
                                service,
                                "Review of the waste contract",
                                LocalDate.now().plusDays(10),
                                LocalDate.now().plusDays(40),
                                "12,500",
                                poNumber)));
    }

    public RequestSummary quoted(Caller officer, String poNumber, LocalDate expiresOn) {
        RequestSummary request = requested(officer, poNumber);
        return desk.quote(
                Fixtures.staff(),
                officer.council(),
                request.id(),
                new QuoteTerms(Pricing.DAY_RATE, new BigDecimal("2.5"), 80_000L, null, expiresOn));
    }

    public RequestSummary accepted(Caller officer, String poNumber) {
        RequestSummary request = quoted(officer, poNumber, LocalDate.now().plusDays(30));
        return TenantScope.callAs(officer, () -> requests.accept(officer, request.id()));
    }

    /** Accepted, one associate assigned and 2.5 days delivered, invoiced due in 30 days. */
    public InvoiceSummary invoiced(Caller officer, String poNumber) {
        TenantId council = officer.council();
        RequestSummary request = accepted(officer, poNumber);
        long associate = catalogue.associates().get(0).id();
        desk.assign(Fixtures.staff(), council, request.id(), associate, new BigDecimal("2.5"), LocalDate.now());
        desk.logDelivery(Fixtures.staff(), council, request.id(), associate, LocalDate.now(), new BigDecimal("2.5"));
        return desk.invoice(
                Fixtures.staff(), council, request.id(), LocalDate.now().plusDays(30));
    }
}
