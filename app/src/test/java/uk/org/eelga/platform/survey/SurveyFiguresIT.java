package uk.org.eelga.platform.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.org.eelga.platform.survey.SurveyTestData.answers;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.TenantScope;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilKind;
import uk.org.eelga.tenancy.council.CouncilSummary;

/** The figures on known data: response rates, rated good or above, the regional median, suppression. */
@PlatformIT
class SurveyFiguresIT {

    @Inject
    SurveyCatalogue catalogue;

    @Inject
    SurveyAnswering answering;

    @Inject
    SurveyFigures figures;

    @Inject
    SurveyResultsReader results;

    @Inject
    CouncilDirectory councils;

    final LocalDate from = LocalDate.now().minusDays(30);
    final LocalDate to = LocalDate.now().plusDays(1);

    @BeforeEach
    void clear() throws Exception {
        SurveyTestData.clear();
    }

    private void submit(String council, long surveyId, String used, String rating) {
        Caller officer = Fixtures.officer(TenantId.of(council), council, "Officer-" + council);
        Survey survey = catalogue.find(surveyId).orElseThrow();
        TenantScope.runAs(
                officer, () -> answering.submit(officer, surveyId, answers(survey, used, List.of(), rating, null)));
    }

    @Test
    void response_rate_counts_councils_that_submitted_of_the_councils_addressed_and_lists_the_others() {
        long id = SurveyTestData.published(
                catalogue,
                Fixtures.staff(),
                SurveyTestData.draft("Rate", SurveyAudience.ALL_COUNCILS, null, SurveyMode.PER_COUNCIL, false));
        List<CouncilSummary> all = councils.all();
        for (int i = 0; i < 26; i++) {
            submit(all.get(i).id(), id, "No", null);
        }
        // a draft is not a response
        Caller drafting = Fixtures.officer(TenantId.of(all.get(30).id()), "x", "Dee");
        TenantScope.runAs(drafting, () -> answering.saveDraft(drafting, id, java.util.Map.of()));

        SurveyResults result = results.results(Fixtures.staff(), id);
        assertThat(result.councilsInAudience()).isEqualTo(52);
        assertThat(result.councilsResponded()).isEqualTo(26);
        assertThat(result.responseRatePercent()).isEqualByComparingTo("50.0");
        assertThat(result.notResponded()).hasSize(26);
        assertThat(result.councils())
                .filteredOn(c -> c.councilId().equals(all.get(30).id()))
                .extracting(SurveyResults.CouncilResponse::status)
                .containsExactly(ResponseStatus.DRAFT);

        List<SurveyFigures.SurveyRate> rates = figures.responseRates(Fixtures.staff(), from, to);
        assertThat(rates).hasSize(1);
        assertThat(rates.get(0).councils()).isEqualTo(new SurveyFigures.Share(26, 52));
        assertThat(rates.get(0).notResponded())
                .hasSize(26)
                .doesNotContain(all.get(0).name());
        assertThat(figures.overallResponseRate(Fixtures.staff(), from, to).percent())
                .isEqualByComparingTo("50.0");
    }

    @Test
    void rated_good_or_above_is_good_or_very_good_of_the_responses_that_rated_the_event() throws Exception {
        long event = SurveyTestData.eventAttendedBy("norwich", "cambridge", "essex", "ipswich");
        long id = SurveyTestData.published(
                catalogue,
                Fixtures.staff(),
                SurveyTestData.draft(
                        "Evaluation", SurveyAudience.EVENT_ATTENDEES, event, SurveyMode.PER_PERSON, false));
        submit("norwich", id, "No", "Good");
        submit("cambridge", id, "No", "Very good");
        submit("essex", id, "No", "Poor");
        submit("ipswich", id, "No", null);

        List<SurveyFigures.EventRating> ratings = figures.ratedGoodOrAbove(Fixtures.staff(), from, to);
        assertThat(ratings).hasSize(1);
        assertThat(ratings.get(0).meetingId()).isEqualTo(event);
        assertThat(ratings.get(0).ratedGoodOrAbove()).isEqualTo(new SurveyFigures.Share(2, 3));
        assertThat(figures.ratedGoodOrAboveByEventType(Fixtures.staff(), from, to))
                .containsEntry("CONFERENCE", new SurveyFigures.Share(2, 3))
                .containsEntry("ALL", new SurveyFigures.Share(2, 3));
        assertThat(results.results(Fixtures.staff(), id).councilsInAudience()).isEqualTo(4);
    }

    @Test
    void the_regional_median_is_an_aggregate_that_a_council_may_read_without_seeing_other_councils() {
        long a = SurveyTestData.published(
                catalogue,
                Fixtures.staff(),
                SurveyTestData.draft("A", SurveyAudience.ALL_COUNCILS, null, SurveyMode.PER_COUNCIL, false));
        SurveyTestData.published(
                catalogue,
                Fixtures.staff(),
                SurveyTestData.draft("B", SurveyAudience.ALL_COUNCILS, null, SurveyMode.PER_COUNCIL, false));
        List<CouncilSummary> all = councils.all();
        // 27 councils answer one of two surveys (share 0.5), 25 answer none: the median is 0.5
        for (int i = 0; i < 27; i++) {
            submit(all.get(i).id(), a, "No", null);
        }
        SurveyFigures.RegionalMedian median = TenantScope.callAs(
                        Fixtures.memberOf(Fixtures.CAMBRIDGE), () -> figures.regionalMedians(from, to))
                .surveys();
        assertThat(median.councils()).isEqualTo(52);
        assertThat(median.medianShare()).isEqualByComparingTo(new BigDecimal("0.5"));

        String first = all.get(0).id();
        SurveyFigures.CouncilFigures mine =
                TenantScope.callAs(Fixtures.memberOf(TenantId.of(first)), () -> figures.forCurrentCouncil(from, to));
        assertThat(mine.surveys()).isEqualTo(new SurveyFigures.Share(1, 2));
        assertThat(mine.evaluations()).isEqualTo(new SurveyFigures.Share(0, 0));
    }

    @Test
    void the_regional_median_of_evaluations_given_is_over_the_councils_whose_people_attended_and_five_at_least()
            throws Exception {
        List<String> six =
                councils.all().stream().limit(6).map(CouncilSummary::id).toList();
        String[] attended = six.toArray(String[]::new);
        long first = SurveyTestData.published(
                catalogue,
                Fixtures.staff(),
                SurveyTestData.draft(
                        "First evaluation",
                        SurveyAudience.EVENT_ATTENDEES,
                        SurveyTestData.eventAttendedBy(attended),
                        SurveyMode.PER_PERSON,
                        false));
        long second = SurveyTestData.published(
                catalogue,
                Fixtures.staff(),
                SurveyTestData.draft(
                        "Second evaluation",
                        SurveyAudience.EVENT_ATTENDEES,
                        SurveyTestData.eventAttendedBy(attended),
                        SurveyMode.PER_PERSON,
                        false));
        // three councils evaluate both events (1), two evaluate one (0.5), one neither (0): the median is 0.75
        for (int i = 0; i < 5; i++) {
            submit(six.get(i), first, "No", "Good");
        }
        for (int i = 0; i < 3; i++) {
            submit(six.get(i), second, "No", "Good");
        }

        SurveyFigures.RegionalMedians medians =
                TenantScope.callAs(Fixtures.memberOf(TenantId.of(six.get(5))), () -> figures.regionalMedians(from, to));
        assertThat(medians.evaluations().councils()).isEqualTo(6);
        assertThat(medians.evaluations().medianShare()).isEqualByComparingTo(new BigDecimal("0.75"));
        // no other survey: every survey's median is the same
        assertThat(medians.surveys().medianShare()).isEqualByComparingTo(new BigDecimal("0.75"));
    }

    @Test
    void with_fewer_than_five_councils_asked_for_evaluations_there_is_no_regional_median_of_them() throws Exception {
        long id = SurveyTestData.published(
                catalogue,
                Fixtures.staff(),
                SurveyTestData.draft(
                        "Small evaluation",
                        SurveyAudience.EVENT_ATTENDEES,
                        SurveyTestData.eventAttendedBy("norwich", "cambridge", "essex", "ipswich"),
                        SurveyMode.PER_PERSON,
                        false));
        submit("norwich", id, "No", "Good");

        SurveyFigures.RegionalMedians medians =
                TenantScope.callAs(Fixtures.memberOf(Fixtures.NORWICH), () -> figures.regionalMedians(from, to));
        assertThat(medians.evaluations().councils()).isEqualTo(4);
        assertThat(medians.evaluations().medianShare())
                .as("a median of four could be one council's figure")
                .isNull();
    }

    @Test
    void council_people_cannot_use_the_staff_figures() {
        Caller officer = Fixtures.NORA;
        assertThatThrownBy(() -> figures.responseRates(officer, from, to)).isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> results.results(officer, 1)).isInstanceOf(SecurityException.class);
    }

    @Test
    void anonymous_breakdowns_by_council_kind_hide_groups_of_fewer_than_five() {
        long id = SurveyTestData.published(
                catalogue,
                Fixtures.staff(),
                SurveyTestData.draft("Anon", SurveyAudience.ALL_COUNCILS, null, SurveyMode.PER_PERSON, true));
        List<CouncilSummary> districts = councils.all().stream()
                .filter(c -> c.kind() == CouncilKind.DISTRICT)
                .limit(6)
                .toList();
        List<CouncilSummary> counties = councils.all().stream()
                .filter(c -> c.kind() == CouncilKind.COUNTY)
                .limit(2)
                .toList();
        districts.forEach(c -> submit(c.id(), id, "No", "Good"));
        counties.forEach(c -> submit(c.id(), id, "No", "Poor"));

        SurveyResults result = results.results(Fixtures.staff(), id);
        SurveyResults.QuestionResult rating = result.questions().get(2);
        assertThat(rating.counts()).contains(new SurveyResults.Count("Good", 6), new SurveyResults.Count("Poor", 2));
        assertThat(rating.byKind()).anySatisfy(k -> {
            assertThat(k.kind()).isEqualTo(CouncilKind.DISTRICT);
            assertThat(k.suppressed()).isFalse();
            assertThat(k.counts()).contains(new SurveyResults.Count("Good", 6));
        });
        assertThat(rating.byKind()).anySatisfy(k -> {
            assertThat(k.kind()).isEqualTo(CouncilKind.COUNTY);
            assertThat(k.suppressed()).isTrue();
            assertThat(k.counts()).isEmpty();
            assertThat(k.responses()).isZero();
        });
    }
}
