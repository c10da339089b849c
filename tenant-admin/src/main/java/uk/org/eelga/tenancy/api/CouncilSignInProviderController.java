package uk.org.eelga.tenancy.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import uk.org.eelga.tenancy.NotFoundForCaller;
import uk.org.eelga.tenancy.Roles;
import uk.org.eelga.tenancy.signinprovider.CouncilSignInProvider;
import uk.org.eelga.tenancy.signinprovider.CouncilSignInProviders;
import uk.org.eelga.tenancy.signinprovider.SignInProviderRequest;

@Controller("/api/v1")
@Tag(name = "Tenant administration")
class CouncilSignInProviderController {

    private final CouncilSignInProviders providers;

    CouncilSignInProviderController(CouncilSignInProviders providers) {
        this.providers = providers;
    }

    @Get("/sign-in-providers")
    @Secured(Roles.ASSOCIATION_STAFF)
    @Operation(summary = "Councils that sign in with their own identity provider")
    List<CouncilSignInProvider> all(HttpRequest<?> request) {
        return providers.all(ApiCaller.of(request));
    }

    @Get("/councils/{id}/sign-in-provider")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The council's own identity provider (association staff, or the council's admin)")
    @ApiResponse(responseCode = "404", description = "None linked, or not the caller's council")
    CouncilSignInProvider of(@PathVariable String id, HttpRequest<?> request) {
        return providers
                .of(ApiCaller.of(request), id)
                .orElseThrow(() -> new NotFoundForCaller("No sign-in provider is linked to " + id + "."));
    }

    @Put("/councils/{id}/sign-in-provider")
    @Secured(Roles.ASSOCIATION_ADMIN)
    @Operation(
            summary = "Link the council to its own OpenID Connect provider (e.g. Entra ID) for one of its email"
                    + " domains; people of that domain are sent there to sign in")
    @ApiResponse(responseCode = "400", description = "A domain of another council, a bad or unreadable address")
    CouncilSignInProvider link(
            @PathVariable String id, @Valid @Body SignInProviderRequest link, HttpRequest<?> request) {
        return providers.link(ApiCaller.of(request), id, link);
    }

    @Delete("/councils/{id}/sign-in-provider")
    @Secured(Roles.ASSOCIATION_ADMIN)
    @Operation(summary = "Unlink the council's own provider; its people sign in with a platform password again")
    HttpResponse<Void> unlink(@PathVariable String id, HttpRequest<?> request) {
        providers.unlink(ApiCaller.of(request), id);
        return HttpResponse.noContent();
    }
}
