package uk.org.eelga.platform.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.UkTime;

/** The run command's demo data: every year has meetings and attendance close to the association's real rates. */
@PlatformIT
class EngagementDemoDataIT {

    @Inject
    EngagementDemoData demo;

    @Inject
    RegionalEngagement regional;

    @Inject
    MeetingPlanner planner;

    @BeforeEach
    @AfterEach
    void clean() throws Exception {
        EngagementData.clear();
    }

    @Test
    void demo_data_gives_every_year_meetings_and_attendance_near_the_framework_rates_and_loads_once() {
        assertThat(demo.alreadyLoaded()).isFalse();
        demo.load();
        assertThat(demo.alreadyLoaded()).isTrue();

        List<MeetingInfo> year = planner.meetings(ReportingPeriod.year(2017));
        assertThat(year).filteredOn(m -> m.kind() == MeetingInfo.Kind.MEETING).hasSizeGreaterThan(40);
        assertThat(year).filteredOn(m -> m.kind() == MeetingInfo.Kind.EVENT).hasSize(11);
        assertThat(year).filteredOn(MeetingInfo::cancelled).isNotEmpty();

        List<CouncilEngagementRow> table = regional.table(Fixtures.staff(), ReportingPeriod.year(2017));
        long attended = table.stream().mapToLong(r -> r.meetings().part()).sum();
        long expected = table.stream().mapToLong(r -> r.meetings().whole()).sum();
        assertThat(expected).isGreaterThan(1000);
        assertThat(new Fraction(attended, expected).percent()).isBetween(40, 80);
        assertThat(table).allSatisfy(row -> assertThat(row.meetings().whole()).isPositive());
        assertThat(table.stream()
                        .mapToLong(CouncilEngagementRow::delegatesRegistered)
                        .sum())
                .isGreaterThan(100);
    }

    @Test
    void demo_meetings_and_events_fall_on_working_days() {
        demo.load();
        for (int year = 2017;
                year <= ReportingPeriod.containing(LocalDate.now(UkTime.ZONE)).startYear();
                year++) {
            assertThat(planner.meetings(ReportingPeriod.year(year)))
                    .as("meetings and events of %d-%d", year, year + 1)
                    .isNotEmpty()
                    .allSatisfy(m -> assertThat(m.startsAt().atZone(UkTime.ZONE).getDayOfWeek())
                            .as(m.title())
                            .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        }
    }
}
