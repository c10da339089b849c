package uk.org.eelga.tenancy.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

/**
 * Names the OpenAPI document the build generates from tenant administration's controllers ({@value #DOCUMENT}); the
 * platform serves it merged into its own at {@code /api/openapi.yml}.
 */
@OpenAPIDefinition(
        info = @Info(title = "EELGA tenant administration API", version = "v1"),
        security = @SecurityRequirement(name = "bearer"))
public final class TenancyApi {

    /** Where the generated document is on the class path. */
    public static final String DOCUMENT = "META-INF/swagger/eelga-tenant-administration-api-v1.yml";

    private TenancyApi() {}
}
