package uk.org.eelga.platform.backoffice;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.coaching.CoachingCatalogue;
import uk.org.eelga.platform.coaching.Programme;
import uk.org.eelga.platform.coaching.SessionDraft;
import uk.org.eelga.platform.engagement.EventType;
import uk.org.eelga.platform.engagement.MeetingPlanner;
import uk.org.eelga.platform.engagement.NewMeeting;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.Race;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.talentbank.TalentBankReference;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;

/**
 * The console page where staff key in records from paper: one record of each kind entered through the page's forms,
 * each confirmed with its "Entered by ... from ... on ..." label and stored so; a form sent empty lists every
 * problem in the error summary and saves nothing; council people cannot open the page.
 */
@BrowserlessPages
class BackOfficeEntryViewIT {

    @Inject
    MeetingPlanner planner;

    @Inject
    CoachingCatalogue coaching;

    @Inject
    TalentBankReference talentBank;

    @Inject
    uk.org.eelga.platform.survey.SurveyCatalogue surveys;

    long survey;

    long event;
    long cohort;
    long session;

    @BeforeEach
    void setUp() throws Exception {
        clean();
        event = planner.plan(
                        Fixtures.staff(),
                        new NewMeeting(
                                null,
                                EventType.CONFERENCE,
                                "Test page Heads of HR conference",
                                LocalDateTime.of(2017, 6, 26, 10, 0),
                                "Newmarket",
                                false,
                                null,
                                null))
                .id();
        cohort = coaching.createCohort(Fixtures.staff(), Programme.ILM7, "Test page cohort", "")
                .id();
        session = coaching.createSession(
                        Fixtures.staff(),
                        new SessionDraft(
                                cohort,
                                "Test page session",
                                Instant.parse("2017-10-02T09:00:00Z"),
                                Instant.parse("2017-10-02T16:00:00Z"),
                                "Cambridge",
                                12,
                                0L,
                                null,
                                Instant.parse("2017-09-25T09:00:00Z")))
                .id();
        talentBank.addService(
                Fixtures.staff(),
                new TalentBankReference.ServiceDraft(
                        "procurement", "Test page procurement review", "Reviews", 50000, true));
        talentBank.addAssociate(
                Fixtures.staff(),
                new TalentBankReference.AssociateDraft(
                        "Test Page Associate",
                        "page@backoffice.test",
                        "procurement",
                        30000,
                        50000,
                        LocalDate.of(2017, 4, 1)));
        survey = surveys.create(
                Fixtures.staff(),
                new uk.org.eelga.platform.survey.SurveyDraft(
                        "Test page pay canvass",
                        "",
                        uk.org.eelga.platform.survey.SurveyKind.CANVASS,
                        uk.org.eelga.platform.survey.SurveyAudience.ALL_COUNCILS,
                        null,
                        null,
                        uk.org.eelga.platform.survey.SurveyMode.PER_COUNCIL,
                        false,
                        Instant.parse("2017-06-01T08:00:00Z"),
                        Instant.parse("2017-07-01T08:00:00Z"),
                        java.util.List.of(new uk.org.eelga.platform.survey.SurveyDraft.SectionDraft(
                                "Pay",
                                java.util.List.of(uk.org.eelga.platform.survey.SurveyDraft.QuestionDraft.of(
                                        "Support the pay offer?",
                                        uk.org.eelga.platform.survey.QuestionType.YES_NO,
                                        true,
                                        java.util.List.of()))))));
        surveys.publish(Fixtures.staff(), survey);
    }

    @AfterEach
    void tearDown() throws Exception {
        clean();
    }

    static void clean() throws Exception {
        TestDatabase.clearTenantData();
        TestDatabase.executeAsOwner(
                "delete from evaluation_paper_form",
                "delete from survey where title like 'Test page%'",
                "delete from engagement_meeting where title like 'Test page%'",
                "delete from coaching_session where title like 'Test page%'",
                "delete from coaching_cohort where name like 'Test page%'",
                "delete from talent_bank_associate_rate where associate_id in (select id from talent_bank_associate where email like '%@backoffice.test')",
                "delete from talent_bank_associate where email like '%@backoffice.test'",
                "delete from talent_bank_service where name like 'Test page%'");
    }

    @Test
    void staff_enter_one_record_of_each_kind_and_each_says_who_entered_it_from_what() {
        BrowserlessUi.signIn(Fixtures.staff());
        BackOfficeEntryView view = BrowserlessUi.open(BackOfficeEntryView.class);

        // an empty form lists its problems and saves nothing
        view.formsSource.clear();
        view.saveForms.click();
        assertThat(view.formsErrors.messages())
                .contains(
                        "Choose the event (first its financial year)",
                        "Enter the number of forms for at least one rating")
                .anySatisfy(m -> assertThat(m).startsWith("Say where this came from"));
        assertThat(Race.count("select count(*) from evaluation_paper_form")).isZero();

        chooseTheEvent(view);
        view.ratings.get(4).setValue(20);
        view.ratings.get(3).setValue(25);
        view.ratings.get(2).setValue(11);
        view.formsSource.setValue("paper form");
        view.saveForms.click();
        assertThat(view.formsErrors.hasProblems()).isFalse();
        assertThat(view.formsSaved.getText()).contains("Saved 56 forms", "Entered by ", " from paper form on ");
        assertThat(Race.count("select sum(forms) from evaluation_paper_form where meeting_id = " + event))
                .isEqualTo(56);

        // a council's canvass return from its email: the required answer is checked like the council's own page
        view.saveReturn.click();
        assertThat(view.returnErrors.messages()).contains("Choose the survey", "Choose the council whose return it is");
        view.returnSurvey.setValue(view.returnSurvey
                .getListDataView()
                .getItems()
                .filter(x -> x.id() == survey)
                .findFirst()
                .orElseThrow());
        view.returnCouncil.setValue(council(view.returnCouncil, "suffolk"));
        view.receivedOn.setValue(LocalDate.of(2017, 6, 20));
        view.saveReturn.click();
        assertThat(view.returnErrors.hasProblems()).isTrue();
        assertThat(Race.count("select count(*) from survey_response where survey_id = " + survey))
                .isZero();
        view.returnCouncil.setValue(council(view.returnCouncil, "suffolk"));
        assertThat(view.returnAnswers.fields()).hasSize(1);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.HasValue<?, String> supports = (com.vaadin.flow.component.HasValue<?, String>)
                view.returnAnswers.fields().get(0);
        supports.setValue("Yes");
        view.saveReturn.click();
        assertThat(view.returnErrors.hasProblems()).isFalse();
        assertThat(view.returnSaved.getText())
                .contains("Suffolk", "Test page pay canvass", "20 June 2017", "Entered by ", " from email from");
        assertThat(Race.count("select count(*) from survey_response where survey_id = " + survey
                        + " and tenant_id = 'suffolk' and status = 'SUBMITTED' and entered_by is not null"))
                .isEqualTo(1);
        // listed under the survey at once; withdrawn when entered in error, a reason needed first
        assertThat(view.returnsEntered.lines.getElement().getTextRecursively())
                .contains("Suffolk County Council's return, received 20 June 2017", "Entered by ");
        _click(_find(view.returnsEntered.lines, Button.class, spec -> spec.withText("Withdraw"))
                .get(0));
        assertThat(view.returnsEntered.errors.messages()).containsExactly("Enter why the entry is withdrawn");
        view.returnsEntered.reason.setValue("Entered for the wrong council");
        _click(_find(view.returnsEntered.lines, Button.class, spec -> spec.withText("Withdraw"))
                .get(0));
        assertThat(view.returnsEntered.said.getText()).startsWith("Withdrawn: Suffolk County Council's return");
        assertThat(view.returnsEntered.lines.getElement().getTextRecursively())
                .contains("Withdrawn by ", ": Entered for the wrong council");
        assertThat(_find(view.returnsEntered.lines, Button.class, spec -> spec.withText("Withdraw")))
                .isEmpty();
        assertThat(Race.count("select count(*) from survey_response where survey_id = " + survey
                        + " and tenant_id = 'suffolk' and status = 'WITHDRAWN'"
                        + " and withdrawn_reason = 'Entered for the wrong council'"))
                .isEqualTo(1);

        view.appraisalCouncil.setValue(council(view.appraisalCouncil, "norwich"));
        view.requestedOn.setValue(LocalDate.of(2017, 5, 2));
        view.deliveredOn.setValue(LocalDate.of(2017, 6, 20));
        view.appraisalSource.setValue("the 2017 spreadsheet");
        view.saveAppraisal.click();
        assertThat(view.appraisalSaved.getText()).contains("Norwich", "Entered by ", "the 2017 spreadsheet");
        assertThat(Race.count("select count(*) from appraisal_request where entered_from = 'the 2017 spreadsheet'"
                        + " and (requested_at at time zone 'Europe/London')::date = date '2017-05-02'"))
                .isEqualTo(1);
        // a past request that was declined is entered as declined, not left open as if still awaited
        view.appraisalCouncil.setValue(council(view.appraisalCouncil, "norwich"));
        view.requestedOn.setValue(LocalDate.of(2017, 9, 12));
        view.declinedBecause.setValue("No adviser was free that autumn");
        view.appraisalSource.setValue("the 2017 spreadsheet");
        view.saveAppraisal.click();
        assertThat(view.appraisalErrors.hasProblems())
                .as(view.appraisalErrors.messages().toString())
                .isFalse();
        assertThat(view.appraisalSaved.getText()).contains("Declined: No adviser was free that autumn");
        assertThat(Race.count("select count(*) from appraisal_request where entered_from = 'the 2017 spreadsheet'"
                        + " and status = 'DECLINED'"))
                .isEqualTo(1);
        // both listed under the council at once; the declined one withdrawn as entered in error
        assertThat(view.supportEntered.lines.getElement().getTextRecursively())
                .contains(
                        "Support requested 2 May 2017, delivered 20 June 2017",
                        "Support requested 12 September 2017, declined",
                        "Entered by ");
        view.supportEntered.reason.setValue("Entered for the wrong council");
        _click(_find(view.supportEntered.lines, Button.class, spec -> spec.withText("Withdraw"))
                .get(0));
        assertThat(view.supportEntered.said.getText())
                .isEqualTo("Withdrawn: Support requested 12 September 2017, declined. It no longer counts in any"
                        + " figure.");
        assertThat(Race.count("select count(*) from appraisal_request where entered_from = 'the 2017 spreadsheet'"
                        + " and withdrawn_reason = 'Entered for the wrong council' and status = 'DECLINED'"))
                .isEqualTo(1);

        view.cohort.setValue(view.cohort
                .getListDataView()
                .getItems()
                .filter(c -> c.id() == cohort)
                .findFirst()
                .orElseThrow());
        view.session.setValue(view.session
                .getListDataView()
                .getItems()
                .filter(s -> s.id() == session)
                .findFirst()
                .orElseThrow());
        view.delegateCouncil.setValue(council(view.delegateCouncil, "essex"));
        view.delegateName.setValue("Dana Delegate");
        view.delegateEmail.setValue("dana@essex.demo");
        view.saveDelegate.click();
        assertThat(view.delegateErrors.hasProblems()).isFalse();
        assertThat(view.delegateSaved.getText()).contains("Dana Delegate", "Entered by ");
        assertThat(Race.count("select confirmed_count from coaching_session where id = " + session))
                .isEqualTo(1);
        // listed under the session at once; withdrawn when entered in error, its place free again
        assertThat(view.delegatesEntered.lines.getElement().getTextRecursively())
                .contains("Dana Delegate, Essex County Council, attended", "Entered by ");
        view.delegatesEntered.reason.setValue("Entered on the wrong session");
        _click(_find(view.delegatesEntered.lines, Button.class, spec -> spec.withText("Withdraw"))
                .get(0));
        assertThat(view.delegatesEntered.said.getText())
                .isEqualTo("Withdrawn: Dana Delegate, Essex County Council, attended. It no longer counts in any"
                        + " figure.");
        assertThat(view.delegatesEntered.lines.getElement().getTextRecursively())
                .contains("Withdrawn by ", ": Entered on the wrong session.");
        assertThat(Race.count("select confirmed_count from coaching_session where id = " + session))
                .isZero();

        view.workCouncil.setValue(council(view.workCouncil, "ipswich"));
        view.service.setValue(view.service
                .getListDataView()
                .getItems()
                .filter(s -> s.name().equals("Test page procurement review"))
                .findFirst()
                .orElseThrow());
        view.associate.setValue(view.associate
                .getListDataView()
                .getItems()
                .filter(a -> a.name().equals("Test Page Associate"))
                .findFirst()
                .orElseThrow());
        view.scope.setValue("Contract register review");
        view.startOn.setValue(LocalDate.of(2017, 8, 1));
        view.endOn.setValue(LocalDate.of(2017, 8, 31));
        view.days.setValue("4");
        view.invoiceReference.setValue("AGR-1");
        view.workSource.setValue("Agresso invoice");
        view.saveWork.click();
        assertThat(view.workErrors.hasProblems()).isFalse();
        assertThat(view.workSaved.getText()).contains("£2,000.00", "£1,200.00", "Entered by ", "Agresso invoice");
        assertThat(Race.count("select count(*) from talent_bank_request where invoice_reference = 'AGR-1'"))
                .isEqualTo(1);
        // listed under the council at once; withdrawn when entered in error, a reason needed first
        assertThat(view.workEntered.lines.getElement().getTextRecursively())
                .contains(
                        "Test page procurement review, 4 days from 1 August 2017 to 31 August 2017, charged £2,000.00",
                        "Entered by ");
        _click(_find(view.workEntered.lines, Button.class, spec -> spec.withText("Withdraw"))
                .get(0));
        assertThat(view.workEntered.errors.messages()).containsExactly("Enter why the entry is withdrawn");
        view.workEntered.reason.setValue("Entered for the wrong council");
        _click(_find(view.workEntered.lines, Button.class, spec -> spec.withText("Withdraw"))
                .get(0));
        assertThat(view.workEntered.said.getText()).startsWith("Withdrawn: Test page procurement review, 4 days");
        assertThat(view.workEntered.lines.getElement().getTextRecursively())
                .contains("Withdrawn by ", ": Entered for the wrong council.");
        assertThat(Race.count("select count(*) from talent_bank_request where invoice_reference = 'AGR-1'"
                        + " and withdrawn_reason = 'Entered for the wrong council'"))
                .isEqualTo(1);
        assertThat(
                        Race.count(
                                "select count(*) from audit_event where action in ('evaluation.paper-forms',"
                                        + " 'appraisal.entered', 'coaching.past-delegate', 'talent-bank.past-work', 'survey.return-entered')"))
                .as("one audited entry for each record entered: two of them appraisals")
                .isEqualTo(6);
    }

    @Test
    void staff_see_the_forms_entered_for_an_event_and_withdraw_one_entered_twice_with_the_reason() {
        BrowserlessUi.signIn(Fixtures.staff());
        BackOfficeEntryView view = BrowserlessUi.open(BackOfficeEntryView.class);
        EnteredRecords entered = view.formsEntered;
        assertThat(entered.isVisible()).isFalse();
        chooseTheEvent(view);
        assertThat(entered.isVisible()).isTrue();
        assertThat(entered.none.isVisible()).isTrue();
        for (int time = 0; time < 2; time++) {
            view.ratings.get(4).setValue(20);
            view.formsSource.setValue("paper form");
            view.saveForms.click();
        }
        assertThat(entered.none.isVisible()).isFalse();
        List<Button> withdraw = _find(entered.lines, Button.class, spec -> spec.withText("Withdraw"));
        assertThat(withdraw).hasSize(2);

        // a reason is needed, and nothing changes without one
        _click(withdraw.get(1));
        assertThat(entered.errors.messages()).containsExactly("Enter why the entry is withdrawn");
        assertThat(Race.count("select count(*) from evaluation_paper_form where withdrawn_on is null"))
                .isEqualTo(2);

        entered.reason.setValue("Entered twice");
        _click(_find(entered.lines, Button.class, spec -> spec.withText("Withdraw"))
                .get(1));
        assertThat(entered.said.getText())
                .isEqualTo("Withdrawn: 20 forms rating it Very good. It no longer counts in any figure.");
        assertThat(entered.lines.getElement().getTextRecursively()).contains("Withdrawn by ", ": Entered twice.");
        assertThat(_find(entered.lines, Button.class, spec -> spec.withText("Withdraw")))
                .hasSize(1);
        assertThat(Race.count(
                        "select sum(forms) from evaluation_paper_form where withdrawn_on is null and meeting_id = "
                                + event))
                .isEqualTo(20);
    }

    @Test
    void council_people_cannot_open_the_page() {
        BrowserlessUi.signIn(Fixtures.NORA);
        assertThat(BrowserlessUi.headingAt("console/back-office")).isEqualTo("You cannot open this page");
    }

    private static uk.org.eelga.tenancy.council.CouncilSummary council(
            com.vaadin.flow.component.combobox.ComboBox<uk.org.eelga.tenancy.council.CouncilSummary> box, String id) {
        return box.getListDataView()
                .getItems()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** The test's 2017 conference, chosen as staff do: its financial year first, then the event. */
    private void chooseTheEvent(BackOfficeEntryView view) {
        view.eventYear.setValue("2017-18");
        view.event.setValue(view.event
                .getListDataView()
                .getItems()
                .filter(m -> m.id() == event)
                .findFirst()
                .orElseThrow());
    }
}
