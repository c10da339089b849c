package uk.org.eelga.platform.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import uk.org.eelga.platform.mail.DelegateAddresses;
import uk.org.eelga.tenancy.api.ApiArguments;
import uk.org.eelga.tenancy.api.ApiCaller;
import uk.org.eelga.tenancy.api.ForAssociationStaff;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.Text;

/**
 * Association staff approve addresses outside a council's email domains for its delegates (coaching places,
 * event registrations); without an approval the platform writes only to the council's own domains.
 */
@Controller("/api/v1/staff/councils/{councilId}/approved-addresses")
@ForAssociationStaff
@Tag(name = "Tenant administration")
class DelegateAddressesController {

    @Serdeable
    record Approval(
            @Nullable @FreeText(max = Text.EMAIL) String email,
            @Nullable @FreeText(max = Text.REASON, multiline = true) String reason) {}

    private final DelegateAddresses addresses;

    DelegateAddressesController(DelegateAddresses addresses) {
        this.addresses = addresses;
    }

    @Get
    @Operation(summary = "The addresses outside its domains approved for a council's delegates")
    List<DelegateAddresses.Approved> list(@PathVariable String councilId, HttpRequest<?> request) {
        return addresses.approved(ApiCaller.of(request), ApiArguments.council(councilId));
    }

    @Post
    @Operation(summary = "Approve an address outside the council's email domains for its delegates, with a reason")
    @ApiResponse(responseCode = "201", description = "Approved (approving it again changes nothing)")
    @ApiResponse(responseCode = "400", description = "Not an email address, or no reason")
    HttpResponse<DelegateAddresses.Approved> approve(
            @PathVariable String councilId, @Valid @Body Approval approval, HttpRequest<?> request) {
        return HttpResponse.created(addresses.approve(
                ApiCaller.of(request), ApiArguments.council(councilId), approval.email(), approval.reason()));
    }

    @Delete
    @Operation(summary = "Withdraw the approval of an address")
    @ApiResponse(responseCode = "404", description = "No such approved address")
    HttpResponse<Void> withdraw(@PathVariable String councilId, @QueryValue String email, HttpRequest<?> request) {
        addresses.withdraw(ApiCaller.of(request), ApiArguments.council(councilId), email);
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }
}
