package uk.org.eelga.platform.talentbank;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.org.eelga.shared.UkTime;

/**
 * What the council's and the staff's services share: moving a request on (always with a history entry) and
 * turning records into summaries. Runs inside the caller's transaction with the council bound.
 */
@Singleton
class RequestRecords {

    final Repositories.Requests requests;
    final Repositories.Quotes quotes;
    final Repositories.Assignments assignments;
    final Repositories.Deliveries deliveries;
    final Repositories.History history;
    final Repositories.Offers offers;
    final Repositories.Associates associates;
    final Repositories.Areas areas;
    final Clock clock;

    RequestRecords(
            Repositories.Requests requests,
            Repositories.Quotes quotes,
            Repositories.Assignments assignments,
            Repositories.Deliveries deliveries,
            Repositories.History history,
            Repositories.Offers offers,
            Repositories.Associates associates,
            Repositories.Areas areas,
            Clock clock) {
        this.requests = requests;
        this.quotes = quotes;
        this.assignments = assignments;
        this.deliveries = deliveries;
        this.history = history;
        this.offers = offers;
        this.associates = associates;
        this.areas = areas;
        this.clock = clock;
    }

    ServiceRequest find(long id) {
        return requests.findById(id).orElseThrow(() -> new RequestNotFound(id));
    }

    /** The request locked for a step: see {@link Repositories.Requests#lockById}. */
    ServiceRequest lock(long id) {
        return requests.lockById(id).orElseThrow(() -> new RequestNotFound(id));
    }

    ServiceRequest move(ServiceRequest request, RequestStatus next, String actorEmail, String note) {
        ServiceRequest moved = request.status() == next ? request : requests.update(request.withStatus(next));
        history.save(
                new HistoryEntry(null, null, request.id(), request.status(), next, actorEmail, clock.instant(), note));
        return moved;
    }

    void created(ServiceRequest request, String actorEmail) {
        history.save(new HistoryEntry(
                null, null, request.id(), null, request.status(), actorEmail, clock.instant(), "Requested"));
    }

    RequestSummary summary(ServiceRequest request) {
        Offer offer = offers.findById(request.serviceId()).orElseThrow();
        String area = areas.findById(offer.areaId()).map(Area::name).orElse(offer.areaId());
        QuoteSummary latest = quotes.findByRequestIdOrderByQuotedAtDesc(request.id()).stream()
                .findFirst()
                .map(this::quote)
                .orElse(null);
        return summary(request, offer, area, latest);
    }

    private static RequestSummary summary(
            ServiceRequest request, Offer offer, String area, @Nullable QuoteSummary latest) {
        return new RequestSummary(
                request.id(),
                request.tenantId(),
                offer.name(),
                area,
                request.scope(),
                request.startOn(),
                request.endOn(),
                request.budgetPence(),
                request.poNumber(),
                request.status(),
                request.status().label(),
                latest);
    }

    QuoteSummary quote(Quote quote) {
        boolean expired =
                quote.status() == QuoteStatus.OPEN && quote.expiresOn().isBefore(UkTime.today(clock));
        return new QuoteSummary(
                quote.id(),
                quote.pricing(),
                quote.days(),
                quote.dayRatePence(),
                quote.amountPence(),
                quote.expiresOn(),
                quote.status(),
                expired);
    }

    RequestDetail detail(ServiceRequest request) {
        Map<Long, Associate> people =
                associates.findAll().stream().collect(Collectors.toMap(Associate::id, Function.identity()));
        Function<Long, String> name =
                id -> Optional.ofNullable(people.get(id)).map(Associate::name).orElse("#" + id);
        return new RequestDetail(
                summary(request),
                quotes.findByRequestIdOrderByQuotedAtDesc(request.id()).stream()
                        .map(this::quote)
                        .toList(),
                assignments.findByRequestId(request.id()).stream()
                        .map(a -> new RequestDetail.Assigned(
                                a.associateId(), name.apply(a.associateId()), a.plannedDays(), a.startsOn()))
                        .toList(),
                deliveries.findByRequestIdOrderByDeliveredOn(request.id()).stream()
                        .map(d -> new RequestDetail.Delivered(
                                d.id(),
                                name.apply(d.associateId()),
                                d.deliveredOn(),
                                d.days(),
                                d.chargePence(),
                                d.invoiceSourceRef() != null))
                        .toList(),
                history.findByRequestIdOrderByAt(request.id()).stream()
                        .sorted(Comparator.comparing(HistoryEntry::at).thenComparing(HistoryEntry::id))
                        .map(h -> new RequestDetail.Change(
                                h.fromStatus() == null ? "" : h.fromStatus().label(),
                                h.toStatus().label(),
                                h.actorEmail(),
                                h.at(),
                                h.note() == null ? "" : h.note()))
                        .toList());
    }

    /**
     * The bound council's requests with their service, area and latest quote: four queries in all, not three per
     * request (issue 13). Builds the same summaries as {@link #summary(ServiceRequest)}.
     */
    List<RequestSummary> all() {
        List<ServiceRequest> all = requests.findAllOrderByRequestedAtDesc();
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Long, Offer> offerById = new java.util.HashMap<>();
        offers.findAll().forEach(o -> offerById.put(o.id(), o));
        Map<String, String> areaName = new java.util.HashMap<>();
        areas.findAll().forEach(a -> areaName.put(a.id(), a.name()));
        Map<Long, Quote> latest = new java.util.HashMap<>();
        quotes.findByRequestIdInOrderByQuotedAtDesc(
                        all.stream().map(ServiceRequest::id).toList())
                .forEach(q -> latest.putIfAbsent(q.requestId(), q));
        return all.stream()
                .map(request -> {
                    Offer offer = Optional.ofNullable(offerById.get(request.serviceId()))
                            .orElseThrow();
                    Quote quote = latest.get(request.id());
                    return summary(
                            request,
                            offer,
                            areaName.getOrDefault(offer.areaId(), offer.areaId()),
                            quote == null ? null : quote(quote));
                })
                .toList();
    }
}
