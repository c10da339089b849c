package uk.org.eelga.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.org.eelga.platform.support.RealBrowser.PLATFORM;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.org.eelga.platform.coaching.CoachingCatalogue;
import uk.org.eelga.platform.coaching.CohortSummary;
import uk.org.eelga.platform.coaching.Programme;
import uk.org.eelga.platform.coaching.SessionDraft;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.RealBrowser;
import uk.org.eelga.platform.support.TestDatabase;

/** Real Chromium and Keycloak: an officer books a coaching place; a leader asks for appraisal support. */
@PlatformIT
class CoachingJourneyIT {

    @RegisterExtension
    static final RealBrowser chromium = new RealBrowser();

    @Inject
    CoachingCatalogue catalogue;

    @BeforeEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void an_officer_books_a_coaching_place_and_sees_it_confirmed() {
        String title = "Journey workshop " + System.nanoTime();
        CohortSummary cohort =
                catalogue.createCohort(Fixtures.staff(), Programme.CPD, "Journey cohort " + System.nanoTime(), "");
        Instant start = Instant.now().plus(Duration.ofDays(21));
        catalogue.createSession(
                Fixtures.staff(),
                new SessionDraft(
                        cohort.id(),
                        title,
                        start,
                        start.plus(Duration.ofHours(3)),
                        "Norwich, County Hall",
                        10,
                        0L,
                        null,
                        start.minus(Duration.ofDays(2))));
        try (BrowserContext context = chromium.newSession()) {
            Page page = RealBrowser.signedIn(context, "officer@norwich.demo", "/portal");
            page.navigate(PLATFORM + "/portal/coaching");
            assertThat(RealBrowser.heading(page)).hasText("Coaching programme");
            // the keyboard path: typing filters the sessions, arrow down and Enter pick the one left; with many
            // sessions the page is long and a mouse pick in the overlay depends on where the page has scrolled
            Locator field = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Session"));
            field.fill(title);
            assertThat(page.getByRole(
                            AriaRole.OPTION,
                            new Page.GetByRoleOptions().setName(title).setExact(false)))
                    .hasCount(1);
            field.press("ArrowDown");
            field.press("Enter");
            assertThat(field).hasValue(java.util.regex.Pattern.compile("^" + title + " \\("));
            page.getByLabel("Delegate's name").fill("Journey Delegate");
            page.getByLabel("Delegate's email").fill("journey@norwich.demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book place"))
                    .click();
            assertThat(page.locator("#booking-outcome")).containsText("Place confirmed for Journey Delegate");
            // grid cells are light-DOM slots of vaadin-grid, outside its inner table
            assertThat(page.getByText("Journey Delegate", new Page.GetByTextOptions().setExact(true)))
                    .isVisible();
            assertThat(page.getByText("Confirmed", new Page.GetByTextOptions().setExact(true)))
                    .isVisible();
            RealBrowser.screenshot(page, "coaching-booked");
        }
    }

    @Test
    void a_leader_requests_appraisal_support_and_staff_see_it() {
        String dates = "Any Thursday in April " + System.nanoTime();
        try (BrowserContext context = chromium.newSession()) {
            Page page = RealBrowser.signedIn(context, "leader@norwich.demo", "/portal/engagement");
            page.navigate(PLATFORM + "/portal/appraisal-support");
            page.getByLabel("Preferred dates").fill(dates);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Request support"))
                    .click();
            assertThat(page.locator("#appraisal-outcome")).containsText("sent to the association");
            assertThat(page.getByText("Requested, awaiting the association")).isVisible();
        }
        try (BrowserContext context = chromium.newSession()) {
            Page page = RealBrowser.signedIn(context, "staff@eelga.demo", "/console");
            page.navigate(PLATFORM + "/console/appraisal-requests");
            assertThat(page.getByText(dates)).isVisible();
            assertThat(page.getByText("Norwich City Council", new Page.GetByTextOptions().setExact(true))
                            .first())
                    .isVisible();
            RealBrowser.screenshot(page, "console-appraisal-requests");
        }
    }
}
