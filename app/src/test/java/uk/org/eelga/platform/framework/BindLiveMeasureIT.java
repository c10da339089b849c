package uk.org.eelga.platform.framework;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.Race;
import uk.org.eelga.platform.support.TestDatabase;

/** V552's bind_live_measure, the one helper for migrations that bind a measure to a live kind. */
@PlatformIT
class BindLiveMeasureIT {

    static final String MEASURES_OF_1_1_1 = "select count(*) from framework_measure m join framework_action a"
            + " on a.id = m.action_id join framework_outcome o on o.id = a.outcome_id join framework_theme t"
            + " on t.id = o.theme_id join framework f on f.id = t.framework_id where f.year_label = '"
            + FrameworkTestData.YEAR + "' and a.number = '1.1.1'";

    @Inject
    FrameworkService frameworks;

    @BeforeEach
    void draft() throws Exception {
        FrameworkTestData.clean();
        frameworks.create(Fixtures.staff(), FrameworkTestData.draft());
    }

    @AfterEach
    void clean() throws Exception {
        FrameworkTestData.clean();
    }

    @Test
    void binds_the_named_unbound_measure_once_and_never_overwrites_a_binding() throws Exception {
        assertThat(bind("1.1.1", "Events held", "events-held", "type=CONFERENCE\nas=count"))
                .isEqualTo(1);
        assertThat(Race.count(MEASURES_OF_1_1_1
                        + " and m.description = 'Events held' and m.live_kind = 'events-held'"
                        + " and m.live_parameters = E'type=CONFERENCE\\nas=count'"))
                .isEqualTo(1);
        // run again (or with another kind): the measure is bound now and stays as it is
        assertThat(bind("1.1.1", "Events held", "another-kind", "")).isZero();
        assertThat(Race.count(MEASURES_OF_1_1_1 + " and m.live_kind = 'another-kind'"))
                .isZero();
        // the measures the framework bound itself were never touched
        assertThat(Race.count(MEASURES_OF_1_1_1 + " and m.live_kind = 'councils-with-people'"))
                .isEqualTo(1);
    }

    @Test
    void binds_nothing_for_another_year_another_action_or_a_description_that_does_not_match() throws Exception {
        assertThat(bind("1.1.2", "Events held", "events-held", "")).isZero();
        assertThat(bind("1.1.1", "Events held in the region", "events-held", ""))
                .isZero();
        try (Connection owner = TestDatabase.asOwner();
                PreparedStatement call = owner.prepareStatement(
                        "select bind_live_measure('1999-00', '1.1.1', 'Events held', 'x', '')")) {
            assertThat(single(call)).isZero();
        }
        assertThat(Race.count(MEASURES_OF_1_1_1 + " and m.live_kind is null")).isEqualTo(1);
    }

    @Test
    void without_a_description_binds_every_unbound_measure_of_the_action() throws Exception {
        assertThat(bind("1.1.1", null, "events-held", "")).isEqualTo(1);
        assertThat(Race.count(MEASURES_OF_1_1_1 + " and m.live_kind is null")).isZero();
    }

    private static int bind(String action, String description, String kind, String parameters) throws SQLException {
        try (Connection owner = TestDatabase.asOwner();
                PreparedStatement call = owner.prepareStatement("select bind_live_measure(?, ?, ?, ?, ?)")) {
            call.setString(1, FrameworkTestData.YEAR);
            call.setString(2, action);
            call.setString(3, description);
            call.setString(4, kind);
            call.setString(5, parameters);
            return single(call);
        }
    }

    private static int single(PreparedStatement call) throws SQLException {
        try (ResultSet row = call.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }
}
