package uk.org.eelga.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.PlatformIT;

/**
 * Issue 11, point 6: X-Forwarded-* is believed from a configured proxy (here 127.0.0.1, where the test calls from):
 * a request the proxy says came in over https is secure, so its session cookie is Secure; without the header it is not.
 * ({@link SecurityHeadersIT} shows the same header from an address that is not a proxy changes nothing.)
 */
@PlatformIT
@Property(name = "eelga.web.trusted-proxies", value = "10.9.8.7, 127.0.0.1")
class TrustedProxyIT {

    @Test
    void the_configured_proxys_forwarded_proto_is_believed() throws Exception {
        String viaProxy = SecurityHeadersIT.sessionCookie(
                SecurityHeadersIT.get("/auth/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9"));
        assertThat(viaProxy.toLowerCase()).contains("secure");
        String direct = SecurityHeadersIT.sessionCookie(SecurityHeadersIT.get("/auth/login"));
        assertThat(direct.toLowerCase()).doesNotContain("secure");
    }
}
