package uk.org.eelga.platform.billing;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import uk.org.eelga.shared.UkTime;

/**
 * One invoice with what it was for, line by line, as its council (and association staff) see it. The summary's
 * fields stay at the top level of the API's answer, as the list gives them. Amounts in pence; dates are UK days.
 */
@Serdeable
public record InvoiceDetail(
        @JsonUnwrapped InvoiceSummary invoice,
        LocalDate issuedOn,
        @Nullable LocalDate paidOn,
        List<Line> lines,
        @Nullable String enteredFrom) {

    /** One line: what was charged, how many (1 when it is a single charge) at what unit price, its net and VAT. */
    @Serdeable
    public record Line(String description, long quantity, long unitAmountPence, long netPence, long vatPence) {}

    /**
     * @param enteredFrom for one entered by staff from paper (a membership paid before the platform), "Entered by ...
     *     from ... on ..."; null for one the platform raised
     */
    static InvoiceDetail of(Invoice invoice, LocalDate today, List<InvoiceLine> lines, @Nullable String enteredFrom) {
        return new InvoiceDetail(
                invoice.summary(today),
                UkTime.dateOf(invoice.createdAt()),
                invoice.status() == InvoiceStatus.PAID ? UkTime.dateOf(invoice.statusAt()) : null,
                lines.stream()
                        .map(l -> new Line(
                                l.description(), l.quantity(), l.unitAmountPence(), l.netPence(), l.vatPence()))
                        .toList(),
                enteredFrom);
    }
}
