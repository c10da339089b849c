package uk.org.eelga.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.PlatformIT;

/** Issue 11, point 6: with an https public address, HSTS on every response and the session cookie Secure. */
@PlatformIT
@Property(name = "eelga.oidc.platform-url", value = "https://platform.example")
class BehindHttpsProxyIT {

    @Test
    void an_https_public_address_gives_hsts_and_secure_cookies() throws Exception {
        for (String path : List.of("/", "/api/v1/me", "/health", "/styles/eelga.css")) {
            assertThat(SecurityHeadersIT.get(path).headers().firstValue("Strict-Transport-Security"))
                    .as(path)
                    .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
        }
        assertThat(SecurityHeadersIT.sessionCookie(SecurityHeadersIT.get("/auth/login"))
                        .toLowerCase())
                .contains("secure");
    }
}
