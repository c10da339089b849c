package uk.org.eelga.platform.survey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.org.eelga.platform.support.RealBrowser.PLATFORM;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.RealBrowser;
import uk.org.eelga.tenancy.TenantScope;

/** Real Chromium: an officer answers a survey whose second question shows only after "Yes" to the first. */
@PlatformIT
class SurveyJourneyIT {

    @RegisterExtension
    static final RealBrowser chromium = new RealBrowser();

    @Inject
    SurveyCatalogue catalogue;

    @Inject
    SurveyAnswering answering;

    @Test
    void an_officer_answers_a_survey_with_skip_logic_and_it_is_submitted() throws Exception {
        SurveyTestData.clear();
        long survey = SurveyTestData.published(
                catalogue,
                Fixtures.staff(),
                SurveyTestData.draft(
                        "Perception survey", SurveyAudience.ALL_COUNCILS, null, SurveyMode.PER_COUNCIL, false));

        try (BrowserContext session = chromium.newSession()) {
            Page page = session.newPage();
            RealBrowser.signIn(page, "officer@norwich.demo");
            page.waitForURL(PLATFORM + "/portal");
            page.navigate(PLATFORM + "/portal/surveys/" + survey);
            assertThat(RealBrowser.heading(page)).hasText("Perception survey");
            assertThat(page.getByText("Which ones?")).hasCount(0);

            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Yes"))
                    .check();
            assertThat(page.getByText("Which ones?")).isVisible();
            page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Coaching"))
                    .check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit"))
                    .click();
            assertThat(page.getByText("Thank you: your response has been submitted.")
                            .first())
                    .isVisible();
            RealBrowser.screenshot(page, "portal-survey-submitted");
        }

        MyResponse saved = TenantScope.callAs(
                Fixtures.memberOf(Fixtures.NORWICH),
                () -> answering.myResponse(Fixtures.officer(Fixtures.NORWICH, "Norwich City Council", "x"), survey));
        org.assertj.core.api.Assertions.assertThat(saved.asMap().values())
                .contains(java.util.List.of("Yes"), java.util.List.of("Coaching"));
    }
}
