package uk.org.eelga.platform;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import java.lang.management.ManagementFactory;
import org.slf4j.LoggerFactory;
import uk.org.eelga.platform.vaadin.VaadinClassScan;

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
        long mainAt = ManagementFactory.getRuntimeMXBean().getUptime();
        // Vaadin's class scan runs while Micronaut builds the beans (the servlet's start waits for it).
        VaadinClassScan.startInBackground();
        // No bootstrap context: the platform has no bootstrap.yml and no distributed configuration, and looking for
        // them scans the class path's service files once more before anything starts.
        Micronaut platform = Micronaut.build(args).mainClass(Application.class).banner(false);
        platform.bootstrapEnvironment(false);
        platform.start();
        // The start-up figure (bench/startup.sh reads it): the JVM's own clock, from its start to the server answering.
        LoggerFactory.getLogger(Application.class)
                .info(
                        "Platform started {} ms after the JVM started (main() reached after {} ms)",
                        ManagementFactory.getRuntimeMXBean().getUptime(),
                        mainAt);
    }
}
