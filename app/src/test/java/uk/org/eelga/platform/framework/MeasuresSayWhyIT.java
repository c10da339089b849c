package uk.org.eelga.platform.framework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.Race;

/**
 * Issue 16's last line: in both seed frameworks every measure is computed from the platform's records or says why it
 * cannot be (2017-18: at least 45 of 63 computed; 2019-20: every measure the records can answer), the reason travels
 * with a typed-in figure, and staff keep the reason on the measure like its other fields.
 */
@PlatformIT
class MeasuresSayWhyIT {

    @Inject
    FrameworkService frameworks;

    String staff;

    @BeforeEach
    void start() throws Exception {
        FrameworkTestData.clean();
        staff = DemoTokens.accessToken("staff@eelga.demo");
    }

    @AfterEach
    void clean() throws Exception {
        FrameworkTestData.clean();
    }

    private static final String MEASURES_OF_YEAR =
            " from framework_measure m join framework_action a on a.id = m.action_id"
                    + " join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id"
                    + " join framework f on f.id = t.framework_id where f.year_label = ";

    private static long measureId(String year, String description) {
        return Race.count("select min(m.id)" + MEASURES_OF_YEAR + "'" + year + "' and m.description = '"
                + description.replace("'", "''") + "'");
    }

    @Test
    void every_measure_of_both_seed_frameworks_is_computed_or_says_why_it_cannot_be() {
        for (String year : List.of("2017-18", "2019-20")) {
            assertThat(Race.count("select count(*)" + MEASURES_OF_YEAR + "'" + year + "'"
                            + " and m.live_kind is null and coalesce(btrim(m.manual_reason), '') = ''"))
                    .as("typed-in measures of " + year + " that do not say why")
                    .isZero();
        }
        assertThat(Race.count("select count(*)" + MEASURES_OF_YEAR + "'2017-18'"))
                .isEqualTo(63);
        assertThat(Race.count("select count(*)" + MEASURES_OF_YEAR + "'2017-18' and m.live_kind is not null"))
                .isGreaterThanOrEqualTo(45);
        assertThat(Race.count("select count(*)" + MEASURES_OF_YEAR + "'2019-20'"))
                .isEqualTo(57);
        assertThat(Race.count("select count(*)" + MEASURES_OF_YEAR + "'2019-20' and m.live_kind is not null"))
                .as("the 2019-20 measures the records answer: attendance, invoices, Talent Bank areas, evaluations,"
                        + " appraisal, canvass, submissions, coaching, communications, follow-ups")
                .isGreaterThanOrEqualTo(35);
        // each kind a seed measure names exists (a misspelt code would be a measure with no figure, ever)
        List<String> kinds = frameworks.kinds().stream().map(k -> k.code()).toList();
        try (var owner = uk.org.eelga.platform.support.TestDatabase.asOwner();
                var rows = owner.createStatement()
                        .executeQuery("select distinct live_kind from framework_measure where live_kind is not null")) {
            while (rows.next()) {
                assertThat(kinds).contains(rows.getString(1));
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void a_typed_in_figure_says_why_and_a_computed_one_does_not() {
        long typedIn = measureId("2017-18", "Senior LGA representatives visiting the region twice per annum");
        Api.Answer manual = Api.get("/api/v1/measures/" + typedIn + "/figure?period=2017-18", staff);
        assertThat(manual.status()).as(manual.body()).isEqualTo(200);
        assertThat(manual.json().path("whyTypedIn").asText())
                .isEqualTo("Visits by the national LGA's leadership are not recorded on the platform.");

        long computed = measureId("2017-18", "All 52 councils in membership");
        JsonNode live = Api.get("/api/v1/measures/" + computed + "/figure?period=2017-18", staff)
                .json();
        assertThat(live.path("whyTypedIn").isMissingNode()
                        || live.path("whyTypedIn").isNull())
                .isTrue();
    }

    @Test
    void councils_engaged_in_coaching_as_a_share_counts_councils_with_a_confirmed_place_of_the_membership() {
        long id = measureId("2019-20", "Proportion of councils engaged");
        JsonNode figure = Api.get("/api/v1/measures/" + id + "/figure?period=2019-20", staff)
                .json();
        long engaged = Race.count("select count(distinct b.tenant_id) from coaching_booking b"
                + " join coaching_session s on s.id = b.session_id where b.status = 'CONFIRMED'"
                + " and s.starts_at >= '2019-04-01' and s.starts_at < '2020-04-01'");
        assertThat(figure.path("denominator").asLong()).isEqualTo(52);
        assertThat(figure.path("numerator").asLong()).isEqualTo(engaged);
        assertThat(figure.path("evidence")).hasSize((int) engaged);
    }

    @Test
    void staff_write_and_clear_the_reason_and_bad_input_changes_nothing() {
        frameworks.create(Fixtures.staff(), FrameworkTestData.draft());
        long id = measureId(FrameworkTestData.YEAR, "Events held");
        String body = "{\"description\":\"Events held\",\"target\":4,\"frequency\":\"Quarterly\","
                + "\"direction\":\"HIGHER_IS_BETTER\"";

        Api.Answer written = Api.put(
                "/api/v1/measures/" + id,
                staff,
                body + ",\"manualReason\":\"Events before 2026 were kept in a spreadsheet.\"}");
        assertThat(written.status()).as(written.body()).isEqualTo(200);
        assertThat(frameworks.measure(id).orElseThrow().manualReason())
                .isEqualTo("Events before 2026 were kept in a spreadsheet.");

        // leaving the reason out keeps it; a reason too long or with control characters is refused, nothing changes
        assertThat(Api.put("/api/v1/measures/" + id, staff, body + "}").status())
                .isEqualTo(200);
        for (String bad : List.of("r".repeat(1001), "bell\\u0007")) {
            Api.Answer refused = Api.put("/api/v1/measures/" + id, staff, body + ",\"manualReason\":\"" + bad + "\"}");
            assertThat(refused.status()).as(refused.body()).isBetween(400, 499);
            assertThat(refused.body()).doesNotContain("Exception", "rrrrrrrrrr");
        }
        assertThat(frameworks.measure(id).orElseThrow().manualReason())
                .isEqualTo("Events before 2026 were kept in a spreadsheet.");

        // a council's officer cannot write it
        assertThat(Api.put(
                                "/api/v1/measures/" + id,
                                DemoTokens.accessToken("officer@norwich.demo"),
                                body + ",\"manualReason\":\"x\"}")
                        .status())
                .isEqualTo(403);

        // blank removes it
        assertThat(Api.put("/api/v1/measures/" + id, staff, body + ",\"manualReason\":\" \"}")
                        .status())
                .isEqualTo(200);
        assertThat(frameworks.measure(id).orElseThrow().manualReason()).isNull();
    }
}
