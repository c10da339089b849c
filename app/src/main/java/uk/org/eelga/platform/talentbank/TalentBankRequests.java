package uk.org.eelga.platform.talentbank;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import uk.org.eelga.platform.billing.InvalidAmount;
import uk.org.eelga.shared.Money;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.input.Text;

/** A council's side of the Talent Bank: request a service, see its requests, accept or decline a quote. */
@Singleton
public class TalentBankRequests {

    private final RequestRecords records;

    TalentBankRequests(RequestRecords records) {
        this.records = records;
    }

    @Transactional
    public RequestSummary request(Caller user, NewRequest asked) {
        user.councilOrRefuse(OWN_PEOPLE_ONLY);
        Offer offer = records.offers
                .findById(asked.serviceId())
                .filter(Offer::active)
                .orElseThrow(() -> new RequestRefused("Choose a service from the catalogue"));
        if (asked.scope() == null || asked.scope().isBlank()) {
            throw new RequestRefused("Describe the scope of the work");
        }
        Text.check("the scope", asked.scope(), Text.PARAGRAPH, true, RequestRefused::new);
        Text.check("the purchase-order number", asked.poNumber(), NewRequest.PO_NUMBER_MAX, false, RequestRefused::new);
        if (asked.budget() != null && asked.budget().length() > 30) {
            throw new InvalidAmount("Budget must be an amount in pounds, like 1250 or 1250.50");
        }
        if (asked.startOn() == null || asked.endOn() == null) {
            throw new RequestRefused("Give the dates you would like the work to start and end");
        }
        LocalDate today = UkTime.today(records.clock);
        if (asked.startOn().isBefore(today) || asked.startOn().isAfter(today.plusYears(NewRequest.YEARS_AHEAD))) {
            throw new RequestRefused("The work can start from today up to " + NewRequest.YEARS_AHEAD + " years ahead");
        }
        if (asked.endOn().isBefore(asked.startOn())) {
            throw new RequestRefused("The end date is before the start date");
        }
        if (asked.endOn().isAfter(asked.startOn().plusYears(NewRequest.YEARS_AHEAD))) {
            throw new RequestRefused("The work can run for at most " + NewRequest.YEARS_AHEAD + " years");
        }
        Long budget = asked.budget() == null || asked.budget().isBlank()
                ? null
                : InvalidAmount.parsePounds("Budget", asked.budget());
        ServiceRequest saved = records.requests.save(new ServiceRequest(
                null,
                null,
                offer.id(),
                asked.scope().trim(),
                asked.startOn(),
                asked.endOn(),
                budget,
                blankToNull(asked.poNumber()),
                RequestStatus.REQUESTED,
                user.email(),
                records.clock.instant()));
        records.created(saved, user.email());
        return records.summary(saved);
    }

    @ReadOnly
    public List<RequestSummary> ours() {
        CurrentTenant.require();
        return records.all();
    }

    @ReadOnly
    public Optional<RequestDetail> ours(long id) {
        CurrentTenant.require();
        return records.requests.findById(id).map(records::detail);
    }

    /**
     * Accepts the open quote; refused if it has expired (ask for a new one) or there is none. The request is
     * locked first, so of several callers at once exactly one accepts and the others are told it is accepted.
     */
    @Transactional
    public RequestSummary accept(Caller user, long requestId) {
        user.councilOrRefuse(OWN_PEOPLE_ONLY);
        ServiceRequest request = records.lock(requestId);
        Quote quote = openQuote(request);
        if (quote.expiresOn().isBefore(UkTime.today(records.clock))) {
            throw new RequestRefused("This quote expired on " + quote.expiresOn()
                    + " and can no longer be accepted: ask the association for a new quote");
        }
        records.quotes.update(quote.decided(QuoteStatus.ACCEPTED, user.email(), records.clock.instant()));
        return records.summary(records.move(
                request,
                RequestStatus.ACCEPTED,
                user.email(),
                "Accepted quote of " + Money.format(quote.amountPence())));
    }

    @Transactional
    public RequestSummary decline(Caller user, long requestId, String reason) {
        user.councilOrRefuse(OWN_PEOPLE_ONLY);
        Text.check("the reason", reason, Text.REASON, true, RequestRefused::new);
        ServiceRequest request = records.lock(requestId);
        Quote quote = openQuote(request);
        records.quotes.update(quote.decided(QuoteStatus.DECLINED, user.email(), records.clock.instant()));
        return records.summary(records.move(
                request,
                RequestStatus.DECLINED,
                user.email(),
                reason == null || reason.isBlank() ? "Declined" : "Declined: " + reason.trim()));
    }

    private Quote openQuote(ServiceRequest request) {
        if (request.status() != RequestStatus.QUOTED) {
            throw RequestRefused.conflict("There is no quote waiting for a decision on this request (it is "
                    + request.status().label().toLowerCase() + ")");
        }
        return records.quotes
                .findByRequestIdAndStatus(request.id(), QuoteStatus.OPEN)
                .orElseThrow(() -> RequestRefused.conflict("There is no open quote on this request"));
    }

    private static final Supplier<SecurityException> OWN_PEOPLE_ONLY =
            () -> new SecurityException("Only the council's own people can do this");

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static void refuseNegative(String field, long pence) {
        if (pence < 0) {
            throw new InvalidAmount(field + " cannot be negative");
        }
    }
}
