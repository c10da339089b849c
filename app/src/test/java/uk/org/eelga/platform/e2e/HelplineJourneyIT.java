package uk.org.eelga.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.org.eelga.platform.support.RealBrowser.PLATFORM;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.RealBrowser;
import uk.org.eelga.platform.support.TestDatabase;

/** Real Chromium and Keycloak: an officer asks the HR helpline; an adviser answers; the officer reads the answer. */
@PlatformIT
class HelplineJourneyIT {

    @RegisterExtension
    static final RealBrowser chromium = new RealBrowser();

    @BeforeEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void an_officer_asks_a_benchmarking_question_an_adviser_answers_and_the_officer_sees_the_answer() {
        String subject = "Planning officer grades " + System.nanoTime();
        try (BrowserContext context = chromium.newSession()) {
            Page page = RealBrowser.signedIn(context, "officer@norwich.demo", "/portal");
            page.navigate(PLATFORM + "/portal/hr-helpline");
            assertThat(RealBrowser.heading(page)).hasText("HR helpline");
            page.getByLabel("What is it about?").first().click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Benchmarking request"))
                    .first()
                    .click();
            page.getByLabel("Subject").fill(subject);
            page.getByLabel("Your question").fill("How many councils pay planners a market supplement?");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send to the advisers"))
                    .click();
            assertThat(page.locator("#helpline-outcome")).containsText("The advisers will respond by");
            assertThat(page.locator("#helpline-thread-status")).containsText("With the association's advisers");
        }
        try (BrowserContext context = chromium.newSession()) {
            Page page = RealBrowser.signedIn(context, "staff@eelga.demo", "/console");
            page.navigate(PLATFORM + "/console/hr-helpline");
            page.getByText(subject).first().click();
            assertThat(page.locator("#helpline-thread")).containsText("market supplement");
            page.getByLabel("Answer or question back").fill("Eleven councils of the region pay one.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send answer"))
                    .click();
            assertThat(page.locator("#helpline-message")).containsText("Norwich City Council: Answered.");
            RealBrowser.screenshot(page, "console-hr-helpline");
        }
        try (BrowserContext context = chromium.newSession()) {
            Page page = RealBrowser.signedIn(context, "officer@norwich.demo", "/portal");
            page.navigate(PLATFORM + "/portal/hr-helpline");
            page.getByText(subject).first().click();
            assertThat(page.locator("#helpline-thread")).containsText("Eleven councils of the region pay one.");
            assertThat(page.locator("#helpline-thread-status")).containsText("Answered. First response");
            RealBrowser.screenshot(page, "portal-hr-helpline");
        }
    }
}
