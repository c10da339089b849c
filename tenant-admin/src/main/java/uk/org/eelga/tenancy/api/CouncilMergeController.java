package uk.org.eelga.tenancy.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import uk.org.eelga.tenancy.Roles;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.merge.CouncilLineage;
import uk.org.eelga.tenancy.merge.CouncilMerge;
import uk.org.eelga.tenancy.merge.MergeRequest;
import uk.org.eelga.tenancy.merge.MergeResult;
import uk.org.eelga.tenancy.merge.Predecessor;

@Controller("/api/v1/councils")
@Secured(Roles.ASSOCIATION_ADMIN)
@Tag(name = "Tenant administration")
class CouncilMergeController {

    private final CouncilMerge merges;
    private final CouncilLineage lineage;

    CouncilMergeController(CouncilMerge merges, CouncilLineage lineage) {
        this.merges = merges;
        this.lineage = lineage;
    }

    @Post("/merges")
    @Operation(summary = "Merge councils into a successor from a date (history stays with the predecessors)")
    @ApiResponse(responseCode = "400", description = "Into itself, a cycle, a council that is not active")
    MergeResult merge(@Valid @Body MergeRequest merge, HttpRequest<?> request) {
        return merges.merge(ApiCaller.of(request), merge);
    }

    @Post("/{id}/move-people")
    @Operation(summary = "Complete moving a merged council's people to its successor")
    int movePeople(@PathVariable String id, HttpRequest<?> request) {
        return merges.movePeople(ApiCaller.of(request), ApiArguments.council(id));
    }

    @Get("/{id}/predecessors")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The councils that merged into this one (its own people and association staff)")
    @ApiResponse(responseCode = "404", description = "Not the caller's council")
    List<Predecessor> predecessors(@PathVariable String id, HttpRequest<?> request) {
        TenantId council = ApiArguments.council(id);
        ApiCaller.of(request).requireOwnOrStaff(council);
        return lineage.predecessorsOf(council);
    }
}
