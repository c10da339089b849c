package uk.org.eelga.platform.framework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.Race;

/**
 * A framework's shape changed through the API: themes, outcomes, actions and measures added at the end of their
 * parent and removed when added in error; what has records (figures entered, a closed quarter, parts under it) is
 * kept; only staff may; bad input and foreign ids are plain 4xx with nothing written; twenty callers racing one
 * number or one removal make one change.
 */
@PlatformIT
class FrameworkStructureApiIT {

    @Inject
    FrameworkService frameworks;

    @Inject
    PeriodClose periods;

    String staff;
    long frameworkId;

    @BeforeEach
    void setUp() throws Exception {
        FrameworkTestData.clean();
        frameworkId =
                frameworks.create(Fixtures.staff(), FrameworkTestData.draft()).id();
        staff = DemoTokens.accessToken("staff@eelga.demo");
    }

    @AfterEach
    void tearDown() throws Exception {
        FrameworkTestData.clean();
    }

    @Test
    void a_theme_outcome_action_and_measure_are_added_at_the_end_and_the_new_measure_has_no_figure_yet() {
        JsonNode theme = created(
                "/api/v1/frameworks/" + frameworkId + "/themes", "{\"number\":\"2\",\"title\":\"Commercial growth\"}");
        assertThat(theme.path("label").asText()).isEqualTo("Theme 2: Commercial growth");
        JsonNode outcome = created(
                "/api/v1/framework-themes/" + theme.path("id").asLong() + "/outcomes",
                "{\"number\":\"2.1\",\"text\":\"Councils buy services from each other\"}");
        JsonNode action = created(
                "/api/v1/framework-outcomes/" + outcome.path("id").asLong() + "/actions",
                "{\"number\":\"2.1.1\",\"text\":\"Run the marketplace\",\"mechanism\":\"Marketplace\","
                        + "\"serviceArea\":\"COMMERCIAL\"}");
        JsonNode measure = created(
                "/api/v1/framework-actions/" + action.path("id").asLong() + "/measures",
                "{\"description\":\"Trades agreed\",\"type\":\"COUNT\",\"frequency\":\"Quarterly\"}");

        JsonNode tree = Api.get("/api/v1/frameworks/" + frameworkId, staff).json();
        assertThat(tree.path("themes"))
                .extracting(t -> t.path("number").asText())
                .containsExactly("1", "2");
        JsonNode added = tree.path("themes")
                .get(1)
                .path("outcomes")
                .get(0)
                .path("actions")
                .get(0);
        assertThat(added.path("serviceArea").asText()).isEqualTo("COMMERCIAL");
        assertThat(added.path("measures").get(0).path("description").asText()).isEqualTo("Trades agreed");
        assertThat(measure.path("direction").asText()).isEqualTo("HIGHER_IS_BETTER");
        assertThat(measure.path("target").isMissingNode()
                        || measure.path("target").isNull())
                .isTrue();
        JsonNode figure = Api.get(
                        "/api/v1/measures/" + measure.path("id").asLong() + "/figure?period=" + FrameworkTestData.YEAR,
                        staff)
                .json();
        assertThat(figure.toString()).contains("NONE").doesNotContain("\"RED\"");

        // a second measure goes after the first, and its target is then set like any other measure's
        JsonNode second = created(
                "/api/v1/framework-actions/" + action.path("id").asLong() + "/measures",
                "{\"description\":\"Value of trades\",\"type\":\"MONEY\",\"frequency\":\"Annual\","
                        + "\"dataSource\":\"Marketplace\",\"direction\":\"ABOVE_TARGET\"}");
        Api.Answer target = Api.put(
                "/api/v1/measures/" + second.path("id").asLong(),
                staff,
                "{\"description\":\"Value of trades\",\"target\":500000,\"frequency\":\"Annual\","
                        + "\"direction\":\"ABOVE_TARGET\"}");
        assertThat(target.status()).as(target.body()).isEqualTo(200);
        assertThat(Api.get("/api/v1/frameworks/" + frameworkId, staff)
                        .json()
                        .path("themes")
                        .get(1)
                        .path("outcomes")
                        .get(0)
                        .path("actions")
                        .get(0)
                        .path("measures"))
                .extracting(m -> m.path("description").asText())
                .containsExactly("Trades agreed", "Value of trades");
        assertThat(Race.count("select count(*) from audit_event where action = 'framework.structure.added'"
                        + " and after_state like '%" + FrameworkTestData.YEAR + " framework'"))
                .isEqualTo(5);
    }

    @Test
    void what_has_records_is_kept_and_what_was_added_in_error_is_removed_from_the_bottom_up() {
        JsonNode tree = Api.get("/api/v1/frameworks/" + frameworkId, staff).json();
        JsonNode theme = tree.path("themes").get(0);
        JsonNode outcome = theme.path("outcomes").get(0);
        JsonNode action = outcome.path("actions").get(0);
        long live = action.path("measures").get(0).path("id").asLong();
        long typedIn = action.path("measures").get(2).path("id").asLong();

        refused(Api.delete("/api/v1/framework-themes/" + theme.path("id").asLong(), staff), 409, "1 outcome");
        refused(Api.delete("/api/v1/framework-outcomes/" + outcome.path("id").asLong(), staff), 409, "1 action");
        refused(Api.delete("/api/v1/framework-actions/" + action.path("id").asLong(), staff), 409, "3 measures");

        Api.Answer value = Api.post(
                "/api/v1/measures/" + typedIn + "/values",
                staff,
                "{\"period\":\"" + FrameworkTestData.YEAR + " Q1\",\"value\":\"3\",\"commentary\":\"Three events\"}");
        assertThat(value.status()).as(value.body()).isEqualTo(201);
        refused(Api.delete("/api/v1/measures/" + typedIn, staff), 409, "has a figure entered");

        periods.close(Fixtures.staff(), frameworkId, FrameworkTestData.YEAR + " Q1");
        refused(Api.delete("/api/v1/measures/" + live, staff), 409, "closed figures of " + FrameworkTestData.YEAR);

        // a measure added in error, with nothing behind it, goes; twenty removals at once remove it once
        long mistaken = created(
                        "/api/v1/framework-actions/" + action.path("id").asLong() + "/measures",
                        "{\"description\":\"Typed twice\",\"type\":\"PERCENT\",\"frequency\":\"Annual\"}")
                .path("id")
                .asLong();
        List<Api.Answer> removals = Race.run(() -> Api.delete("/api/v1/measures/" + mistaken, staff));
        assertThat(Race.statuses(removals)).isEqualTo(Map.of(200, 1L, 404, 19L));
        assertThat(Race.count("select count(*) from framework_measure where id = " + mistaken))
                .isZero();
        assertThat(Race.count("select count(*) from audit_event where action = 'framework.structure.removed'"
                        + " and before_state = 'Measure: Typed twice in the " + FrameworkTestData.YEAR
                        + " framework'"))
                .isEqualTo(1);

        // a whole branch added in error is removed from its measure up to its theme
        JsonNode newTheme =
                created("/api/v1/frameworks/" + frameworkId + "/themes", "{\"number\":\"9\",\"title\":\"Mistake\"}");
        JsonNode newOutcome = created(
                "/api/v1/framework-themes/" + newTheme.path("id").asLong() + "/outcomes", "{\"text\":\"Mistake\"}");
        JsonNode newAction = created(
                "/api/v1/framework-outcomes/" + newOutcome.path("id").asLong() + "/actions",
                "{\"text\":\"Mistake\",\"serviceArea\":\"CORE\"}");
        JsonNode newMeasure = created(
                "/api/v1/framework-actions/" + newAction.path("id").asLong() + "/measures",
                "{\"description\":\"Mistake\",\"type\":\"YES_NO\",\"frequency\":\"Annual\"}");
        for (String path : List.of(
                "/api/v1/measures/" + newMeasure.path("id").asLong(),
                "/api/v1/framework-actions/" + newAction.path("id").asLong(),
                "/api/v1/framework-outcomes/" + newOutcome.path("id").asLong(),
                "/api/v1/framework-themes/" + newTheme.path("id").asLong())) {
            Api.Answer removed = Api.delete(path, staff);
            assertThat(removed.status()).as(path + " " + removed.body()).isEqualTo(200);
        }
        assertThat(Api.get("/api/v1/frameworks/" + frameworkId, staff).json().path("themes"))
                .extracting(t -> t.path("number").asText())
                .containsExactly("1");
    }

    @Test
    void council_people_no_token_foreign_ids_and_bad_input_change_nothing() {
        long themes = themes();
        long actionId = firstAction(frameworkId).path("id").asLong();
        String theme = "{\"number\":\"7\",\"title\":\"Seven\"}";
        for (String person : List.of("officer@norwich.demo", "leader@cambridge.demo", "admin@essex.demo")) {
            String token = DemoTokens.accessToken(person);
            assertThat(Api.post("/api/v1/frameworks/" + frameworkId + "/themes", token, theme)
                            .status())
                    .isEqualTo(403);
            assertThat(Api.delete("/api/v1/framework-actions/" + actionId, token)
                            .status())
                    .isEqualTo(403);
        }
        assertThat(Api.post("/api/v1/frameworks/" + frameworkId + "/themes", null, theme)
                        .status())
                .isEqualTo(401);
        assertThat(Api.post("/api/v1/frameworks/" + frameworkId + "/themes", "forged.token.here", theme)
                        .status())
                .isEqualTo(401);
        refused(Api.post("/api/v1/frameworks/999999999/themes", staff, theme), 404, "No such framework.");
        refused(Api.post("/api/v1/framework-themes/999999999/outcomes", staff, "{\"text\":\"x\"}"), 404, "No such");
        refused(
                Api.post(
                        "/api/v1/framework-outcomes/999999999/actions",
                        staff,
                        "{\"text\":\"x\",\"serviceArea\":\"CORE\"}"),
                404,
                "No such");
        refused(
                Api.post(
                        "/api/v1/framework-actions/999999999/measures",
                        staff,
                        "{\"description\":\"x\",\"type\":\"COUNT\",\"frequency\":\"Annual\"}"),
                404,
                "No such");
        refused(Api.delete("/api/v1/framework-themes/999999999", staff), 404, "No such theme.");

        String path = "/api/v1/frameworks/" + frameworkId + "/themes";
        refused(Api.post(path, staff, "{\"number\":\"1\",\"title\":\"Again\"}"), 409, "A theme 1 is already");
        for (String bad : List.of(
                "{\"number\":\"\",\"title\":\"No number\"}",
                "{\"number\":\"8\",\"title\":\"\"}",
                "{\"number\":\"8\",\"title\":\"" + "t".repeat(20_000) + "\"}",
                "{\"number\":\"8\",\"title\":\"Line\\nbreak\"}",
                "{\"number\":\"8\"",
                "[]")) {
            Api.Answer answer = Api.post(path, staff, bad);
            assertThat(answer.status()).as(bad).isBetween(400, 422);
            assertThat(answer.body()).doesNotContain("Exception", "SQL", "tttttttttt");
        }
        for (String bad : List.of(
                "{\"description\":\"x\",\"type\":\"SIDEWAYS\",\"frequency\":\"Annual\"}",
                "{\"description\":\"x\",\"frequency\":\"Annual\"}",
                "{\"description\":\"x\",\"type\":\"COUNT\"}",
                "{\"description\":\"x\",\"type\":\"COUNT\",\"frequency\":\"Annual\",\"direction\":\"UP\"}")) {
            Api.Answer answer = Api.post("/api/v1/framework-actions/" + actionId + "/measures", staff, bad);
            assertThat(answer.status()).as(bad).isBetween(400, 422);
        }
        assertThat(themes()).isEqualTo(themes);
        assertThat(Race.count("select count(*) from framework_measure where action_id = " + actionId))
                .isEqualTo(3);
    }

    @Test
    void twenty_staff_adding_one_number_make_one_theme_and_twenty_numbers_keep_their_order() {
        String path = "/api/v1/frameworks/" + frameworkId + "/themes";
        List<Api.Answer> same = Race.run(() -> Api.post(path, staff, "{\"number\":\"3\",\"title\":\"Raced\"}"));
        assertThat(Race.statuses(same)).isEqualTo(Map.of(201, 1L, 409, 19L));

        List<Api.Answer> distinct = Race.run(
                Race.CALLERS,
                i -> () -> Api.post(path, staff, "{\"number\":\"R" + i + "\",\"title\":\"Raced " + i + "\"}"));
        assertThat(Race.statuses(distinct)).isEqualTo(Map.of(201, (long) Race.CALLERS));
        assertThat(Race.count(
                        "select count(distinct position) from framework_theme where framework_id = " + frameworkId))
                .isEqualTo(themes());
    }

    @Test
    void parts_move_up_down_and_to_another_parent_of_the_same_year_with_their_figures() {
        JsonNode action = firstAction(frameworkId);
        long actionId = action.path("id").asLong();
        long events = action.path("measures").get(2).path("id").asLong();
        String moveEvents = "/api/v1/framework-parts/measure/" + events + "/move";
        Api.Answer up = Api.post(moveEvents, staff, "{\"step\":\"UP\"}");
        assertThat(up.status()).as(up.body()).isEqualTo(200);
        assertThat(measuresOf(actionId))
                .containsExactly("Councils with people on the platform", "Events held", "Councils in membership");
        refused(
                move("measure", action.path("measures").get(0).path("id").asLong(), "{\"step\":\"UP\"}"),
                409,
                "It is already first in its action.");

        // twenty staff move it up at once: it goes up once more and is first; the others are told, nothing doubles
        List<Api.Answer> racing = Race.run(() -> Api.post(moveEvents, staff, "{\"step\":\"UP\"}"));
        assertThat(Race.statuses(racing)).isEqualTo(Map.of(200, 1L, 409, 19L));
        assertThat(measuresOf(actionId))
                .containsExactly("Events held", "Councils with people on the platform", "Councils in membership");
        assertThat(Race.count("select count(distinct position) from framework_measure where action_id = " + actionId))
                .isEqualTo(3);

        // to another action of the same year, with the figure entered for it
        Api.Answer value = Api.post(
                "/api/v1/measures/" + events + "/values",
                staff,
                "{\"period\":\"" + FrameworkTestData.YEAR + " Q1\",\"value\":\"3\",\"commentary\":\"Three events\"}");
        assertThat(value.status()).as(value.body()).isEqualTo(201);
        JsonNode other = created(
                "/api/v1/framework-outcomes/"
                        + Api.get("/api/v1/frameworks/" + frameworkId, staff)
                                .json()
                                .path("themes")
                                .get(0)
                                .path("outcomes")
                                .get(0)
                                .path("id")
                                .asLong()
                        + "/actions",
                "{\"number\":\"1.1.2\",\"text\":\"Hold events\",\"serviceArea\":\"CORE\"}");
        Api.Answer across =
                Api.post(moveEvents, staff, "{\"parentId\":" + other.path("id").asLong() + "}");
        assertThat(across.status()).as(across.body()).isEqualTo(200);
        assertThat(measuresOf(other.path("id").asLong())).containsExactly("Events held");
        assertThat(measuresOf(actionId))
                .containsExactly("Councils with people on the platform", "Councils in membership");
        assertThat(Race.count("select count(*) from measure_value where measure_id = " + events))
                .isEqualTo(1);
        assertThat(
                        Race.count(
                                "select count(*) from audit_event where action = 'framework.structure.moved'"
                                        + " and after_state like 'Measure: Events held moved to the end of Action 1.1.2: Hold events%'"))
                .isEqualTo(1);

        // a theme has no other parent; the same parent, a number taken there, another year, a closed quarter
        long theme = Api.get("/api/v1/frameworks/" + frameworkId, staff)
                .json()
                .path("themes")
                .get(0)
                .path("id")
                .asLong();
        refused(move("theme", theme, "{\"parentId\":" + frameworkId + "}"), 400, "A theme moves up or down");
        refused(
                Api.post(moveEvents, staff, "{\"parentId\":" + other.path("id").asLong() + "}"),
                400,
                "already in that action");
        long otherOutcome = created(
                        "/api/v1/framework-themes/" + theme + "/outcomes", "{\"number\":\"1.2\",\"text\":\"Second\"}")
                .path("id")
                .asLong();
        created(
                "/api/v1/framework-outcomes/" + otherOutcome + "/actions",
                "{\"number\":\"1.1.2\",\"text\":\"Same number\",\"serviceArea\":\"CORE\"}");
        refused(
                move("action", other.path("id").asLong(), "{\"parentId\":" + otherOutcome + "}"),
                409,
                "An action 1.1.2 is already in this outcome.");
        long lastYear = frameworks
                .create(
                        Fixtures.staff(),
                        new FrameworkDraft(
                                "2024-25",
                                "Test framework 2024-25",
                                "test",
                                FrameworkTestData.draft().themes()))
                .id();
        long lastYearsAction = firstAction(lastYear).path("id").asLong();
        refused(Api.post(moveEvents, staff, "{\"parentId\":" + lastYearsAction + "}"), 409, "moves only within the");
        long live = action.path("measures").get(0).path("id").asLong();
        periods.close(Fixtures.staff(), frameworkId, FrameworkTestData.YEAR + " Q1");
        refused(
                move("measure", live, "{\"parentId\":" + other.path("id").asLong() + "}"),
                409,
                "closed figures of " + FrameworkTestData.YEAR);
        refused(
                move("action", other.path("id").asLong(), "{\"parentId\":" + otherOutcome + "}"),
                409,
                "It holds a measure that is in the closed figures of " + FrameworkTestData.YEAR);
        // its order within its action may still change: the closed report keeps its action
        assertThat(move("measure", live, "{\"step\":\"DOWN\"}").status()).isEqualTo(200);

        // council people, no token, forged token, unknown kinds and ids, both or neither, malformed: nothing moves
        String before = Api.get("/api/v1/frameworks/" + frameworkId, staff).body();
        for (String person : List.of("officer@norwich.demo", "leader@cambridge.demo", "admin@essex.demo")) {
            assertThat(Api.post(moveEvents, DemoTokens.accessToken(person), "{\"step\":\"UP\"}")
                            .status())
                    .isEqualTo(403);
        }
        assertThat(Api.post(moveEvents, null, "{\"step\":\"UP\"}").status()).isEqualTo(401);
        assertThat(Api.post(moveEvents, "forged.token.here", "{\"step\":\"UP\"}")
                        .status())
                .isEqualTo(401);
        refused(move("sideways", events, "{\"step\":\"UP\"}"), 404, "No such kind of part");
        refused(
                Api.post("/api/v1/framework-parts/measure/999999999/move", staff, "{\"step\":\"UP\"}"),
                404,
                "No such measure.");
        refused(Api.post(moveEvents, staff, "{\"parentId\":999999999}"), 404, "No such action.");
        for (String bad : List.of(
                "{}",
                "{\"step\":\"UP\",\"parentId\":" + actionId + "}",
                "{\"step\":\"SIDEWAYS\"}",
                "{\"parentId\":\"" + "9".repeat(20_000) + "\"}",
                "{\"step\":",
                "[]")) {
            Api.Answer answer = Api.post(moveEvents, staff, bad);
            assertThat(answer.status()).as(bad).isBetween(400, 422);
            assertThat(answer.body()).doesNotContain("Exception", "SQL", "9999999999");
        }
        assertThat(Api.get("/api/v1/frameworks/" + frameworkId, staff).body()).isEqualTo(before);
    }

    /** Staff move a part of the kind {@code level} ("measure") as {@code body} says. */
    private Api.Answer move(String level, long id, String body) {
        return Api.post("/api/v1/framework-parts/" + level + "/" + id + "/move", staff, body);
    }

    /** The first action of a framework's first outcome of its first theme, as the API shows it. */
    private JsonNode firstAction(long framework) {
        return Api.get("/api/v1/frameworks/" + framework, staff)
                .json()
                .path("themes")
                .get(0)
                .path("outcomes")
                .get(0)
                .path("actions")
                .get(0);
    }

    /** The descriptions of an action's measures in the order the framework shows them. */
    private List<String> measuresOf(long actionId) {
        List<String> descriptions = new java.util.ArrayList<>();
        Api.get("/api/v1/frameworks/" + frameworkId, staff)
                .json()
                .path("themes")
                .forEach(t -> t.path("outcomes").forEach(o -> o.path("actions").forEach(a -> {
                    if (a.path("id").asLong() == actionId) {
                        a.path("measures")
                                .forEach(m ->
                                        descriptions.add(m.path("description").asText()));
                    }
                })));
        return descriptions;
    }

    private long themes() {
        return Race.count("select count(*) from framework_theme where framework_id = " + frameworkId);
    }

    private JsonNode created(String path, String json) {
        Api.Answer answer = Api.post(path, staff, json);
        assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(201);
        return answer.json();
    }

    private static void refused(Api.Answer answer, int status, String words) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.body()).contains(words).doesNotContain("Exception", "SQL");
    }
}
