package uk.org.eelga.platform.communications.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import uk.org.eelga.platform.communications.Communication;
import uk.org.eelga.platform.communications.Communications;
import uk.org.eelga.tenancy.Roles;
import uk.org.eelga.tenancy.api.ApiCaller;

@Controller("/api/v1/communications")
@Secured({Roles.COUNCIL_OFFICER, Roles.COUNCIL_LEADER, Roles.COUNCIL_ADMIN})
@Tag(name = "Member communications")
class CommunicationController {

    private final Communications communications;

    CommunicationController(Communications communications) {
        this.communications = communications;
    }

    @Get
    @Operation(summary = "The published archive: e-bulletins, case studies, Chairman's briefs, bulletins, briefings")
    List<Communication> archive(HttpRequest<?> http) {
        return communications.archive(ApiCaller.of(http));
    }

    @Get("/{id}")
    @Operation(summary = "One published communication")
    @ApiResponse(responseCode = "404", description = "No such communication, or an internal one")
    Communication one(@PathVariable long id, HttpRequest<?> http) {
        return communications.published(ApiCaller.of(http), id);
    }
}
