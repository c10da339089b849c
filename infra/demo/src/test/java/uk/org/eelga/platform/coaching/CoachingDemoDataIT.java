package uk.org.eelga.platform.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.tenancy.Rows;

/** The demo's coaching programme (db/demo V042, set right by V594.1) runs on working days at the planned hours. */
@PlatformIT
class CoachingDemoDataIT {

    /** V042's sessions, by cohort and title: the tests' own sessions (some in demo cohorts) fall on any day. */
    private static final String DEMO_COHORTS =
            "(c.name like 'ILM7 Certificate in Executive Coaching and Mentoring - Cohort %'"
                    + " or c.name like 'Coaching in the Workplace for Senior Managers - Cohort %'"
                    + " or c.name like 'Coaching CPD programme %' or c.name like 'Annual Coaching Conference %')"
                    + " and (s.title like 'Cohort % workshop %' or s.title like 'Cohort % day %'"
                    + " or s.title in ('The Five Minute Coach', 'Emotional Intelligence')"
                    + " or s.title like 'Annual Coaching Conference %')";

    @Test
    void demo_sessions_fall_on_working_days_and_a_cohort_keeps_its_hour_when_the_clocks_change() throws Exception {
        try (Connection jdbc = TestDatabase.asOwner()) {
            check(jdbc);
        }
    }

    private static void check(Connection jdbc) throws Exception {
        List<String> weekend = Rows.all(
                jdbc,
                "select s.title || ' ' || (s.starts_at at time zone 'Europe/London')::text from coaching_session s"
                        + " join coaching_cohort c on c.id = s.cohort_id where " + DEMO_COHORTS
                        + " and extract(isodow from s.starts_at at time zone 'Europe/London') in (6, 7)",
                rows -> rows.getString(1));
        assertThat(weekend).isEmpty();
        List<String> offHour = Rows.all(
                jdbc,
                "select s.title || ' ' || (s.starts_at at time zone 'Europe/London')::text from coaching_session s"
                        + " join coaching_cohort c on c.id = s.cohort_id"
                        + " where " + DEMO_COHORTS + " and c.programme in ('ILM7', 'COACHING_IN_THE_WORKPLACE')"
                        + " and (s.starts_at at time zone 'Europe/London')::time <> time '09:30'",
                rows -> rows.getString(1));
        assertThat(offHour).isEmpty();
        long sessions = Rows.one(
                jdbc,
                "select count(*) from coaching_session s join coaching_cohort c on c.id = s.cohort_id where "
                        + DEMO_COHORTS,
                rows -> rows.getLong(1));
        assertThat(sessions).isGreaterThan(100);
    }
}
