package uk.org.eelga.platform.safety;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, point 9: the real platform, started with EELGA_ENV=production and the development settings, refuses to
 * start and says why (including the demo realm's direct-grant client, asked of the real Keycloak).
 */
class ProductionRefusedIT {

    @Test
    void the_platform_refuses_to_start_in_production_with_development_defaults() {
        assertThatThrownBy(() -> {
                    try (ApplicationContext context =
                            ApplicationContext.run(Map.of("eelga.env", "production"), "test")) {
                        context.getBean(ProductionSafety.class);
                    }
                })
                .hasStackTraceContaining("EELGA_ENV=production")
                .hasStackTraceContaining("STRIPE_WEBHOOK_SECRET")
                .hasStackTraceContaining("PG_APP_PASSWORD")
                .hasStackTraceContaining("STRIPE_STUB=true")
                .hasStackTraceContaining("PUBLIC_URL")
                .hasStackTraceContaining("eelga-cli");
    }
}
