package uk.org.eelga.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.eelga.platform.support.RealBrowser.PLATFORM;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.RealBrowser;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.council.CouncilSuspension;

/** Real Chromium, real Keycloak login page, the running platform: the journeys of signing in and out. */
@PlatformIT
class SignInJourneyIT {

    @RegisterExtension
    static final RealBrowser chromium = new RealBrowser();

    @Inject
    CouncilSuspension suspension;

    BrowserContext context;
    Page page;

    @BeforeEach
    void newBrowserSession() {
        context = chromium.newSession();
        page = context.newPage();
    }

    @AfterEach
    void endBrowserSession() {
        context.close();
    }

    @Test
    void an_officer_signs_in_through_keycloak_and_sees_their_council_and_no_other() {
        RealBrowser.signIn(page, "officer@norwich.demo");
        page.waitForURL(PLATFORM + "/portal");
        assertThat(RealBrowser.heading(page)).hasText("Norwich City Council");
        assertThat(page.locator(".signed-in-as")).containsText("Officer");
        assertThat(page.content()).doesNotContain("Cambridge City Council");
        RealBrowser.screenshot(page, "portal-home");
    }

    @Test
    void association_staff_see_all_52_councils() {
        RealBrowser.signIn(page, "staff@eelga.demo");
        page.waitForURL(PLATFORM + "/console");
        assertThat(page.getByText("Showing 52 of 52 councils")).isVisible();
        RealBrowser.screenshot(page, "console-councils");
        page.getByLabel("Search councils").fill("Norwich");
        assertThat(page.getByText("Showing 1 of 52 councils")).isVisible();
    }

    @Test
    void signing_out_returns_to_the_login_page() {
        RealBrowser.signIn(page, "leader@cambridge.demo");
        // leaders land on their council's engagement summary
        page.waitForURL(PLATFORM + "/portal/engagement");
        page.getByText("Sign out").click();
        assertThat(page.locator("#username")).isVisible();
        page.navigate(PLATFORM + "/portal");
        assertThat(page.locator("#username")).isVisible();
    }

    @Test
    void an_officer_typing_the_console_address_is_refused() {
        RealBrowser.signIn(page, "officer@essex.demo");
        page.waitForURL(PLATFORM + "/portal");
        page.navigate(PLATFORM + "/console");
        assertThat(RealBrowser.heading(page)).hasText("You cannot open this page");
    }

    @Test
    void a_council_suspended_while_its_officer_is_signed_in_is_shut_out_at_the_next_step() {
        afterIpswichIsSuspendedUnderItsLeader(() -> page.navigate(PLATFORM + "/portal"));
    }

    @Test
    void a_suspended_councils_leader_whose_session_cookie_was_replaced_still_learns_why() {
        // the outcome of a race: a request of the page left behind replaced the cookie of the session that held the
        // reason. The refusal page works the reason out again through sign-in instead of explaining nothing.
        afterIpswichIsSuspendedUnderItsLeader(() -> {
            context.clearCookies(new BrowserContext.ClearCookiesOptions().setName("EELGA_SESSION"));
            page.navigate(PLATFORM + "/not-linked");
        });
    }

    /**
     * Ipswich's leader signed in, the council suspended, then {@code nextStep}: the browser ends on the refusal page
     * with the council's reason. The council is restored whatever happens.
     */
    private void afterIpswichIsSuspendedUnderItsLeader(Runnable nextStep) {
        RealBrowser.signIn(page, "leader@ipswich.demo");
        page.waitForURL(PLATFORM + "/portal/engagement");
        // the page's own first requests done, so the next step is the test's (a request of the page itself after
        // the suspension would end the session first: the race the replaced-cookie journey covers)
        page.waitForLoadState(LoadState.NETWORKIDLE);
        TenantId ipswich = TenantId.of("ipswich");
        suspension.suspend(ipswich, Fixtures.associationAdmin(), "End-to-end test of suspension");
        try {
            nextStep.run();
            page.waitForURL(PLATFORM + "/not-linked");
            assertThat(page.locator("#refusal-reason")).containsText("Ipswich Borough Council cannot use the platform");
        } finally {
            suspension.restore(ipswich, Fixtures.associationAdmin(), "End-to-end test of suspension");
        }
    }

    @Test
    void the_refusal_page_opened_by_someone_not_signed_in_asks_them_to_sign_in() {
        page.navigate(PLATFORM + "/not-linked");
        assertThat(page.locator("#username")).isVisible();
        assertThat(page.url()).doesNotStartWith(PLATFORM);
    }

    @Test
    void a_person_of_no_council_is_told_why_they_cannot_get_in() {
        RealBrowser.signIn(page, "unlinked@nowhere.demo");
        page.waitForURL(PLATFORM + "/not-linked");
        assertThat(page.locator("#refusal-reason")).containsText("not linked to a member council");
    }
}
