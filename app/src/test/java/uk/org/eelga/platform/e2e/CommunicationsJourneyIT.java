package uk.org.eelga.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.org.eelga.platform.support.RealBrowser.PLATFORM;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.RealBrowser;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.shared.UkTime;

/**
 * Real Chromium and Keycloak, pages only: the association's staff record an e-bulletin and the Chairman's briefing
 * for an LGA Executive meeting on the console; a council officer reads the bulletin in the portal's archive and never
 * sees the internal briefing.
 */
@PlatformIT
class CommunicationsJourneyIT {

    @RegisterExtension
    static final RealBrowser chromium = new RealBrowser();

    /** The communications are the association's shared records (no tenant column): cleared by name. */
    @BeforeEach
    @AfterEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
        TestDatabase.executeAsOwner("truncate communication, lga_executive_meeting restart identity cascade");
    }

    @Test
    void staff_record_a_bulletin_and_a_chairmans_briefing_and_an_officer_reads_only_the_bulletin() {
        String bulletin = "December e-bulletin " + System.nanoTime();
        String briefing = "Briefing for the Chairman " + System.nanoTime();
        LocalDate today = LocalDate.now(UkTime.ZONE);
        String typed = today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String day = UkTime.date(today);

        try (BrowserContext context = chromium.newSession()) {
            Page page = RealBrowser.signedIn(context, "staff@eelga.demo", "/console");
            page.navigate(PLATFORM + "/console/communications");
            assertThat(RealBrowser.heading(page)).hasText("Communications");
            assertThat(page.locator("#communications-summary")).containsText("Nothing recorded in ");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Record").setExact(true))
                    .click();
            assertThat(page.getByText("There is a problem")).isVisible();
            assertThat(page.getByText("Choose what was sent or published").first())
                    .isVisible();

            // the e-bulletin, sent to 2,535 people today
            choose(page, "What", "E-bulletin");
            page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true))
                    .fill(bulletin);
            page.getByLabel("Summary", new Page.GetByLabelOptions().setExact(true))
                    .fill("Devolution deals, the spending review and the Assembly's new chair.");
            page.getByLabel("Recipients").fill("2535");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Record").setExact(true))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Recorded: E-bulletin, " + bulletin + ".");

            // the LGA Executive meets today; the Chairman's briefing for it is recorded the same day
            var meetsOn = page.getByLabel("LGA Executive meets on");
            meetsOn.fill(typed);
            meetsOn.press("Enter");
            assertThat(meetsOn).hasValue(typed);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add LGA Executive meeting"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("LGA Executive meeting added: " + day + ".");
            assertThat(grid(page, "Meets on")).containsText("No briefing recorded");

            choose(page, "What", "Briefing for the Chairman before an LGA Executive meeting");
            page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true))
                    .fill(briefing);
            page.getByLabel("Summary", new Page.GetByLabelOptions().setExact(true))
                    .fill("Key issues for the East before the Executive: the fair funding review.");
            page.getByLabel("Recipients").fill("1");
            choose(page, "LGA Executive meeting", day);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Record").setExact(true))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS))
                    .hasText("Recorded: Briefing for the Chairman before an LGA Executive meeting, " + briefing + ".");
            assertThat(grid(page, "Meets on")).containsText(briefing + ", " + day);
            assertThat(grid(page, "Meets on")).not().containsText("No briefing recorded");
            Locator recorded = grid(page, "For the meeting");
            assertThat(recorded).containsText(bulletin);
            assertThat(recorded).containsText(briefing);
            assertThat(recorded).containsText("2535");
            assertThat(page.locator("#communications-summary"))
                    .containsText("1 e-bulletins (target 11 in the 2019-20 framework)");
            assertThat(page.locator("#communications-summary"))
                    .containsText("1 of 1 LGA Executive meetings held so far briefed in time.");
            RealBrowser.screenshot(page, "console-communications");
        }

        try (BrowserContext context = chromium.newSession()) {
            Page page = RealBrowser.signedIn(context, "officer@cambridge.demo", "/portal");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bulletins and briefs"))
                    .first()
                    .click();
            page.waitForURL(PLATFORM + "/portal/communications");
            assertThat(RealBrowser.heading(page)).hasText("Bulletins and briefs");
            Locator archive = grid(page, "Published");
            assertThat(archive).containsText(bulletin);
            assertThat(archive).containsText("Devolution deals, the spending review");
            assertThat(archive).containsText(day);
            assertThat(page.getByText(briefing)).hasCount(0);
            assertThat(page.getByText("fair funding review")).hasCount(0);
            RealBrowser.screenshot(page, "portal-communications");
        }
    }

    /** Opens the select labelled {@code label} and picks the option named exactly {@code option}. */
    private static void choose(Page page, String label, String option) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true))
                .first()
                .click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(option).setExact(true))
                .first()
                .click();
    }

    /** The grid with the column header given (grid cells are light-DOM slots of vaadin-grid). */
    private static Locator grid(Page page, String header) {
        return page.locator("vaadin-grid")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByText(header, new Page.GetByTextOptions().setExact(true))));
    }
}
