package uk.org.eelga.platform.framework;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.framework.FrameworkModel.FrameworkSummary;
import uk.org.eelga.platform.framework.FrameworkService.SetTarget;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.shared.ReportingPeriod;

/**
 * Pages that show a live figure with its target read the target from the framework the association keeps (the year's,
 * or before it exists the latest earlier one), never a number written into the page.
 */
@PlatformIT
class FrameworkTargetsIT {

    static final String YEAR = "2041-42";

    @Inject
    FrameworkService frameworks;

    @Inject
    FrameworkYears years;

    @BeforeEach
    @AfterEach
    void clean() throws Exception {
        TestDatabase.executeAsOwner("delete from framework where year_label = '" + YEAR + "'");
    }

    @Test
    void the_target_comes_from_the_years_framework_or_the_latest_before_it_and_names_an_earlier_one() {
        SetTarget own = frameworks
                .targetFor(ReportingPeriod.parse("2017-18"), "contract-participation", Map.of())
                .orElseThrow();
        assertThat(own.target()).isEqualTo("90%");
        assertThat(own.phrase()).isEqualTo("target 90%");
        assertThat(frameworks
                        .targetFor(
                                ReportingPeriod.parse("2017-18"),
                                "communications-published",
                                Map.of("type", "E_BULLETIN"))
                        .map(SetTarget::target))
                .contains("11");
        assertThat(frameworks
                        .targetFor(ReportingPeriod.parse("2019-20"), "marketplace-engaged", Map.of())
                        .map(SetTarget::phrase))
                .contains("target 33%");
        // 2018-19 has no framework of its own: the 2017-18 one's target, named as such
        assertThat(frameworks
                        .targetFor(ReportingPeriod.parse("2018-19 Q2"), "contract-participation", Map.of())
                        .map(SetTarget::phrase))
                .contains("target 90% in the 2017-18 framework");

        // a year rolled forward keeps the targets; a later year without its own framework reads the latest one
        FrameworkSummary seventeen = frameworks.frameworks().stream()
                .filter(f -> f.year().equals("2017-18"))
                .findFirst()
                .orElseThrow();
        years.rollForward(
                Fixtures.staff(),
                seventeen.id(),
                new FrameworkYears.RollForward(YEAR, "Performance framework " + YEAR));
        assertThat(frameworks
                        .targetFor(ReportingPeriod.parse("2043-44"), "contract-participation", Map.of())
                        .map(SetTarget::phrase))
                .contains("target 90% in the " + YEAR + " framework");
        assertThat(frameworks
                        .targetFor(ReportingPeriod.parse(YEAR), "contract-participation", Map.of())
                        .map(SetTarget::phrase))
                .contains("target 90%");
    }

    @Test
    void no_target_is_made_up_where_the_framework_sets_none() {
        // before the first framework, for a kind no measure is bound to, or parameters no measure has
        assertThat(frameworks.targetFor(ReportingPeriod.parse("2012-13"), "contract-participation", Map.of()))
                .isEmpty();
        assertThat(frameworks.targetFor(ReportingPeriod.parse("2019-20"), "no-such-kind", Map.of()))
                .isEmpty();
        // the 2019-20 framework has no contract participation measure: no target, not 2017-18's
        assertThat(frameworks.targetFor(ReportingPeriod.parse("2019-20"), "contract-participation", Map.of()))
                .isEmpty();
        assertThat(frameworks.targetFor(
                        ReportingPeriod.parse("2019-20"), "communications-published", Map.of("type", "NO_SUCH")))
                .isEmpty();
    }
}
