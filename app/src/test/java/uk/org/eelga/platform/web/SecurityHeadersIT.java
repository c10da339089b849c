package uk.org.eelga.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.PlatformIT;

/**
 * Issue 11, point 6, on plain http (the test platform's public address): every kind of response carries the security
 * headers, no Server version, no HSTS and no Secure cookie on http, and X-Forwarded-* from an address that is not a
 * configured proxy changes nothing.
 */
@PlatformIT
class SecurityHeadersIT {

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.base() + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("EELGA_SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }

    @Test
    void pages_api_health_static_files_and_sign_in_all_carry_the_headers() throws Exception {
        for (String path : List.of(
                "/",
                "/console",
                "/not-linked",
                "/api/v1/me",
                "/api/openapi.yml",
                "/health",
                "/styles/eelga.css",
                "/auth/login",
                "/auth/nowhere",
                "/no-such-page")) {
            HttpHeaders headers = get(path).headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("frame-ancestors 'none'"));
            assertThat(headers.firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("same-origin");
            assertThat(headers.firstValue("Server")).as(path).isEmpty();
            assertThat(headers.firstValue("X-Powered-By")).as(path).isEmpty();
            assertThat(headers.firstValue("Strict-Transport-Security")).as(path).isEmpty();
        }
    }

    @Test
    void pages_allow_what_vaadin_needs_and_the_api_allows_nothing_to_run() throws Exception {
        assertThat(get("/").headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'")
                .contains("default-src 'self'")
                .contains("object-src 'none'")
                .contains("form-action 'self'");
        assertThat(get("/api/v1/me")
                        .headers()
                        .firstValue("Content-Security-Policy")
                        .orElseThrow())
                .startsWith("default-src 'none'");
    }

    @Test
    void on_http_the_session_cookie_is_http_only_and_not_secure_even_when_a_stranger_says_https() throws Exception {
        HttpResponse<String> login =
                get("/auth/login", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "evil.example");
        String cookie = sessionCookie(login);
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(cookie.toLowerCase()).doesNotContain("secure");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
