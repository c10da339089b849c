package uk.org.eelga.tenancy.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Role;

@Controller("/api/v1/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Identity")
class MeController {

    @Get
    @Operation(summary = "Who the bearer of the token is: their roles and, for council people, their council")
    Me me(HttpRequest<?> request) {
        Caller user = ApiCaller.of(request);
        return new Me(
                user.subject(),
                user.email(),
                user.displayName(),
                user.roles().stream().sorted().map(Role::claim).toList(),
                user.council() == null ? null : new Me.Council(user.council().value(), user.councilName()));
    }

    @Serdeable
    record Me(String subject, String email, String name, List<String> roles, @Nullable Council council) {
        @Serdeable
        record Council(String id, String name) {}
    }
}
