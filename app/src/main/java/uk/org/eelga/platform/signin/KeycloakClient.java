package uk.org.eelga.platform.signin;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import uk.org.eelga.shared.Lazy;

/** The three calls of the authorization-code flow: where to send the browser, the code exchange, and sign-out. */
@Singleton
class KeycloakClient {

    private final OidcSettings settings;
    private final JsonMapper json;
    private final Lazy<HttpClient> http = Lazy.of(
            () -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());

    KeycloakClient(OidcSettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
    }

    URI authorizationUrl(PendingSignIn pending) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", settings.callbackUrl());
        query.put("scope", "openid profile email organization");
        query.put("state", pending.state());
        query.put("nonce", pending.nonce());
        query.put("code_challenge", pending.codeChallenge());
        query.put("code_challenge_method", "S256");
        return URI.create(settings.authorizationEndpoint() + "?" + form(query));
    }

    Tokens exchange(String code, PendingSignIn pending) throws IOException, InterruptedException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", settings.callbackUrl());
        body.put("code_verifier", pending.codeVerifier());
        String basic = Base64.getEncoder()
                .encodeToString((encode(settings.clientId()) + ":" + encode(settings.clientSecret()))
                        .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(settings.tokenEndpoint())
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(form(body)))
                .build();
        HttpResponse<String> response = http.get().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Keycloak refused the code exchange: HTTP " + response.statusCode());
        }
        Map<?, ?> tokens = json.readValue(response.body(), Map.class);
        return new Tokens((String) tokens.get("access_token"), (String) tokens.get("id_token"));
    }

    URI endSessionUrl(String idToken) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", settings.clientId());
        // Back to a servlet path, not a Vaadin page: landing after sign-out opens no Vaadin session (issue 13).
        query.put("post_logout_redirect_uri", settings.platformUrl() + SignInServlet.SIGNED_OUT_PATH);
        if (idToken != null) {
            query.put("id_token_hint", idToken);
        }
        return URI.create(settings.endSessionEndpoint() + "?" + form(query));
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    record Tokens(String accessToken, String idToken) {}
}
