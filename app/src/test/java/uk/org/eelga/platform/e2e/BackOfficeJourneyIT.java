package uk.org.eelga.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.org.eelga.platform.support.RealBrowser.PLATFORM;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.coaching.CoachingCatalogue;
import uk.org.eelga.platform.coaching.Programme;
import uk.org.eelga.platform.coaching.SessionDraft;
import uk.org.eelga.platform.engagement.EventType;
import uk.org.eelga.platform.engagement.MeetingPlanner;
import uk.org.eelga.platform.engagement.NewMeeting;
import uk.org.eelga.platform.framework.Direction;
import uk.org.eelga.platform.framework.FrameworkDraft;
import uk.org.eelga.platform.framework.FrameworkDraft.ActionDraft;
import uk.org.eelga.platform.framework.FrameworkDraft.MeasureDraft;
import uk.org.eelga.platform.framework.FrameworkDraft.OutcomeDraft;
import uk.org.eelga.platform.framework.FrameworkDraft.ThemeDraft;
import uk.org.eelga.platform.framework.FrameworkService;
import uk.org.eelga.platform.framework.ServiceArea;
import uk.org.eelga.platform.framework.TargetType;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.RealBrowser;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.survey.QuestionType;
import uk.org.eelga.platform.survey.SurveyAudience;
import uk.org.eelga.platform.survey.SurveyCatalogue;
import uk.org.eelga.platform.survey.SurveyDraft;
import uk.org.eelga.platform.survey.SurveyKind;
import uk.org.eelga.platform.survey.SurveyMode;
import uk.org.eelga.platform.talentbank.TalentBankReference;

/**
 * Real Chromium, one session (issue 14, "the same entries can be made on the console pages"): association staff sign
 * in through Keycloak and key in one record of each back-office kind on "Enter records from paper" (an event's paper
 * evaluation forms, a council's survey return from email, past appraisal support, a past coaching delegate, past
 * Talent Bank work), each confirmed in the page's green status panel with its "Entered by" label; the framework page
 * shows each of the five figures change from "No figure yet" to the figure those records make; a bad number of days
 * shows the error summary and keeps everything typed.
 */
@PlatformIT
class BackOfficeJourneyIT {

    /** A year nothing else in the test database uses (the demo records start in 2017-18). */
    static final String YEAR = "2015-16";

    static final String PREFIX = "Test journey ";

    @Inject
    MeetingPlanner planner;

    @Inject
    CoachingCatalogue coaching;

    @Inject
    TalentBankReference talentBank;

    @Inject
    SurveyCatalogue surveys;

    @Inject
    FrameworkService frameworks;

    long frameworkId;
    final Map<String, Long> measures = new LinkedHashMap<>();

    @BeforeEach
    void setUp() throws Exception {
        clean();
        long event = planner.plan(
                        Fixtures.staff(),
                        new NewMeeting(
                                null,
                                EventType.SUMMIT,
                                PREFIX + "Finance Summit",
                                LocalDateTime.of(2015, 6, 15, 10, 0),
                                "Newmarket",
                                false,
                                null,
                                null))
                .id();
        long cohort = coaching.createCohort(Fixtures.staff(), Programme.ILM7, PREFIX + "ILM7 cohort 1", "")
                .id();
        coaching.createSession(
                Fixtures.staff(),
                new SessionDraft(
                        cohort,
                        PREFIX + "ILM7 day 1",
                        Instant.parse("2015-10-02T09:00:00Z"),
                        Instant.parse("2015-10-02T16:00:00Z"),
                        "Cambridge",
                        12,
                        0L,
                        null,
                        Instant.parse("2015-09-25T09:00:00Z")));
        talentBank.addService(
                Fixtures.staff(),
                new TalentBankReference.ServiceDraft(
                        "procurement", PREFIX + "procurement review", "Reviews", 50000, true));
        talentBank.addAssociate(
                Fixtures.staff(),
                new TalentBankReference.AssociateDraft(
                        PREFIX + "Associate",
                        "journey@backoffice.test",
                        "procurement",
                        30000,
                        50000,
                        LocalDate.of(2015, 4, 1)));
        long survey = surveys.create(
                Fixtures.staff(),
                new SurveyDraft(
                        PREFIX + "pay canvass",
                        "",
                        SurveyKind.CANVASS,
                        SurveyAudience.ALL_COUNCILS,
                        null,
                        null,
                        SurveyMode.PER_COUNCIL,
                        false,
                        Instant.parse("2015-06-01T08:00:00Z"),
                        Instant.parse("2015-07-01T08:00:00Z"),
                        List.of(new SurveyDraft.SectionDraft(
                                "Pay",
                                List.of(SurveyDraft.QuestionDraft.of(
                                        "Support the pay offer?", QuestionType.YES_NO, true, List.of()))))));
        surveys.publish(Fixtures.staff(), survey);

        // a framework year whose five measures are computed from exactly these kinds of records
        List<MeasureDraft> drafts = new ArrayList<>();
        drafts.add(measure(
                "Finance Summit forms rated good or above",
                TargetType.PERCENT,
                "80",
                "evaluations-rated-good",
                Map.of("event", String.valueOf(event))));
        drafts.add(measure(
                "Councils returning the pay canvass",
                TargetType.PERCENT,
                "90",
                "survey-response-rate",
                Map.of("surveyKind", "CANVASS")));
        drafts.add(measure(
                "Appraisal support requests delivered",
                TargetType.PERCENT,
                "100",
                "appraisal-requests",
                Map.of("as", "met-share")));
        drafts.add(
                measure("Councils engaged in coaching", TargetType.COUNT, "5", "councils-engaged-coaching", Map.of()));
        drafts.add(measure(
                "Procurement Talent Bank income",
                TargetType.MONEY,
                "0",
                "talent-bank-gross-profit",
                Map.of("area", "procurement")));
        frameworkId = frameworks
                .create(
                        Fixtures.staff(),
                        new FrameworkDraft(
                                YEAR,
                                PREFIX + "framework",
                                "test",
                                List.of(new ThemeDraft(
                                        "1",
                                        "Records from paper",
                                        List.of(new OutcomeDraft(
                                                "1.1",
                                                "What happened on paper counts",
                                                List.of(new ActionDraft(
                                                        "1.1.1",
                                                        "Back-office records",
                                                        null,
                                                        ServiceArea.CORE,
                                                        null,
                                                        drafts))))))))
                .id();
        frameworks.tree(frameworkId).orElseThrow().measures().forEach(m -> measures.put(m.description(), m.id()));
    }

    @AfterEach
    void tearDown() throws Exception {
        clean();
    }

    static void clean() throws Exception {
        TestDatabase.clearTenantData();
        try (Connection owner = TestDatabase.asOwner();
                Statement s = owner.createStatement()) {
            s.execute("delete from evaluation_paper_form where meeting_id in"
                    + " (select id from engagement_meeting where title like '" + PREFIX + "%')");
            s.execute("delete from survey where title like '" + PREFIX + "%'");
            s.execute("delete from engagement_meeting where title like '" + PREFIX + "%'");
            s.execute("delete from coaching_session where title like '" + PREFIX + "%'");
            s.execute("delete from coaching_cohort where name like '" + PREFIX + "%'");
            s.execute("delete from talent_bank_associate_rate where associate_id in"
                    + " (select id from talent_bank_associate where email = 'journey@backoffice.test')");
            s.execute("delete from talent_bank_associate where email = 'journey@backoffice.test'");
            s.execute("delete from talent_bank_service where name like '" + PREFIX + "%'");
            s.execute("delete from framework where year_label = '" + YEAR + "'");
        }
    }

    @Test
    void staff_key_in_one_record_of_each_kind_and_see_the_framework_figures_change() {
        try (RealBrowser chromium = new RealBrowser()) {
            BrowserContext context = chromium.newSession();
            Page page = context.newPage();
            RealBrowser.signIn(page, "staff@eelga.demo");
            page.waitForURL(PLATFORM + "/console");

            // before: no records, so no figure; the canvass was sent to every council and none has answered yet: 0%
            Map<String, String> before = figures(page);
            org.assertj.core.api.Assertions.assertThat(before)
                    .containsEntry("Finance Summit forms rated good or above", "No figure yet")
                    .containsEntry("Councils returning the pay canvass", "0%")
                    .containsEntry("Appraisal support requests delivered", "No figure yet")
                    .containsEntry("Councils engaged in coaching", "No figure yet")
                    .containsEntry("Procurement Talent Bank income", "No figure yet");

            page.navigate(PLATFORM + "/console/back-office");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Enter records from paper");
            Locator saved = page.locator("p.success-banner[role=status]");

            // an event's paper evaluation forms, as counts per rating
            choose(page, page.getByLabel("Financial year of the event"), YEAR);
            combo(page, page.getByLabel("Event", new Page.GetByLabelOptions().setExact(true)), PREFIX + "Finance");
            page.getByLabel("Forms rating it Very good (5)").fill("3");
            page.getByLabel("Forms rating it Good (4)").fill("1");
            page.getByLabel("Forms rating it Fair (3)").fill("1");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save evaluation forms"))
                    .click();
            assertThat(saved.nth(0)).containsText("Saved 5 forms of " + PREFIX + "Finance Summit");
            assertThat(saved.nth(0)).containsText("Entered by ");

            // a council's survey return sent by email
            combo(page, page.getByLabel("Survey", new Page.GetByLabelOptions().setExact(true)), PREFIX + "pay");
            combo(page, council(page, 0), "Suffolk County");
            date(page.getByLabel("Date the return was received"), "20/6/2015");
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Yes"))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save survey return"))
                    .click();
            assertThat(saved.nth(1)).containsText("Suffolk County Council's return to " + PREFIX + "pay canvass");
            assertThat(saved.nth(1)).containsText("from email from the council on ");

            // past appraisal support with its real dates
            combo(page, council(page, 1), "Norwich City");
            date(page.getByLabel("Date the council asked"), "2/5/2015");
            date(page.getByLabel("Date support was delivered (empty if it was not)"), "20/6/2015");
            source(page, 2).fill("the 2015 appraisal spreadsheet");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save appraisal support"))
                    .click();
            assertThat(saved.nth(2)).containsText("Norwich City Council: ");
            assertThat(saved.nth(2)).containsText("from the 2015 appraisal spreadsheet on ");

            // a past coaching delegate
            choose(page, page.getByLabel("Cohort"), PREFIX + "ILM7 cohort 1");
            choose(page, page.getByLabel("Session that took place"), PREFIX + "ILM7 day 1");
            combo(page, council(page, 2), "Essex County");
            page.getByLabel("Delegate's name").fill("Dana Delegate");
            page.getByLabel("Delegate's email address").fill("dana@essex.demo");
            source(page, 3).fill("ILM7 paper register");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save delegate"))
                    .click();
            assertThat(saved.nth(3)).containsText("Dana Delegate on " + PREFIX + "ILM7 day 1");
            assertThat(saved.nth(3)).containsText("from ILM7 paper register on ");

            // past Talent Bank work: first with a bad number of days, which loses nothing typed
            combo(page, council(page, 3), "Ipswich Borough");
            choose(
                    page,
                    page.getByLabel("Service", new Page.GetByLabelOptions().setExact(true)),
                    PREFIX + "procurement");
            choose(
                    page,
                    page.getByLabel("Associate", new Page.GetByLabelOptions().setExact(true)),
                    PREFIX + "Associate");
            page.getByLabel("What the work was").fill("Contract register review");
            date(page.getByLabel("First day"), "1/8/2015");
            date(page.getByLabel("Last day"), "31/8/2015");
            page.getByLabel("Days delivered (tenths allowed, like 10.5)").fill("four");
            page.getByLabel("Invoice reference (optional)").fill("AGR-2015-0042");
            source(page, 4).fill("Agresso invoice");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save Talent Bank work"))
                    .click();
            Locator problem =
                    page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText("There is a problem"));
            assertThat(problem).isVisible();
            assertThat(page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Enter the days as a number, like 10 or 10.5")))
                    .isVisible();
            assertThat(saved.nth(4)).isHidden();
            assertThat(page.getByLabel("What the work was")).hasValue("Contract register review");
            assertThat(page.getByLabel("Invoice reference (optional)")).hasValue("AGR-2015-0042");
            assertThat(page.getByLabel("First day")).hasValue(java.util.regex.Pattern.compile("0?1/0?8/2015"));
            assertThat(page.getByLabel("Days delivered (tenths allowed, like 10.5)"))
                    .hasValue("four");
            assertThat(source(page, 4)).hasValue("Agresso invoice");
            RealBrowser.screenshot(page, "back-office-error-summary");
            page.getByLabel("Days delivered (tenths allowed, like 10.5)").fill("4");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save Talent Bank work"))
                    .click();
            assertThat(saved.nth(4)).containsText(PREFIX + "procurement review for Ipswich Borough Council: 4 days");
            assertThat(saved.nth(4)).containsText("from Agresso invoice on ");
            assertThat(problem).isHidden();
            RealBrowser.screenshot(page, "back-office-entered");

            // after: each figure is the one its record makes
            Map<String, String> after = figures(page);
            org.assertj.core.api.Assertions.assertThat(after)
                    .containsEntry("Finance Summit forms rated good or above", "80%")
                    .containsEntry("Councils returning the pay canvass", "2%")
                    .containsEntry("Appraisal support requests delivered", "100%")
                    .containsEntry("Councils engaged in coaching", "1")
                    .containsEntry("Procurement Talent Bank income", "£800.00");
            context.close();
        }
    }

    /** The figure of each measure of the year, as the framework page shows it (the link to its records). */
    private Map<String, String> figures(Page page) {
        page.navigate(PLATFORM + "/framework?year=" + frameworkId + "&period=" + YEAR);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Performance framework");
        Map<String, String> shown = new LinkedHashMap<>();
        measures.forEach((description, id) -> {
            Locator link = page.locator("#measures a[href*='framework/measure/" + id + "?']")
                    .first();
            assertThat(link).isVisible();
            shown.put(description, link.innerText().strip());
        });
        return shown;
    }

    private static MeasureDraft measure(
            String description, TargetType type, String target, String kind, Map<String, String> parameters) {
        return new MeasureDraft(
                description,
                type,
                new BigDecimal(target),
                null,
                null,
                null,
                "Annual",
                "Records",
                null,
                type == TargetType.MONEY ? Direction.ABOVE_TARGET : Direction.HIGHER_IS_BETTER,
                new BigDecimal("5"),
                kind,
                parameters,
                null);
    }

    /** The n-th "Council" box of the page: survey return, appraisal, coaching delegate, Talent Bank work. */
    private static Locator council(Page page, int n) {
        return page.getByLabel("Council", new Page.GetByLabelOptions().setExact(true))
                .nth(n);
    }

    /** The n-th source field: forms, survey return, appraisal, coaching delegate, Talent Bank work. */
    private static Locator source(Page page, int n) {
        return page.getByLabel("Source (such as paper form, email from the council)")
                .nth(n);
    }

    /** Types into a combo box to filter it and picks the option that starts so. */
    private static void combo(Page page, Locator box, String typed) {
        box.fill(typed);
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(typed).setExact(false))
                .first()
                .click();
    }

    /** Opens a select and picks the option. */
    private static void choose(Page page, Locator select, String option) {
        select.click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(option).setExact(false))
                .first()
                .click();
    }

    /** A date typed as a keyboard user does, committed with Enter. */
    private static void date(Locator picker, String typed) {
        picker.fill(typed);
        picker.press("Enter");
    }
}
