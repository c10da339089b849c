package uk.org.eelga.platform.web;

import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServletResponse;
import uk.org.eelga.platform.signin.OidcSettings;

/** The security headers of every response; HSTS only when the platform's public address is https. */
@Singleton
class SecurityHeaders {

    /**
     * Vaadin Flow needs inline and eval'd scripts and inline styles (its bootstrap and the expressions the server
     * sends); everything else is this origin only, and nothing may frame the pages.
     */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; worker-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** JSON, CSV and files: nothing in them may run or be framed. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private final boolean https;

    SecurityHeaders(OidcSettings oidc) {
        this.https = oidc.platformUrl() != null && oidc.platformUrl().startsWith("https://");
    }

    void apply(String path, HttpServletResponse response) {
        boolean api = path.startsWith("/api/") || path.equals("/health") || path.startsWith("/health/");
        response.setHeader("Content-Security-Policy", api ? API_POLICY : PAGE_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (https) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}
