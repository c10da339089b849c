package uk.org.eelga.tenancy.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.NotFoundForCaller;
import uk.org.eelga.tenancy.Roles;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.users.CouncilMemberView;
import uk.org.eelga.tenancy.users.CouncilUserAdmin;
import uk.org.eelga.tenancy.users.Invitation;
import uk.org.eelga.tenancy.users.InvitationOutcome;

/**
 * A council admin manages their own council's people under {@code /api/v1/council/users} (the council comes from
 * the token); association admins manage any council's under {@code /api/v1/councils/{councilId}/users}.
 */
@Controller("/api/v1")
@Tag(name = "Council users")
class CouncilUsersController {

    private final CouncilUserAdmin users;

    CouncilUsersController(CouncilUserAdmin users) {
        this.users = users;
    }

    @Get("/council/users")
    @Secured(Roles.COUNCIL_ADMIN)
    @Operation(summary = "The people of the caller's council, with their roles (council admins)")
    List<CouncilMemberView> ownList(HttpRequest<?> request) {
        Caller caller = ApiCaller.of(request);
        return users.list(caller, own(caller));
    }

    @Post("/council/users")
    @Secured(Roles.COUNCIL_ADMIN)
    @Operation(summary = "Invite a person of the council's email domains with council roles")
    @ApiResponse(responseCode = "200", description = "Invited: the account is ready and the email was sent")
    @ApiResponse(
            responseCode = "202",
            description = "Account created with its roles, invitation email not sent (invitation-not-sent): invite"
                    + " again to send it")
    @ApiResponse(responseCode = "400", description = "Another council's domain, a role that is not a council role")
    @ApiResponse(
            responseCode = "503",
            description = "Keycloak failed: nothing was kept (keycloak-unavailable), or what exists is said"
                    + " (invitation-incomplete)")
    HttpResponse<?> ownInvite(@Valid @Body Invitation invitation, HttpRequest<?> request) {
        Caller caller = ApiCaller.of(request);
        return answer(users.invite(caller, own(caller), invitation));
    }

    @Put("/council/users/{userId}/roles")
    @Secured(Roles.COUNCIL_ADMIN)
    @Operation(summary = "Change a person's council roles (officer, leader, council admin)")
    @ApiResponse(responseCode = "404", description = "Not a person of the caller's council")
    CouncilMemberView ownRoles(@PathVariable String userId, @Valid @Body RoleChange change, HttpRequest<?> request) {
        Caller caller = ApiCaller.of(request);
        return users.changeRoles(caller, own(caller), userId, change.roles());
    }

    @Post("/council/users/{userId}/deactivate")
    @Secured(Roles.COUNCIL_ADMIN)
    @Operation(summary = "Deactivate a person of the caller's council (signs them out)")
    @ApiResponse(responseCode = "404", description = "Not a person of the caller's council")
    CouncilMemberView ownDeactivate(@PathVariable String userId, HttpRequest<?> request) {
        Caller caller = ApiCaller.of(request);
        return users.deactivate(caller, own(caller), userId);
    }

    @Get("/councils/{councilId}/users")
    @Secured(Roles.ASSOCIATION_ADMIN)
    @Operation(summary = "Any council's people (association admins)")
    List<CouncilMemberView> list(@PathVariable String councilId, HttpRequest<?> request) {
        return users.list(ApiCaller.of(request), ApiArguments.council(councilId));
    }

    @Post("/councils/{councilId}/users")
    @Secured(Roles.ASSOCIATION_ADMIN)
    @Operation(summary = "Invite a person to any council (association admins); answers as the council's own route")
    HttpResponse<?> invite(@PathVariable String councilId, @Valid @Body Invitation invitation, HttpRequest<?> request) {
        return answer(users.invite(ApiCaller.of(request), ApiArguments.council(councilId), invitation));
    }

    /**
     * The whole invitation as the person sees it: the member on success; otherwise a problem saying what exists
     * (202 when the account is ready but the email did not go, 503 when a step failed and could not be undone).
     */
    private static HttpResponse<?> answer(InvitationOutcome outcome) {
        return switch (outcome.kind()) {
            case INVITED -> HttpResponse.ok(outcome.member());
            case NOT_SENT -> HttpResponse.status(HttpStatus.ACCEPTED)
                    .body(new PartlyDone(outcome.code(), outcome.message(), outcome.member()));
            case INCOMPLETE -> HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(new PartlyDone(outcome.code(), outcome.message(), outcome.member()));
        };
    }

    /** An invitation that did part of its work: what was done, in words, and the person as they are now. */
    @io.micronaut.serde.annotation.Serdeable
    record PartlyDone(String code, String message, @io.micronaut.core.annotation.Nullable CouncilMemberView member) {}

    @Put("/councils/{councilId}/users/{userId}/roles")
    @Secured(Roles.ASSOCIATION_ADMIN)
    @Operation(summary = "Change the council roles of any council's person (association admins)")
    CouncilMemberView roles(
            @PathVariable String councilId,
            @PathVariable String userId,
            @Valid @Body RoleChange change,
            HttpRequest<?> request) {
        return users.changeRoles(ApiCaller.of(request), ApiArguments.council(councilId), userId, change.roles());
    }

    @Post("/councils/{councilId}/users/{userId}/deactivate")
    @Secured(Roles.ASSOCIATION_ADMIN)
    @Operation(summary = "Deactivate any council's person (association admins)")
    CouncilMemberView deactivate(@PathVariable String councilId, @PathVariable String userId, HttpRequest<?> request) {
        return users.deactivate(ApiCaller.of(request), ApiArguments.council(councilId), userId);
    }

    private static TenantId own(Caller caller) {
        return caller.councilOrRefuse(() -> new NotFoundForCaller("No council"));
    }

    @io.micronaut.serde.annotation.Serdeable
    record RoleChange(@Size(max = 3) List<@FreeText(max = 40) String> roles) {}
}
