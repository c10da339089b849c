package uk.org.eelga.platform.appraisal.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import uk.org.eelga.platform.appraisal.AppraisalSummary;
import uk.org.eelga.platform.appraisal.AppraisalSupport;
import uk.org.eelga.tenancy.Roles;
import uk.org.eelga.tenancy.api.ApiCaller;
import uk.org.eelga.tenancy.api.ForCouncilPeople;
import uk.org.eelga.tenancy.input.FreeText;

@Controller("/api/v1/appraisal-requests")
@ForCouncilPeople
@Tag(name = "Chief Executive appraisal support")
class AppraisalController {

    private final AppraisalSupport support;

    AppraisalController(AppraisalSupport support) {
        this.support = support;
    }

    @Post
    @Secured({Roles.COUNCIL_LEADER, Roles.COUNCIL_ADMIN})
    @Operation(summary = "Request support with the Chief Executive's annual appraisal (council leader or admin)")
    @ApiResponse(responseCode = "201", description = "Requested")
    @ApiResponse(responseCode = "422", description = "preferred-dates or notes-too-long")
    HttpResponse<AppraisalSummary> request(@Valid @Body NewRequest request, HttpRequest<?> http) {
        return HttpResponse.created(support.request(ApiCaller.of(http), request.preferredDates(), request.notes()));
    }

    @Get
    @Operation(summary = "The caller's council's requests and where each stands")
    List<AppraisalSummary> ourRequests() {
        return support.ourRequests();
    }

    @Get("/{id}")
    @Operation(summary = "One of the caller's council's requests")
    @ApiResponse(responseCode = "404", description = "No such request, or another council's")
    AppraisalSummary ourRequest(@PathVariable long id) {
        return support.ourRequest(id);
    }

    @Serdeable
    record NewRequest(
            @FreeText(max = AppraisalSupport.PREFERRED_DATES_MAX, multiline = true) String preferredDates,
            @Nullable @FreeText(max = AppraisalSupport.NOTES_MAX, multiline = true) String notes) {}
}
