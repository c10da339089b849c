package uk.org.eelga.bench.record;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Records what Debian's Chromium really sends and receives while a person signs in through Keycloak, opens a page,
 * navigates with the side menu and changes the year on "Our engagement": every request (method, URL, headers,
 * body) and response (status, headers, body of the platform's JSON), one JSON object per line, with a marker line
 * before each step. The HTTP driver ({@code uk.org.eelga.bench.vaadin}) is built to match these recordings; run
 * {@code bench/record.sh} again after a Vaadin upgrade and compare.
 */
public final class ProtocolRecorder {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws IOException {
        String url = arg(args, "--url", "http://localhost:8084");
        String user = arg(args, "--user", "leader@norwich.demo");
        String password = arg(args, "--password", "eelga-demo");
        Path out = Paths.get(arg(args, "--out", "target/recording.jsonl"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (PrintWriter log = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8));
                Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                        .setEnv(Map.of(
                                "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD",
                                "1",
                                "PLAYWRIGHT_SKIP_VALIDATE_HOST_REQUIREMENTS",
                                "1")));
                Browser browser = playwright
                        .chromium()
                        .launch(new BrowserType.LaunchOptions()
                                .setExecutablePath(
                                        Paths.get(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
                                .setHeadless(true)
                                .setArgs(List.of("--disable-gpu", "--disable-quic", "--no-first-run")));
                BrowserContext context = browser.newContext()) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            page.onRequest(request -> log.println(request(request, password)));
            page.onResponse(response -> log.println(response(response)));

            mark(log, "open " + url + "/portal/engagement (not signed in)");
            page.navigate(url + "/portal/engagement");
            page.waitForURL(Pattern.compile(".*/realms/eelga/protocol/openid-connect/auth.*"));
            mark(log, "username form");
            page.locator("#username").fill(user);
            if (!page.locator("#password").isVisible()) {
                page.locator("#kc-login").click();
            }
            mark(log, "password form");
            page.locator("#password").fill(password);
            page.locator("#kc-login").click();
            page.waitForURL(Pattern.compile(Pattern.quote(url) + "/.*"));
            page.locator("vaadin-side-nav-item").first().waitFor();
            page.waitForLoadState(LoadState.NETWORKIDLE);

            if (user.startsWith("staff@")) {
                staffSteps(page, log);
            } else {
                councilSteps(page, log);
            }
            mark(log, "end");
        }
        System.out.println("Recorded to " + out.toAbsolutePath());
    }

    private static void councilSteps(Page page, PrintWriter log) {
        navigate(page, log, "Events", "portal/events");
        navigate(page, log, "Our engagement", "portal/engagement");
        mark(log, "click: open the 'Financial year' select");
        page.locator("vaadin-select").first().click();
        page.waitForTimeout(800);
        mark(log, "click: choose 2024-25");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("2024-25"))
                .click();
        settle(page);
        mark(log, "click: open the 'Quarter' select and choose Q2");
        page.locator("vaadin-select").nth(1).click();
        page.waitForTimeout(800);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Q2 (Jul-Sep)"))
                .click();
        settle(page);
        navigate(page, log, "Coaching", "portal/coaching");
        mark(log, "click: button 'Book place' with an empty form (refused by validation, nothing stored)");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Book place"))
                .click();
        settle(page);
    }

    private static void staffSteps(Page page, PrintWriter log) {
        navigate(page, log, "Engagement by council", "console/engagement");
        mark(log, "click: open the first select and choose its third option");
        page.locator("vaadin-select").first().click();
        page.waitForTimeout(800);
        page.getByRole(AriaRole.OPTION).nth(2).click();
        settle(page);
        navigate(page, log, "Talent Bank", "console/talent-bank");
        navigate(page, log, "Performance framework", "framework");
    }

    private static void navigate(Page page, PrintWriter log, String label, String route) {
        mark(log, "navigate: side menu '" + label + "'");
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText(label))
                .first()
                .click();
        page.waitForURL(Pattern.compile(".*/" + Pattern.quote(route) + "([?#].*)?$"));
        settle(page);
    }

    private static void settle(Page page) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForTimeout(1500);
    }

    private static void mark(PrintWriter log, String step) {
        ObjectNode line = JSON.createObjectNode();
        line.put("mark", step);
        line.put("at", System.currentTimeMillis());
        log.println(line);
        log.flush();
    }

    private static String request(Request request, String password) {
        ObjectNode line = JSON.createObjectNode();
        line.put("at", System.currentTimeMillis());
        line.put("dir", "request");
        line.put("method", request.method());
        line.put("url", request.url());
        line.put("type", request.resourceType());
        ObjectNode headers = line.putObject("headers");
        request.headers().forEach(headers::put);
        String body = request.postData();
        if (body != null) {
            line.put("body", body.replace(password, "***"));
        }
        return line.toString();
    }

    private static String response(Response response) {
        ObjectNode line = JSON.createObjectNode();
        line.put("at", System.currentTimeMillis());
        line.put("dir", "response");
        line.put("status", response.status());
        line.put("url", response.url());
        ObjectNode headers = line.putObject("headers");
        response.headers().forEach(headers::put);
        String type = response.headers().getOrDefault("content-type", "");
        boolean interesting = type.contains("json")
                || (type.contains("html") && !response.url().contains("/resources/"));
        if (interesting && response.status() < 300) {
            try {
                String body = response.text();
                line.put("body", body.length() > 200_000 ? body.substring(0, 200_000) + "..." : body);
            } catch (RuntimeException e) {
                line.put("body-error", e.getMessage());
            }
        }
        return line.toString();
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
