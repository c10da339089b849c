package uk.org.eelga.platform.survey;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;

/** The demo loader: believable figures, written as each council's rows, and safe to run twice. */
@PlatformIT
class SurveyDemoDataIT {

    @Inject
    SurveyDemoData demo;

    @Inject
    SurveyCatalogue catalogue;

    @Inject
    SurveyResultsReader results;

    @Inject
    SurveyFigures figures;

    @BeforeEach
    void clear() throws Exception {
        SurveyTestData.clear();
    }

    @Test
    void the_demo_has_27_councils_answering_the_2017_18_perception_survey_and_loads_once() throws Exception {
        long event = SurveyTestData.eventAttendedBy("norwich", "cambridge", "essex", "ipswich", "suffolk");
        demo.load();
        int surveys = catalogue.all().size();
        demo.load();
        assertThat(catalogue.all()).hasSize(surveys);

        Survey perception = catalogue.all().stream()
                .filter(s -> s.title().equals("Customer perception survey 2017-18"))
                .findFirst()
                .orElseThrow();
        assertThat(results.results(Fixtures.staff(), perception.id()).councilsResponded())
                .isEqualTo(27);
        SurveyFigures.Share canvass =
                figures.overallResponseRate(Fixtures.staff(), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));
        assertThat(canvass.percent()).isEqualByComparingTo("90.4");
        assertThat(catalogue.all()).anySatisfy(s -> assertThat(s.meetingId()).isEqualTo(event));
    }
}
