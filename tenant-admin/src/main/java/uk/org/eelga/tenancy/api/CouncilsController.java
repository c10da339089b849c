package uk.org.eelga.tenancy.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.NotFoundForCaller;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilSummary;

@Controller("/api/v1/councils")
@Tag(name = "Councils")
class CouncilsController {

    private final CouncilDirectory councils;

    CouncilsController(CouncilDirectory councils) {
        this.councils = councils;
    }

    @Get
    @ForAssociationStaff
    @Operation(summary = "All member councils (association staff only)")
    List<CouncilSummary> all() {
        return councils.all();
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "One council: a council's own people and association staff may read it")
    @ApiResponse(responseCode = "404", description = "No such council, or not the caller's")
    CouncilSummary one(@PathVariable String id, HttpRequest<?> request) {
        Caller caller = ApiCaller.of(request);
        TenantId council = ApiArguments.council(id);
        caller.requireOwnOrStaff(council);
        return councils.find(council).orElseThrow(() -> new NotFoundForCaller("No such council"));
    }
}
