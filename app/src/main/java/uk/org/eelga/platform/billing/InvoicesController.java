package uk.org.eelga.platform.billing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.api.ApiCaller;

@Controller("/api/v1/invoices")
@Tag(name = "Billing")
@Secured(SecurityRule.IS_AUTHENTICATED)
class InvoicesController {

    private final Invoices invoices;

    InvoicesController(Invoices invoices) {
        this.invoices = invoices;
    }

    @Get
    @Operation(
            summary = "Invoices: a council's people see their council's, association staff every council's;"
                    + " overdue first. Amounts in pence.")
    List<InvoiceSummary> list(HttpRequest<?> request) {
        Caller caller = ApiCaller.of(request);
        return caller.council() == null ? invoices.all(caller) : invoices.ours();
    }

    @Get("/{id}")
    @Operation(
            summary = "One invoice with its lines: a council's people only their council's own (or one carried over"
                    + " to it by a merge), association staff any council's. The list's fields, then issuedOn,"
                    + " paidOn (when paid) and lines (description, quantity, unit amount, net and VAT). Amounts in"
                    + " pence.")
    @ApiResponse(responseCode = "404", description = "No such invoice, or another council's")
    InvoiceDetail one(@PathVariable String id, HttpRequest<?> request) {
        Caller caller = ApiCaller.of(request);
        long invoiceId = Ids.parse(id).orElseThrow(InvoicesController::notFound);
        Optional<InvoiceDetail> found =
                caller.council() == null ? invoices.anyWithLines(caller, invoiceId) : invoices.oursWithLines(invoiceId);
        return found.orElseThrow(InvoicesController::notFound);
    }

    private static HttpStatusException notFound() {
        return new HttpStatusException(HttpStatus.NOT_FOUND, "No such invoice");
    }
}
