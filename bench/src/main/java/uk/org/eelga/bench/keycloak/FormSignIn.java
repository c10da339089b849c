package uk.org.eelga.bench.keycloak;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import uk.org.eelga.bench.http.WebClient;
import uk.org.eelga.bench.vaadin.StepFailure;
import uk.org.eelga.bench.vaadin.Timings;

/**
 * Keycloak's real login form, as a browser fills it (recorded by {@code bench/record.sh}): the platform's
 * {@code /auth/login} redirects to Keycloak's authorization endpoint; with organisations enabled Keycloak first asks
 * for the username and then, on a second page, for the password; its answer redirects to the platform's
 * {@code /auth/callback}, which verifies the tokens, puts the person in the session and redirects to the page they
 * asked for. Returns that page's path.
 */
public final class FormSignIn {

    private final WebClient web;
    private final URI platform;
    private final Timings timings;

    public FormSignIn(WebClient web, URI platform, Timings timings) {
        this.web = web;
        this.platform = platform;
        this.timings = timings;
    }

    /** Starts at {@code loginUrl} (on the platform, e.g. /auth/login?next=%2Fportal) and returns the landing path. */
    public String signIn(String loginUrl, String username, String password)
            throws IOException, InterruptedException, StepFailure {
        long started = System.nanoTime();
        WebClient.Reply reply = web.get(platform.resolve(loginUrl), null);
        reply = followToKeycloakPage(reply);
        Document page = Jsoup.parse(reply.body(), reply.uri().toString());
        Element form = loginForm(page, "the username page");
        Map<String, String> fields = fields(form);
        fields.put("username", username);
        boolean passwordHere = form.selectFirst("input[name=password]") != null;
        if (passwordHere) {
            fields.put("password", password);
        }
        reply = web.postForm(
                URI.create(form.absUrl("action")), fields, reply.uri().toString());
        if (!passwordHere) {
            if (reply.status() != 200) {
                throw new StepFailure(
                        "keycloak-username-" + reply.status(), "username form answered " + reply.status());
            }
            page = Jsoup.parse(reply.body(), reply.uri().toString());
            form = loginForm(page, "the password page");
            if (form.selectFirst("input[name=password]") == null) {
                throw new StepFailure("keycloak-no-password-field", "no password field after the username");
            }
            fields = fields(form);
            fields.put("password", password);
            reply = web.postForm(
                    URI.create(form.absUrl("action")), fields, reply.uri().toString());
        }
        if (!WebClient.isRedirect(reply.status())) {
            String error = Jsoup.parse(reply.body())
                    .select("#input-error, .kc-feedback-text, .alert-error")
                    .text();
            throw new StepFailure("keycloak-refused", "Keycloak did not accept " + username + ": " + error);
        }
        // Keycloak -> /auth/callback (the platform exchanges the code: a back-channel call to Keycloak) -> the page.
        URI callback = reply.uri().resolve(reply.header("location"));
        if (!callback.getPath().startsWith("/auth/callback")) {
            throw new StepFailure("keycloak-unexpected-redirect", "Keycloak sent the browser to " + callback);
        }
        WebClient.Reply back = web.get(callback, null);
        timings.record("sign-in callback", back.nanos());
        if (!WebClient.isRedirect(back.status())) {
            throw new StepFailure("callback-" + back.status(), "the callback answered " + back.status());
        }
        URI landing = callback.resolve(back.header("location"));
        timings.record("sign-in (Keycloak form flow and callback)", System.nanoTime() - started);
        String path = landing.getRawPath() + (landing.getRawQuery() == null ? "" : "?" + landing.getRawQuery());
        if (path.startsWith("/not-linked")) {
            throw new StepFailure("not-linked", username + " was refused by the platform");
        }
        return path;
    }

    private WebClient.Reply followToKeycloakPage(WebClient.Reply reply)
            throws IOException, InterruptedException, StepFailure {
        for (int hop = 0; hop < 5 && WebClient.isRedirect(reply.status()); hop++) {
            reply = web.get(reply.uri().resolve(reply.header("location")), null);
        }
        if (reply.status() != 200) {
            throw new StepFailure("keycloak-login-page-" + reply.status(), "login page answered " + reply.status());
        }
        return reply;
    }

    private static Element loginForm(Document page, String where) throws StepFailure {
        Element form = page.selectFirst("form#kc-form-login");
        if (form == null) {
            form = page.selectFirst("form[action*=login-actions]");
        }
        if (form == null) {
            throw new StepFailure("keycloak-no-form", "no login form on " + where + ": " + page.title());
        }
        return form;
    }

    /** The form's own fields (hidden ones included), as the browser would send them. */
    private static Map<String, String> fields(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if (type.equals("checkbox") || type.equals("submit") || type.equals("button")) {
                continue;
            }
            fields.put(input.attr("name"), input.val());
        }
        return fields;
    }
}
