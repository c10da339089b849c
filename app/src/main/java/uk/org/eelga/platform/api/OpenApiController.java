package uk.org.eelga.platform.api;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Serves the OpenAPI document the build generates from the controllers. */
@Controller("/api/openapi.yml")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class OpenApiController {

    static final String DOCUMENT = "classpath:META-INF/swagger/eelga-member-platform-api-v1.yml";

    private final String document;

    OpenApiController(ResourceResolver resources) {
        try (InputStream in = resources
                .getResourceAsStream(DOCUMENT)
                .orElseThrow(() -> new IllegalStateException("OpenAPI document missing: " + DOCUMENT))) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(produces = "application/yaml")
    HttpResponse<String> document() {
        return HttpResponse.ok(document);
    }
}
