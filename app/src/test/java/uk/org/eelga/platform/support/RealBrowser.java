package uk.org.eelga.platform.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium driven by Playwright (which never downloads a browser here), and the Keycloak sign-in. A test class
 * keeps one as {@code @RegisterExtension static final RealBrowser chromium = new RealBrowser();}: Chromium starts at
 * the first session and closes after the class's tests (failing them if a page broke the Content-Security-Policy).
 */
public final class RealBrowser implements AutoCloseable, AfterAllCallback {

    public static final String PLATFORM = "http://localhost:" + TestPorts.platform();

    private Playwright playwright;
    private Browser browser;
    private final List<String> policyViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

    private synchronized Browser browser() {
        if (browser != null) {
            return browser;
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of(
                        "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1", "PLAYWRIGHT_SKIP_VALIDATE_HOST_REQUIREMENTS", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium())
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
        return browser;
    }

    /** A fresh browser session: no cookies, so no platform or Keycloak session either. */
    public BrowserContext newSession() {
        BrowserContext context = browser().newContext();
        context.setDefaultTimeout(20_000);
        // assertions wait as long as actions: on a machine busy with other work a page can take over 5 s to answer
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        // Every page is watched for Content-Security-Policy violations; close() fails the test if there was one.
        context.onPage(page -> page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(page.url() + ": " + message.text());
            }
        }));
        return context;
    }

    /** Opens the platform and signs in on Keycloak's real login page. */
    public static void signIn(Page page, String username) {
        page.navigate(PLATFORM + "/");
        page.waitForURL(Pattern.compile(".*/realms/eelga/protocol/openid-connect/auth.*"));
        // With organisations enabled, Keycloak asks for the username first and the password on a second page.
        page.locator("#username").fill(username);
        if (!page.locator("#password").isVisible()) {
            page.locator("#kc-login").click();
        }
        page.locator("#password").fill(DemoTokens.PASSWORD);
        page.locator("#kc-login").click();
    }

    /** A new page of the session, signed in as the user and arrived at {@code landing} (a path such as "/portal"). */
    public static Page signedIn(BrowserContext session, String username, String landing) {
        Page page = session.newPage();
        signIn(page, username);
        page.waitForURL(PLATFORM + landing);
        return page;
    }

    /** The page's main heading (its one h1). */
    public static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    /**
     * Where the pictures go: app/target/screenshots in a Maven build (failsafe sets {@code eelga.screenshots}), kept
     * there as the build's artefacts.
     */
    public static final Path SCREENSHOTS = Paths.get(System.getProperty(
            "eelga.screenshots", Paths.get("target", "screenshots").toString()));

    /** Keeps a full-page picture of the page in {@link #SCREENSHOTS} for people reviewing the build. */
    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    /** The Content-Security-Policy violations the browser reported so far. */
    public List<String> policyViolations() {
        return List.copyOf(policyViolations);
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        close();
    }

    @Override
    public synchronized void close() {
        if (browser != null) {
            browser.close();
            playwright.close();
            browser = null;
        }
        if (!policyViolations.isEmpty()) {
            throw new AssertionError(
                    "Content-Security-Policy violations in the browser:\n" + String.join("\n", policyViolations));
        }
    }

    private static Path chromium() {
        Path path = Paths.get(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        if (!path.toFile().canExecute()) {
            throw new IllegalStateException("Chromium not found at " + path + "; infra/test.sh installs it");
        }
        return path;
    }
}
