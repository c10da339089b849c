package uk.org.eelga.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.org.eelga.platform.support.RealBrowser.PLATFORM;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.org.eelga.platform.support.Axe;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PageChecks;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.RealBrowser;
import uk.org.eelga.platform.support.StepClock;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.talentbank.RequestSummary;
import uk.org.eelga.platform.talentbank.TalentBankRequests;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.TenantScope;

/**
 * Chromium: UK dates typed into a real date field, the skip link, the accessibility statement, and every page of
 * every persona's menu at desktop (1280 px), 200% zoom (640 px) and phone (390 px) widths, opened at one end and
 * resized through the others: axe-core (at 1280 and 390 px), no vendor or developer words, no text cut off, every
 * action button within reach; a screenshot of each page at each width is kept in target/screenshots/pages.
 */
@PlatformIT
class GovPagesJourneyIT {

    @RegisterExtension
    static final RealBrowser chromium = new RealBrowser();

    @Inject
    TalentBankRequests requests;

    @BeforeEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void a_date_typed_as_01_04_2027_is_stored_as_1_april_2027() throws Exception {
        String scope = "UK dates check " + System.nanoTime();
        try (BrowserContext context = chromium.newSession()) {
            Page page = RealBrowser.signedIn(context, "officer@norwich.demo", "/portal");
            page.navigate(PLATFORM + "/portal/talent-bank");
            page.getByLabel("Service", new Page.GetByLabelOptions().setExact(true))
                    .click();
            page.getByRole(AriaRole.OPTION).first().click();
            page.getByLabel("Scope of the work").fill(scope);
            var start = page.getByLabel("Start", new Page.GetByLabelOptions().setExact(true));
            start.fill("01/04/2027");
            start.press("Enter");
            var end = page.getByLabel("End", new Page.GetByLabelOptions().setExact(true));
            end.fill("25/12/2027");
            end.press("Enter");
            assertThat(start).hasValue("01/04/2027");
            assertThat(end).hasValue("25/12/2027");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send request"))
                    .click();
            assertThat(page.getByText("Request sent")).isVisible();
        }
        // read back through the service, as the council (the table is under forced row-level security)
        try (CurrentTenant.Binding ignored = TenantScope.bind(Fixtures.memberOf(Fixtures.NORWICH))) {
            RequestSummary stored = requests.ours().stream()
                    .filter(r -> r.scope().equals(scope))
                    .findFirst()
                    .orElseThrow();
            org.assertj.core.api.Assertions.assertThat(stored.startOn()).isEqualTo(LocalDate.of(2027, 4, 1));
            org.assertj.core.api.Assertions.assertThat(stored.endOn()).isEqualTo(LocalDate.of(2027, 12, 25));
        }
    }

    @Test
    void the_calendar_starts_on_monday() {
        try (BrowserContext context = chromium.newSession()) {
            Page page = RealBrowser.signedIn(context, "officer@norwich.demo", "/portal");
            page.navigate(PLATFORM + "/portal/talent-bank");
            page.getByLabel("Start", new Page.GetByLabelOptions().setExact(true))
                    .click();
            Object firstDay = page.evaluate("() => document.querySelector('vaadin-date-picker').i18n.firstDayOfWeek");
            org.assertj.core.api.Assertions.assertThat(firstDay).isEqualTo(1);
        }
    }

    @Test
    void enter_on_the_skip_link_moves_focus_to_the_main_content_on_the_same_page() {
        try (BrowserContext context = chromium.newSession()) {
            Page page = RealBrowser.signedIn(context, "officer@norwich.demo", "/portal");
            page.navigate(PLATFORM + "/portal/coaching");
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.keyboard().press("Tab");
            org.assertj.core.api.Assertions.assertThat(page.evaluate("() => document.activeElement.textContent"))
                    .isEqualTo("Skip to main content");
            page.keyboard().press("Enter");
            page.waitForFunction("() => document.activeElement && document.activeElement.id === 'main-content'");
            org.assertj.core.api.Assertions.assertThat(page.url()).isEqualTo(PLATFORM + "/portal/coaching");
            // the next Tab goes on from the main content, not back to the header
            page.keyboard().press("Tab");
            org.assertj.core.api.Assertions.assertThat(page.evaluate(
                            "() => document.getElementById('main-content').contains(document.activeElement)"))
                    .isEqualTo(true);
        }
    }

    @Test
    void following_a_menu_link_moves_focus_to_the_new_pages_main_content_and_typing_a_date_keeps_the_calendar_shut() {
        try (BrowserContext context = chromium.newSession()) {
            Page page = RealBrowser.signedIn(context, "officer@norwich.demo", "/portal");
            page.locator("vaadin-side-nav")
                    .getByRole(
                            AriaRole.LINK,
                            new com.microsoft.playwright.Locator.GetByRoleOptions()
                                    .setName("Talent Bank")
                                    .setExact(true))
                    .click();
            page.waitForURL(PLATFORM + "/portal/talent-bank");
            page.waitForFunction("() => document.activeElement && document.activeElement.id === 'main-content'");
            // a date typed and Tab: on to the next field, the calendar never opened over it
            page.getByLabel("Start").first().fill("01/05/2027");
            page.keyboard().press("Tab");
            org.assertj.core.api.Assertions.assertThat(
                            page.evaluate("() => !!document.querySelector('vaadin-date-picker-overlay[opened]')"))
                    .isEqualTo(false);
        }
    }

    @Test
    void an_address_no_page_has_answers_404_with_the_calm_not_found_page_and_a_real_page_answers_200() {
        try (BrowserContext context = chromium.newSession()) {
            Page page = RealBrowser.signedIn(context, "officer@norwich.demo", "/portal");
            com.microsoft.playwright.Response missing = page.navigate(PLATFORM + "/portal/no-such-page");
            org.assertj.core.api.Assertions.assertThat(missing.status()).isEqualTo(404);
            assertThat(RealBrowser.heading(page)).hasText("Page not found");
            assertThat(page).hasTitle("Page not found | EELGA member platform");
            org.assertj.core.api.Assertions.assertThat(Axe.violations(page)).isEmpty();

            com.microsoft.playwright.Response real = page.navigate(PLATFORM + "/portal/coaching");
            org.assertj.core.api.Assertions.assertThat(real.status()).isEqualTo(200);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(RealBrowser.heading(page)).not().hasText("Page not found");
        }
    }

    @Test
    void the_accessibility_statement_is_public_and_every_page_links_to_it() {
        try (BrowserContext context = chromium.newSession()) {
            Page page = context.newPage();
            page.navigate(PLATFORM + "/accessibility");
            assertThat(RealBrowser.heading(page)).hasText("Accessibility statement for the EELGA member platform");
            org.assertj.core.api.Assertions.assertThat(Axe.violations(page)).isEmpty();

            RealBrowser.signIn(page, "officer@norwich.demo");
            page.waitForURL(PLATFORM + "/portal");
            page.getByRole(AriaRole.CONTENTINFO)
                    .getByRole(
                            AriaRole.LINK,
                            new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Accessibility statement"))
                    .click();
            page.waitForURL(PLATFORM + "/accessibility");
            assertThat(page.locator("link[rel=icon]")).hasAttribute("href", "icons/favicon.svg");
        }
    }

    @Test
    void the_sign_in_pages_carry_the_associations_name_and_plain_labels_and_pass_axe_on_a_desktop_and_a_phone() {
        List<String> problems = new ArrayList<>();
        for (int[] screen : new int[][] {{1280, 900}, {390, 844}}) {
            try (BrowserContext context = chromium.newSession()) {
                Page page = context.newPage();
                page.setViewportSize(screen[0], screen[1]);
                page.navigate(PLATFORM + "/");
                page.waitForURL(java.util.regex.Pattern.compile(".*/realms/eelga/protocol/openid-connect/auth.*"));
                assertThat(page).hasTitle("Sign in to the East of England LGA member platform");
                assertThat(page.locator("#kc-header")).containsText("East of England LGA member platform");
                assertThat(page.getByLabel("Email address")).isVisible();
                RealBrowser.screenshot(page, "pages/sign-in-email-" + screen[0]);
                Axe.violations(page).forEach(v -> problems.add(screen[0] + " px, email step: " + v));
                problems.addAll(PageChecks.jargon(page, List.of()));

                page.getByLabel("Email address").fill("officer@norwich.demo");
                page.locator("#kc-login").click();
                page.locator("#password").waitFor();
                assertThat(page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)))
                        .isVisible();
                Axe.violations(page).forEach(v -> problems.add(screen[0] + " px, password step: " + v));

                page.locator("#password").fill("not-the-password");
                page.locator("#kc-login").click();
                page.locator("#password").waitFor();
                assertThat(page.locator("body")).containsText("Check");
                RealBrowser.screenshot(page, "pages/sign-in-wrong-password-" + screen[0]);
                Axe.violations(page).forEach(v -> problems.add(screen[0] + " px, after a wrong password: " + v));
                PageChecks.cutText(page).stream()
                        .filter(c -> !(screen[0] == 390 && KNOWN_PHONE_DEFECTS.contains("sign-in: " + c)))
                        .forEach(problems::add);
                // the "use a different email address" tooltip, shown on hover, stays inside the screen too
                page.locator("#reset-login").hover();
                Object wide = page.evaluate(
                        "() => document.documentElement.scrollWidth" + " > document.documentElement.clientWidth + 1");
                if (Boolean.TRUE.equals(wide)) {
                    problems.add(screen[0] + " px: the page scrolls sideways with the tooltip shown");
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
    }

    @Test
    void the_word_check_itself_finds_vendor_words_codes_and_slugs_but_not_addresses_or_plain_english() {
        try (BrowserContext context = chromium.newSession()) {
            Page page = context.newPage();
            page.setContent("<html><head><title>Invoices</title></head><body><p>Send waiting invoices to Stripe"
                    + " now.</p><p>framework.value.accepted by admin@castle-point.gov.uk: PENDING</p>"
                    + "<p>Castle Point: castle-point</p><p>Write to https://login.example.org/realm or"
                    + " sam@norwich.gov.uk; 3 councils paid their VAT.</p></body></html>");
            List<String> found = PageChecks.jargon(page, List.of("castle-point", "norwich"));
            org.assertj.core.api.Assertions.assertThat(found).hasSize(4);
            org.assertj.core.api.Assertions.assertThat(String.join("\n", found))
                    .contains("\"Stripe\"", "\"framework.value.accepted\"", "\"PENDING\"", "slug \"castle-point\"");
        }
    }

    /**
     * Known phone-width defects, each listed in the accessibility statement until fixed (a fix removes its line
     * here and there). None at present: the coaching session choice and the sign-in tooltip were fixed.
     */
    static final java.util.Set<String> KNOWN_PHONE_DEFECTS = java.util.Set.of();

    /** The widths of the walk: a desktop, 200% zoom of a 1280 px screen, and a phone. */
    static final int[][] SCREENS = {{1280, 900}, {640, 800}, {390, 844}};

    @Test
    void every_page_of_every_persona_passes_axe_speaks_plainly_and_fits_a_desktop_200_percent_zoom_and_a_phone()
            throws Exception {
        Findings found = new Findings(councilSlugs());
        // Two lanes, each its own Chromium, each signed in as every persona and taking every other page of the
        // persona's menu: the walk is most of the suite's time, and a page's checks run in the browser while the
        // platform waits (the first walk on one lane took 464 s: open and settle 269 s, axe 205 s).
        RealBrowser[] lanes = {chromium, secondLane};
        ExecutorService pool = Executors.newFixedThreadPool(lanes.length);
        try {
            List<Future<?>> walks = new ArrayList<>();
            for (int lane = 0; lane < lanes.length; lane++) {
                int mine = lane;
                walks.add(pool.submit(() -> {
                    for (String persona : PERSONAS) {
                        walk(lanes[mine], persona, mine, lanes.length, found);
                    }
                    return null;
                }));
            }
            for (Future<?> walk : walks) {
                walk.get(); // a lane's failure (a page that never settles) fails the test with its cause
            }
        } finally {
            pool.shutdownNow();
        }
        // where the walk's time goes (it is the longest test of the suite), summed over both lanes
        System.out.println("Page walk: " + found.clock);
        org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
        soft.assertThat(found.axe)
                .as("axe violations not listed in the accessibility statement")
                .isEmpty();
        soft.assertThat(found.words)
                .as("vendor or developer words, codes or council slugs on a page")
                .isEmpty();
        soft.assertThat(found.cut).as("text cut off or running off the screen").isEmpty();
        soft.assertThat(found.reach).as("action buttons out of reach").isEmpty();
        soft.assertAll();
    }

    static final List<String> PERSONAS = List.of(
            "officer@norwich.demo",
            "leader@norwich.demo",
            "admin@norwich.demo",
            "staff@eelga.demo",
            "admin@eelga.demo");

    /** The second lane's own Chromium (Playwright is one thread's), closed and policy-checked as the first. */
    @RegisterExtension
    static final RealBrowser secondLane = new RealBrowser();

    /** What the walk found, from both lanes. */
    static final class Findings {
        final List<String> slugs;
        final List<String> axe = Collections.synchronizedList(new ArrayList<>());
        final List<String> words = Collections.synchronizedList(new ArrayList<>());
        final List<String> cut = Collections.synchronizedList(new ArrayList<>());
        final List<String> reach = Collections.synchronizedList(new ArrayList<>());
        final StepClock clock = new StepClock();

        Findings(List<String> slugs) {
            this.slugs = slugs;
        }
    }

    /** Signs in as the persona and checks the pages of its menu whose place in it is {@code lane} modulo lanes. */
    private static void walk(RealBrowser browser, String persona, int lane, int lanes, Findings found) {
        try (BrowserContext context = browser.newSession()) {
            Page page = context.newPage();
            page.setViewportSize(1280, 900);
            RealBrowser.signIn(page, persona);
            page.waitForURL(url -> !url.contains("/realms/"));
            Set<String> pages = new LinkedHashSet<>();
            pages.add(page.url());
            settle(page);
            @SuppressWarnings("unchecked")
            List<String> menu = (List<String>) page.evaluate("() => Array.from("
                    + "document.querySelectorAll('vaadin-side-nav-item')).map(i => i.path).filter(p => p)");
            menu.forEach(path -> pages.add(PLATFORM + "/" + path.replaceFirst("^/", "")));
            if (menu.stream().anyMatch(path -> path.replaceFirst("^/", "").equals("framework"))) {
                // the framework's own forms, reached from its page rather than the menu
                pages.add(PLATFORM + "/framework/structure");
                pages.add(PLATFORM + "/framework/new-year");
            }
            List<String> all = new ArrayList<>(pages);
            for (int i = lane; i < all.size(); i += lanes) {
                checkAtEveryWidth(page, persona, all.get(i), found);
            }
        }
    }

    /**
     * Opens the page once and checks it at each width, resizing the open page in between, as a person zooming or
     * turning a phone does: every other page is opened at the desktop width and narrowed, the others at the phone
     * width and widened, so both a page opened on a phone and a page resized are walked. (Opening the page again at
     * each width was 1.2 s of the walk's 2 s per check.)
     */
    private static void checkAtEveryWidth(Page page, String persona, String url, Findings found) {
        StepClock clock = found.clock;
        List<int[]> screens = new ArrayList<>(List.of(SCREENS));
        if (Math.floorMod(url.hashCode(), 2) == 1) {
            Collections.reverse(screens);
        }
        boolean opened = false;
        for (int[] screen : screens) {
            int width = screen[0];
            String where = persona + " at " + width + " px: ";
            String name = persona.replace('@', '-').replace(".demo", "") + "-"
                    + url.substring(PLATFORM.length()).replace('/', '_') + "-" + width;
            if (!opened) {
                clock.time("open and settle", () -> {
                    page.setViewportSize(width, screen[1]);
                    page.navigate(url);
                    settle(page);
                });
                opened = true;
            } else {
                clock.time("resize and settle", () -> {
                    page.setViewportSize(width, screen[1]);
                    // The page's resize event comes before its next animation frame, and Vaadin sends the new
                    // width 300 ms after it: a timer set after the frame for longer fires after Vaadin's has sent
                    // it (a fixed wait from here missed it when the browser was busy), then the answer is awaited.
                    page.evaluate(
                            "async ms => { await new Promise(r => requestAnimationFrame(() => r()));"
                                    + " await new Promise(r => setTimeout(r, ms)); }",
                            RESIZE_HEARD_MS);
                    settle(page);
                });
            }
            clock.time("screenshot", () -> RealBrowser.screenshot(page, "pages/" + name));
            if (width != 640) {
                // axe at the desktop and phone widths, as the issue asks; 640 px is for text and reach
                clock.time("axe", () -> Axe.violations(page).forEach(v -> found.axe.add(where + v)));
            }
            if (width == 1280) {
                clock.time(
                        "words", () -> PageChecks.jargon(page, found.slugs).forEach(w -> found.words.add(where + w)));
            }
            clock.time("cut text", () -> PageChecks.cutText(page)
                    .forEach(c -> found.cut.add(where + page.url() + " " + c)));
            clock.time("reach", () -> PageChecks.actionsOutOfReach(page).stream()
                    .filter(r -> !(width == 390
                            && KNOWN_PHONE_DEFECTS.contains(page.url().replace(PLATFORM, "") + ": " + r)))
                    .forEach(r -> found.reach.add(where + page.url() + " " + r)));
        }
    }

    /** Vaadin's window-resize listener sends the new width 300 ms after the last resize event; a margin on top. */
    private static final int RESIZE_HEARD_MS = 350;

    /** Every council's id as stored (the register is readable by the platform's role). */
    static List<String> councilSlugs() throws java.sql.SQLException {
        List<String> slugs = new ArrayList<>();
        try (var connection = TestDatabase.asOwner();
                var rows = connection.createStatement().executeQuery("select id from council")) {
            while (rows.next()) {
                slugs.add(rows.getString(1));
            }
        }
        return slugs;
    }

    /**
     * Waits until the page's Vaadin client has no request in flight and the page has its heading. (Waiting for the
     * network to be idle cost half a second a page: a third of the walk.)
     */
    /** Generous: a page that is slow only on a machine busy with other work is not what this walk checks. */
    private static final double SETTLE_MS = 60_000;

    private static void settle(Page page) {
        page.waitForFunction(
                "() => { const f = window.Vaadin && window.Vaadin.Flow;"
                        + " return !!(f && f.clients) && Object.keys(f.clients).length > 0"
                        + " && Object.values(f.clients).every(c => !(c.isActive && c.isActive())); }",
                null,
                new Page.WaitForFunctionOptions().setTimeout(SETTLE_MS));
        page.locator("h1").first().waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(SETTLE_MS));
    }
}
