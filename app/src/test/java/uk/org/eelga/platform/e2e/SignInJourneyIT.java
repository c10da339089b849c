package uk.org.eelga.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.PlatformIT;

/** Real Chromium, real Keycloak login page, the running platform: the journeys of signing in and out. */
@PlatformIT
class SignInJourneyIT {

    static final String PLATFORM = "http://localhost:18080";
    static Playwright playwright;
    static Browser browser;
    BrowserContext context;
    Page page;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of(
                "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1", "PLAYWRIGHT_SKIP_VALIDATE_HOST_REQUIREMENTS", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium())
                .setHeadless(true)
                .setArgs(List.of("--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void close() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void newBrowserSession() {
        context = browser.newContext();
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    @AfterEach
    void endBrowserSession() {
        context.close();
    }

    @Test
    void an_officer_signs_in_through_keycloak_and_sees_their_council_and_no_other() {
        signIn("officer@norwich.demo");
        page.waitForURL(PLATFORM + "/portal");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Norwich City Council");
        assertThat(page.locator(".signed-in-as")).containsText("Officer");
        assertThat(page.content()).doesNotContain("Cambridge City Council");
        screenshot("portal-home");
    }

    @Test
    void association_staff_see_all_52_councils() {
        signIn("staff@eelga.demo");
        page.waitForURL(PLATFORM + "/console");
        assertThat(page.getByText("Showing 52 of 52 councils")).isVisible();
        screenshot("console-councils");
        page.getByLabel("Search councils").fill("Norwich");
        assertThat(page.getByText("Showing 1 of 52 councils")).isVisible();
    }

    @Test
    void signing_out_returns_to_the_login_page() {
        signIn("leader@cambridge.demo");
        page.waitForURL(PLATFORM + "/portal");
        page.getByText("Sign out").click();
        assertThat(page.locator("#username")).isVisible();
        page.navigate(PLATFORM + "/portal");
        assertThat(page.locator("#username")).isVisible();
    }

    @Test
    void an_officer_typing_the_console_address_is_refused() {
        signIn("officer@essex.demo");
        page.waitForURL(PLATFORM + "/portal");
        page.navigate(PLATFORM + "/console");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("You cannot open this page");
    }

    @Test
    void a_person_of_no_council_is_told_why_they_cannot_get_in() {
        signIn("unlinked@nowhere.demo");
        page.waitForURL(PLATFORM + "/not-linked");
        assertThat(page.locator("#refusal-reason")).containsText("not linked to a member council");
    }

    private void signIn(String username) {
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

    /** Keeps a picture of the page in target/screenshots for people reviewing the build. */
    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }

    private static Path chromium() {
        String path = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        assertThat(Paths.get(path)).exists();
        return Paths.get(path);
    }
}
