package uk.org.eelga.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.org.eelga.platform.support.RealBrowser.PLATFORM;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.org.eelga.platform.engagement.EngagementData;
import uk.org.eelga.platform.engagement.MeetingPlanner;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.RealBrowser;

/** Real Chromium: staff record attendance at an Assembly meeting and the Norwich leader sees it in their summary. */
@PlatformIT
class EngagementJourneyIT {

    @RegisterExtension
    static final RealBrowser chromium = new RealBrowser();

    @Inject
    MeetingPlanner planner;

    @BeforeEach
    void clean() throws Exception {
        EngagementData.clear();
    }

    @Test
    void staff_record_attendance_and_the_leader_sees_the_new_figure_in_their_summary() {
        long meeting = EngagementData.groupMeeting(
                planner,
                "assembly",
                "Assembly, winter",
                LocalDateTime.now().minusDays(2).withNano(0),
                "Newmarket");

        try (BrowserContext staffSession = chromium.newSession()) {
            Page page = staffSession.newPage();
            RealBrowser.signIn(page, "staff@eelga.demo");
            page.waitForURL(PLATFORM + "/console");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Meetings and events"))
                    .click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Attendance of Assembly, winter"))
                    .click();
            page.waitForURL(PLATFORM + "/console/meetings/attendance/" + meeting);
            assertThat(page.locator(".figure"))
                    .hasText("No figure yet: attendance is not recorded for any of the 52 expected seats.");

            page.getByLabel("Attendance of Norwich City Council, seat 1").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Present"))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save attendance"))
                    .click();
            assertThat(page.locator(".figure")).hasText("Attended: 1 of 52 (2%) of expected seats.");
            RealBrowser.screenshot(page, "console-attendance");
        }

        try (BrowserContext leaderSession = chromium.newSession()) {
            Page page = leaderSession.newPage();
            RealBrowser.signIn(page, "leader@norwich.demo");
            page.waitForURL(PLATFORM + "/portal/engagement");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)))
                    .containsText("Norwich City Council: engagement in");
            assertThat(page.getByText("All groups: 1 of 1 (100%) of expected seats attended."))
                    .isVisible();
            Locator groups =
                    page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Meetings attended per group"));
            assertThat(groups.getByRole(
                            AriaRole.ROW, new Locator.GetByRoleOptions().setName("Assembly of Council Leaders")))
                    .containsText("100%");
            RealBrowser.screenshot(page, "portal-our-engagement");
        }
    }
}
