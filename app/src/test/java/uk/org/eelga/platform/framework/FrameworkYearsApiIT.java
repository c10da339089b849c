package uk.org.eelga.platform.framework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.Race;
import uk.org.eelga.platform.support.TestDatabase;

/**
 * Issue 14 point 4 through the API: a year's framework rolled forward from 2017-18 keeps its structure, targets and
 * live bindings; a measure is then changed (target, RAG rule, frequency, source, live kind and parameters, or
 * manual); only staff may, bad input is a plain 4xx, and twenty staff rolling the same year forward at once make one.
 */
@PlatformIT
class FrameworkYearsApiIT {

    static final String YEAR = "2031-32";

    String staff;

    @BeforeEach
    void setUp() throws Exception {
        clean();
        staff = DemoTokens.accessToken("staff@eelga.demo");
    }

    @AfterEach
    void tearDown() throws Exception {
        clean();
    }

    static void clean() throws Exception {
        TestDatabase.executeAsOwner("delete from framework where year_label = '" + YEAR + "'");
    }

    @Test
    void a_year_rolled_forward_keeps_the_structure_targets_and_live_bindings_and_a_measure_can_then_change() {
        JsonNode source = seventeen();
        List<Api.Answer> answers = Race.run(
                Race.CALLERS,
                i -> () -> Api.post(
                        "/api/v1/frameworks/" + source.get("id").asLong() + "/roll-forward",
                        staff,
                        "{\"year\":\"" + YEAR + "\",\"title\":\"Performance framework " + YEAR + "\"}"));
        assertThat(Race.statuses(answers)).containsEntry(201, 1L);
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).isIn(201, 409));
        long created = answers.stream()
                .filter(a -> a.status() == 201)
                .findFirst()
                .orElseThrow()
                .json()
                .get("id")
                .asLong();
        JsonNode before = Api.get("/api/v1/frameworks/" + source.get("id").asLong(), staff)
                .json();
        JsonNode after = Api.get("/api/v1/frameworks/" + created, staff).json();
        List<JsonNode> oldMeasures = measures(before);
        List<JsonNode> newMeasures = measures(after);
        assertThat(newMeasures).hasSameSizeAs(oldMeasures).hasSizeGreaterThan(40);
        for (int i = 0; i < oldMeasures.size(); i++) {
            assertThat(newMeasures.get(i).path("description"))
                    .isEqualTo(oldMeasures.get(i).path("description"));
            assertThat(newMeasures.get(i).path("target"))
                    .isEqualTo(oldMeasures.get(i).path("target"));
            assertThat(newMeasures.get(i).path("liveKind"))
                    .isEqualTo(oldMeasures.get(i).path("liveKind"));
            assertThat(newMeasures.get(i).path("liveParameters"))
                    .isEqualTo(oldMeasures.get(i).path("liveParameters"));
        }

        JsonNode live = newMeasures.stream()
                .filter(m -> "group-attendance".equals(m.path("liveKind").asText()))
                .findFirst()
                .orElseThrow();
        long id = live.get("id").asLong();
        Api.Answer changed = Api.put(
                "/api/v1/measures/" + id,
                staff,
                "{\"description\":\"Proportion of members attending (70%)\",\"target\":70,\"frequency\":\"Quarterly\","
                        + "\"dataSource\":\"Attendance lists\",\"direction\":\"HIGHER_IS_BETTER\",\"tolerance\":5,"
                        + "\"liveKind\":\"evaluations-rated-good\",\"liveParameters\":{\"eventType\":\"SUMMIT\"}}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("target").decimalValue()).isEqualByComparingTo("70");
        assertThat(changed.json().get("liveKind").asText()).isEqualTo("evaluations-rated-good");
        assertThat(changed.json().get("frequency").asText()).isEqualTo("Quarterly");
        // a value outside a parameter's options would be read as "any": refused in words, nothing changed
        Api.Answer unknown = Api.put(
                "/api/v1/measures/" + id,
                staff,
                "{\"description\":\"Councils answering\",\"target\":70,\"frequency\":\"Annual\","
                        + "\"direction\":\"HIGHER_IS_BETTER\",\"liveKind\":\"survey-response-rate\","
                        + "\"liveParameters\":{\"surveyKind\":\"NOPE\"}}");
        assertThat(unknown.status()).as(unknown.body()).isBetween(400, 422);
        assertThat(unknown.body())
                .contains("The parameter surveyKind takes one of: PERCEPTION, EVALUATION, CANVASS, OTHER.");
        assertThat(Api.get("/api/v1/measures/" + id, staff)
                        .json()
                        .path("liveKind")
                        .asText())
                .isEqualTo("evaluations-rated-good");
        Api.Answer manual = Api.put(
                "/api/v1/measures/" + id,
                staff,
                "{\"description\":\"Proportion of members attending\",\"target\":70,\"frequency\":\"Annual\","
                        + "\"direction\":\"HIGHER_IS_BETTER\"}");
        assertThat(manual.status()).as(manual.body()).isEqualTo(200);
        assertThat(manual.json().path("liveKind").isMissingNode()
                        || manual.json().path("liveKind").isNull())
                .isTrue();
        // the source year is untouched
        assertThat(measures(Api.get("/api/v1/frameworks/" + source.get("id").asLong(), staff)
                        .json()))
                .extracting(m -> m.path("description").asText())
                .containsExactlyElementsOf(oldMeasures.stream()
                        .map(m -> m.path("description").asText())
                        .toList());
        assertThat(Race.count("select count(*) from audit_event where action = 'framework.rolled-forward'"))
                .isGreaterThanOrEqualTo(1);

        for (String person : List.of("officer@norwich.demo", "admin@essex.demo")) {
            String token = DemoTokens.accessToken(person);
            assertThat(Api.put("/api/v1/measures/" + id, token, "{\"description\":\"x\"}")
                            .status())
                    .isEqualTo(403);
            assertThat(Api.post("/api/v1/frameworks/" + created + "/roll-forward", token, "{\"year\":\"2040-41\"}")
                            .status())
                    .isEqualTo(403);
        }
        for (String bad : List.of(
                "{\"description\":\"\",\"frequency\":\"Annual\",\"direction\":\"HIGHER_IS_BETTER\"}",
                "{\"description\":\"x\",\"frequency\":\"Annual\",\"direction\":\"SIDEWAYS\"}",
                "{\"description\":\"x\",\"target\":150,\"frequency\":\"Annual\",\"direction\":\"HIGHER_IS_BETTER\"}",
                "{\"description\":\"x\",\"frequency\":\"Annual\",\"direction\":\"HIGHER_IS_BETTER\","
                        + "\"liveKind\":\"no-such-kind\"}",
                "{\"description\":\"x\",\"frequency\":\"Annual\",\"direction\":\"HIGHER_IS_BETTER\","
                        + "\"liveKind\":\"group-attendance\",\"liveParameters\":{\"nonsense\":\"1\"}}",
                "{\"description\":\"" + "d".repeat(20_000) + "\",\"frequency\":\"Annual\","
                        + "\"direction\":\"HIGHER_IS_BETTER\"}",
                "{\"description\":")) {
            Api.Answer refused = Api.put("/api/v1/measures/" + id, staff, bad);
            assertThat(refused.status()).as(refused.body()).isBetween(400, 499);
            assertThat(refused.body()).doesNotContain("Exception", "SQL", "dddddddddd");
        }
        assertThat(Api.put(
                                "/api/v1/measures/999999999",
                                staff,
                                "{\"description\":\"x\",\"frequency\":\"Annual\","
                                        + "\"direction\":\"HIGHER_IS_BETTER\"}")
                        .status())
                .isEqualTo(404);
        assertThat(Api.post("/api/v1/frameworks/" + created + "/roll-forward", staff, "{\"year\":\"20x1-32\"}")
                        .status())
                .isEqualTo(400);
        assertThat(Api.post("/api/v1/frameworks/999999999/roll-forward", staff, "{\"year\":\"2041-42\"}")
                        .status())
                .isEqualTo(404);
    }

    private JsonNode seventeen() {
        JsonNode all = Api.get("/api/v1/frameworks", staff).json();
        for (JsonNode f : all) {
            if ("2017-18".equals(f.get("year").asText())) {
                return f;
            }
        }
        throw new AssertionError("no 2017-18 framework");
    }

    private static List<JsonNode> measures(JsonNode tree) {
        List<JsonNode> out = new java.util.ArrayList<>();
        tree.path("themes").forEach(t -> t.path("outcomes")
                .forEach(o -> o.path("actions").forEach(a -> a.path("measures").forEach(out::add))));
        return out;
    }
}
