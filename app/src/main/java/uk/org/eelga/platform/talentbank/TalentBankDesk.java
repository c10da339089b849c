package uk.org.eelga.platform.talentbank;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import uk.org.eelga.platform.billing.Bill;
import uk.org.eelga.platform.billing.BillableItem;
import uk.org.eelga.platform.billing.InvoiceKind;
import uk.org.eelga.platform.billing.InvoiceSummary;
import uk.org.eelga.platform.billing.Invoicing;
import uk.org.eelga.shared.Money;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.rls.AssociationWideRead;
import uk.org.eelga.tenancy.rls.OnBehalfOfCouncil;

/**
 * The association's side of the Talent Bank: the pipeline across councils, and each step on a council's request
 * (quote, assign, log delivery, invoice), written as that council through {@link OnBehalfOfCouncil}. Every step
 * locks the request first and checks its state under the lock, so a step taken twice at once happens once.
 */
@Singleton
public class TalentBankDesk {

    /** A request in the pipeline, with its council. */
    public record PipelineRow(RequestSummary request, String councilName) {}

    private final RequestRecords records;
    private final OnBehalfOfCouncil onBehalf;
    private final AssociationWideRead wideRead;
    private final TransactionOperations<Connection> transactions;
    private final Invoicing invoicing;
    private final BigDecimal vatRate;

    TalentBankDesk(
            RequestRecords records,
            OnBehalfOfCouncil onBehalf,
            AssociationWideRead wideRead,
            TransactionOperations<Connection> transactions,
            Invoicing invoicing,
            @Value("${eelga.talent-bank.vat-rate:20}") BigDecimal vatRate) {
        this.records = records;
        this.onBehalf = onBehalf;
        this.wideRead = wideRead;
        this.transactions = transactions;
        this.invoicing = invoicing;
        this.vatRate = vatRate;
    }

    /** Every council's requests, grouped by status in the order work flows, newest first within a status. */
    /**
     * Every council's requests with their service, area and latest quote, in one association-wide query (it was a
     * transaction and three lookups per request, 77 statements for the demo's 13 requests: issue 13).
     */
    public List<PipelineRow> pipeline(Caller staff) {
        List<PipelineRow> rows = wideRead.read(staff, "Talent Bank pipeline", connection -> {
            List<PipelineRow> found = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                            "select r.id, r.tenant_id, c.name, s.name, coalesce(a.name, s.area_id), r.scope,"
                                    + " r.start_on, r.end_on, r.budget_pence, r.po_number, r.status,"
                                    + " q.id, q.pricing, q.days, q.day_rate_pence, q.amount_pence, q.expires_on,"
                                    + " q.status"
                                    + " from talent_bank_request r join council c on c.id = r.tenant_id"
                                    + " join talent_bank_service s on s.id = r.service_id"
                                    + " left join talent_bank_area a on a.id = s.area_id"
                                    + " left join lateral (select * from talent_bank_quote q where q.request_id ="
                                    + " r.id order by q.quoted_at desc, q.id desc limit 1) q on true"
                                    + " where r.withdrawn_by is null"
                                    + " order by r.requested_at desc");
                    ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    RequestStatus status = RequestStatus.valueOf(row.getString(11));
                    QuoteSummary latest = null;
                    long quoteId = row.getLong(12);
                    if (!row.wasNull()) {
                        long dayRate = row.getLong(15);
                        Long dayRatePence = row.wasNull() ? null : dayRate;
                        latest = records.quote(new Quote(
                                quoteId,
                                row.getString(2),
                                row.getLong(1),
                                Pricing.valueOf(row.getString(13)),
                                row.getBigDecimal(14),
                                dayRatePence,
                                row.getLong(16),
                                row.getObject(17, LocalDate.class),
                                QuoteStatus.valueOf(row.getString(18)),
                                "",
                                java.time.Instant.EPOCH,
                                null,
                                null));
                    }
                    long budget = row.getLong(9);
                    Long budgetPence = row.wasNull() ? null : budget;
                    RequestSummary summary = new RequestSummary(
                            row.getLong(1),
                            row.getString(2),
                            row.getString(4),
                            row.getString(5),
                            row.getString(6),
                            row.getObject(7, LocalDate.class),
                            row.getObject(8, LocalDate.class),
                            budgetPence,
                            row.getString(10),
                            status,
                            status.label(),
                            latest);
                    found.add(new PipelineRow(summary, row.getString(3)));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the pipeline", e);
            }
            return found;
        });
        List<PipelineRow> sorted = new ArrayList<>(rows);
        sorted.sort(
                java.util.Comparator.comparing((PipelineRow r) -> r.request().status()));
        return sorted;
    }

    public Optional<RequestDetail> detail(Caller staff, TenantId council, long requestId) {
        return asCouncil(
                staff, council, true, () -> records.requests.findById(requestId).map(records::detail));
    }

    /** Quotes (or re-quotes) a request; a previous open quote is withdrawn. */
    public RequestSummary quote(Caller staff, TenantId council, long requestId, QuoteTerms terms) {
        if (terms.expiresOn().isBefore(UkTime.today(records.clock))) {
            throw new RequestRefused("The quote's expiry date is in the past");
        }
        return asCouncil(staff, council, false, () -> {
            ServiceRequest request = records.lock(requestId);
            if (request.status() != RequestStatus.REQUESTED
                    && request.status() != RequestStatus.QUOTED
                    && request.status() != RequestStatus.DECLINED) {
                throw RequestRefused.conflict(
                        "This request is " + request.status().label().toLowerCase() + " and can no longer be quoted");
            }
            records.quotes
                    .findByRequestIdAndStatus(requestId, QuoteStatus.OPEN)
                    .ifPresent(open -> records.quotes.update(
                            open.decided(QuoteStatus.WITHDRAWN, staff.email(), records.clock.instant())));
            Quote quote = records.quotes.save(new Quote(
                    null,
                    null,
                    requestId,
                    terms.pricing(),
                    terms.days(),
                    terms.dayRatePence(),
                    terms.amountPence(),
                    terms.expiresOn(),
                    QuoteStatus.OPEN,
                    staff.email(),
                    records.clock.instant(),
                    null,
                    null));
            return records.summary(records.move(
                    request,
                    RequestStatus.QUOTED,
                    staff.email(),
                    "Quoted " + Money.format(quote.amountPence()) + ", valid until " + UkTime.date(quote.expiresOn())));
        });
    }

    public RequestSummary assign(
            Caller staff,
            TenantId council,
            long requestId,
            long associateId,
            BigDecimal plannedDays,
            LocalDate startsOn) {
        if (plannedDays == null || plannedDays.signum() <= 0) {
            throw new RequestRefused("Planned days must be more than 0");
        }
        return asCouncil(staff, council, false, () -> {
            ServiceRequest request = records.lock(requestId);
            if (request.status() != RequestStatus.ACCEPTED && request.status() != RequestStatus.SCHEDULED) {
                throw RequestRefused.conflict("Associates are assigned once the council has accepted the quote (this"
                        + " request is " + request.status().label().toLowerCase() + ")");
            }
            Associate associate = records.associates
                    .findById(associateId)
                    .filter(Associate::active)
                    .orElseThrow(() -> new RequestRefused("Choose an associate"));
            if (records.assignments.findByRequestId(requestId).stream()
                    .anyMatch(a -> a.associateId() == associate.id())) {
                throw RequestRefused.conflict(associate.name() + " is already assigned to this request");
            }
            records.assignments.save(new Assignment(null, null, requestId, associate.id(), plannedDays, startsOn));
            return records.summary(records.move(
                    request,
                    RequestStatus.SCHEDULED,
                    staff.email(),
                    associate.name() + " assigned for " + plannedDays.toPlainString() + " days from " + startsOn));
        });
    }

    /** Logs days an assigned associate delivered; charged at the quote's day rate (or the associate's). */
    public RequestSummary logDelivery(
            Caller staff, TenantId council, long requestId, long associateId, LocalDate deliveredOn, BigDecimal days) {
        if (days == null || days.signum() <= 0) {
            throw new RequestRefused("Days delivered must be more than 0");
        }
        return asCouncil(staff, council, false, () -> {
            ServiceRequest request = records.lock(requestId);
            if (request.status() != RequestStatus.SCHEDULED && request.status() != RequestStatus.DELIVERED) {
                throw RequestRefused.conflict("Delivery is logged once associates are scheduled (this request is "
                        + request.status().label().toLowerCase() + ")");
            }
            boolean assigned = records.assignments.findByRequestId(requestId).stream()
                    .anyMatch(a -> a.associateId() == associateId);
            if (!assigned) {
                throw new RequestRefused("That associate is not assigned to this request");
            }
            Associate associate = records.associates.findById(associateId).orElseThrow();
            records.deliveries.findByRequestIdOrderByDeliveredOn(requestId).stream()
                    .filter(d ->
                            d.associateId() == associateId && d.deliveredOn().equals(deliveredOn))
                    .findFirst()
                    .ifPresent(logged -> {
                        throw RequestRefused.conflict(associate.name() + "'s delivery on " + deliveredOn
                                + " is already logged (" + logged.days().toPlainString() + " days)");
                    });
            Quote accepted = records.quotes
                    .findByRequestIdAndStatus(requestId, QuoteStatus.ACCEPTED)
                    .orElseThrow(() -> new RequestRefused("This request has no accepted quote"));
            long rate =
                    accepted.pricing() == Pricing.DAY_RATE ? accepted.dayRatePence() : associate.chargeDayRatePence();
            records.deliveries.save(new Delivery(
                    null,
                    null,
                    requestId,
                    associateId,
                    deliveredOn,
                    days,
                    times(days, rate),
                    times(days, associate.costDayRatePence()),
                    null));
            return records.summary(records.move(
                    request,
                    RequestStatus.DELIVERED,
                    staff.email(),
                    associate.name() + " delivered " + days.toPlainString() + " days on " + deliveredOn));
        });
    }

    /**
     * Invoices what was delivered and not yet invoiced, in the same transaction that marks the deliveries
     * invoiced: day-rate work line by line, fixed-price work as the quoted price (spread over the deliveries for
     * the figures).
     */
    public InvoiceSummary invoice(Caller staff, TenantId council, long requestId, LocalDate dueOn) {
        return asCouncil(staff, council, false, () -> {
            ServiceRequest request = records.lock(requestId);
            if (request.status() != RequestStatus.DELIVERED) {
                throw RequestRefused.conflict("Only delivered work can be invoiced (this request is "
                        + request.status().label().toLowerCase() + ")");
            }
            Offer offer = records.offers.findById(request.serviceId()).orElseThrow();
            Quote accepted = records.quotes
                    .findByRequestIdAndStatus(requestId, QuoteStatus.ACCEPTED)
                    .orElseThrow();
            List<Delivery> open = records.deliveries.findByRequestIdOrderByDeliveredOn(requestId).stream()
                    .filter(d -> d.invoiceSourceRef() == null)
                    .toList();
            if (open.isEmpty()) {
                throw RequestRefused.conflict("Everything delivered has been invoiced already");
            }
            String source = "talent-bank-request-" + requestId;
            List<BillableItem> items = new ArrayList<>();
            if (accepted.pricing() == Pricing.FIXED) {
                items.add(new BillableItem(
                        offer.name() + ": " + request.scope(), 1, accepted.amountPence(), vatRate, source + "-fixed"));
                spread(open, accepted.amountPence(), source);
            } else {
                for (Delivery d : open) {
                    items.add(new BillableItem(
                            offer.name() + ", " + d.days().toPlainString() + " days on " + d.deliveredOn(),
                            1,
                            d.chargePence(),
                            vatRate,
                            "talent-bank-delivery-" + d.id()));
                    records.deliveries.update(d.invoiced(d.chargePence(), source));
                }
            }
            InvoiceSummary invoice = invoicing.bill(
                    staff.email(),
                    new Bill(
                            InvoiceKind.TALENT_BANK,
                            "Talent Bank: " + offer.name(),
                            request.poNumber(),
                            dueOn,
                            source,
                            items));
            records.move(
                    request,
                    RequestStatus.INVOICED,
                    staff.email(),
                    "Invoiced " + Money.format(invoice.totalPence()) + " including VAT, due " + dueOn);
            return invoice;
        });
    }

    private void spread(List<Delivery> open, long total, String source) {
        BigDecimal days = open.stream().map(Delivery::days).reduce(BigDecimal.ZERO, BigDecimal::add);
        long given = 0;
        for (int i = 0; i < open.size(); i++) {
            Delivery d = open.get(i);
            long share = i == open.size() - 1
                    ? total - given
                    : BigDecimal.valueOf(total)
                            .multiply(d.days())
                            .divide(days, 0, RoundingMode.HALF_UP)
                            .longValueExact();
            given += share;
            records.deliveries.update(d.invoiced(share, source));
        }
    }

    static long times(BigDecimal days, long ratePence) {
        return days.multiply(BigDecimal.valueOf(ratePence))
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    private <T> T asCouncil(Caller staff, TenantId council, boolean readOnly, Supplier<T> work) {
        return onBehalf.call(
                staff,
                council,
                () -> readOnly
                        ? transactions.executeRead(status -> work.get())
                        : transactions.executeWrite(status -> work.get()));
    }
}
