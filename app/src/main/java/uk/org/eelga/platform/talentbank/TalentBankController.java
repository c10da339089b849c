package uk.org.eelga.platform.talentbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import uk.org.eelga.platform.billing.Ids;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Roles;
import uk.org.eelga.tenancy.api.ApiCaller;
import uk.org.eelga.tenancy.api.ForCouncilPeople;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.Text;

@Controller("/api/v1/talent-bank")
@ForCouncilPeople
@Tag(name = "Talent Bank")
class TalentBankController {

    @Serdeable
    record Decline(@Nullable @FreeText(max = Text.REASON, multiline = true) String reason) {}

    private final TalentBankCatalogue catalogue;
    private final TalentBankRequests requests;

    TalentBankController(TalentBankCatalogue catalogue, TalentBankRequests requests) {
        this.catalogue = catalogue;
        this.requests = requests;
    }

    @Get("/services")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The Talent Bank catalogue by area; indicative day rates in pence")
    List<OfferSummary> services() {
        return catalogue.offers();
    }

    @Get("/requests")
    @Operation(summary = "The caller's council's Talent Bank requests with their latest quotes")
    List<RequestSummary> list(HttpRequest<?> request) {
        councilPerson(request);
        return requests.ours();
    }

    @Post("/requests")
    @Status(HttpStatus.CREATED)
    @Secured({Roles.COUNCIL_OFFICER, Roles.COUNCIL_ADMIN})
    @Operation(summary = "Request a Talent Bank service (scope, dates, budget in pounds, purchase-order number)")
    @ApiResponse(responseCode = "400", description = "A negative or non-numeric budget")
    @ApiResponse(responseCode = "422", description = "Missing scope, dates the wrong way round, unknown service")
    RequestSummary create(@Valid @Body NewRequest body, HttpRequest<?> request) {
        return requests.request(councilPerson(request), body);
    }

    @Get("/requests/{id}")
    @Operation(summary = "One of the caller's council's requests, with quotes, associates, deliveries, history")
    @ApiResponse(responseCode = "404", description = "No such request, or another council's")
    RequestDetail one(@PathVariable String id, HttpRequest<?> request) {
        councilPerson(request);
        return requests.ours(requestId(id)).orElseThrow(TalentBankController::notFound);
    }

    @Post("/requests/{id}/quote/accept")
    @Secured({Roles.COUNCIL_OFFICER, Roles.COUNCIL_ADMIN})
    @Operation(summary = "Accept the open quote")
    @ApiResponse(responseCode = "404", description = "No such request, or another council's")
    @ApiResponse(responseCode = "422", description = "The quote has expired or there is no open quote")
    RequestSummary accept(@PathVariable String id, HttpRequest<?> request) {
        Caller caller = councilPerson(request);
        return requests.accept(caller, requestId(id));
    }

    @Post("/requests/{id}/quote/decline")
    @Secured({Roles.COUNCIL_OFFICER, Roles.COUNCIL_ADMIN})
    @Operation(summary = "Decline the open quote, with an optional reason")
    @ApiResponse(responseCode = "404", description = "No such request, or another council's")
    RequestSummary decline(@PathVariable String id, @Valid @Body @Nullable Decline body, HttpRequest<?> request) {
        Caller caller = councilPerson(request);
        return requests.decline(caller, requestId(id), body == null ? null : body.reason());
    }

    private static Caller councilPerson(HttpRequest<?> request) {
        return ApiCaller.ofCouncil(request, "Only a council's own people can do this");
    }

    private static long requestId(String id) {
        return Ids.parse(id).orElseThrow(TalentBankController::notFound);
    }

    private static HttpStatusException notFound() {
        return new HttpStatusException(HttpStatus.NOT_FOUND, "No such request");
    }
}
