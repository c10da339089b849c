package uk.org.eelga.platform.framework;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.org.eelga.platform.support.RealBrowser.PLATFORM;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.RealBrowser;

/** In Chromium: association staff open the framework, see RAG badges and close a quarter. */
@PlatformIT
class FrameworkJourneyIT {

    @RegisterExtension
    static final RealBrowser chromium = new RealBrowser();

    @Inject
    FrameworkService frameworks;

    @Inject
    PeriodClose periods;

    BrowserContext context;
    Page page;
    long frameworkId;

    @BeforeEach
    void setUp() throws Exception {
        FrameworkTestData.clean();
        frameworkId =
                frameworks.create(Fixtures.staff(), FrameworkTestData.draft()).id();
        FrameworkTestData.signedIn("norwich", "nora", "2025-05-01T10:00:00Z");
        context = chromium.newSession();
        page = context.newPage();
    }

    @AfterEach
    void tearDown() throws Exception {
        context.close();
        FrameworkTestData.clean();
    }

    @Test
    void staff_open_the_framework_see_rag_and_close_a_quarter() {
        RealBrowser.signIn(page, "staff@eelga.demo");
        page.waitForURL(PLATFORM + "/console");
        page.getByText("Performance framework").first().click();
        page.waitForURL(PLATFORM + "/framework");
        assertThat(RealBrowser.heading(page)).hasText("Performance framework");
        assertThat(page.getByText("R Red").first()).isVisible();
        assertThat(page.getByText("G Green").first()).isVisible();
        RealBrowser.screenshot(page, "framework");
        // a year gone by opens on its last quarter (the dashboard's default), so that is the quarter closed
        page.getByText("Close this quarter").click();
        page.getByText("Yes, close the quarter").click();
        assertThat(page.getByText(FrameworkTestData.YEAR + " Q4 is closed: its figures are frozen."))
                .isVisible();
        org.assertj.core.api.Assertions.assertThat(periods.isClosed(frameworkId, FrameworkTestData.YEAR + " Q4"))
                .isTrue();
    }
}
