package uk.org.eelga.tenancy.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.org.eelga.tenancy.Roles;
import uk.org.eelga.tenancy.onboarding.CouncilOnboarding;
import uk.org.eelga.tenancy.onboarding.NewCouncil;
import uk.org.eelga.tenancy.onboarding.OnboardingResult;

@Controller("/api/v1/councils")
@Secured(Roles.ASSOCIATION_ADMIN)
@Tag(name = "Tenant administration")
class CouncilOnboardingController {

    private final CouncilOnboarding onboarding;

    CouncilOnboardingController(CouncilOnboarding onboarding) {
        this.onboarding = onboarding;
    }

    @Post
    @Operation(summary = "Onboard a council: register row, Keycloak organisation, first admin invited by email")
    @ApiResponse(responseCode = "201", description = "Onboarded: the council is active and its admin invited")
    @ApiResponse(responseCode = "202", description = "Stopped halfway (status ONBOARDING); retry completes it")
    @ApiResponse(responseCode = "400", description = "Bad input or a duplicate name, id or email domain")
    HttpResponse<OnboardingResult> onboard(@Valid @Body NewCouncil council, HttpRequest<?> request) {
        return answer(onboarding.onboard(ApiCaller.of(request), council));
    }

    @Post("/{id}/onboarding")
    @Operation(summary = "Complete an onboarding that stopped halfway")
    HttpResponse<OnboardingResult> resume(@PathVariable String id, HttpRequest<?> request) {
        return answer(onboarding.resume(ApiCaller.of(request), id));
    }

    private static HttpResponse<OnboardingResult> answer(OnboardingResult result) {
        return HttpResponse.status("ACTIVE".equals(result.status()) ? HttpStatus.CREATED : HttpStatus.ACCEPTED)
                .body(result);
    }
}
