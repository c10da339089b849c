package uk.org.eelga.platform;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Starts the EELGA member platform: REST API under /api, Vaadin pages everywhere else, on one port. */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "EELGA member platform API",
                        version = "v1",
                        description =
                                "The member platform of the East of England LGA. Every call needs a bearer token "
                                        + "from the platform's Keycloak realm; a council's people only ever see their own council."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class Application {

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
