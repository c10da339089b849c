package uk.org.eelga.platform.engagement.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.framework.Direction;
import uk.org.eelga.platform.framework.FrameworkDraft;
import uk.org.eelga.platform.framework.FrameworkDraft.ActionDraft;
import uk.org.eelga.platform.framework.FrameworkDraft.MeasureDraft;
import uk.org.eelga.platform.framework.FrameworkDraft.OutcomeDraft;
import uk.org.eelga.platform.framework.FrameworkDraft.ThemeDraft;
import uk.org.eelga.platform.framework.FrameworkService;
import uk.org.eelga.platform.framework.ServiceArea;
import uk.org.eelga.platform.framework.TargetType;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.Race;
import uk.org.eelga.platform.support.TestDatabase;

/**
 * Issue 14 point 1 through the API only: the association states who its groups expect (named members with dates,
 * one or more roles per council, per-meeting exceptions) and the framework's 2017-18 figures come out as the seed
 * document reports them: the Management Committee's 26 of 30 seats (87%) and the reception's 71 of 102 (70%).
 */
@PlatformIT
class GroupReferenceApiIT {

    static final String FRAMEWORK_YEAR = "2012-13";

    @Inject
    FrameworkService frameworks;

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
        TestDatabase.clearTenantData();
        TestDatabase.executeAsOwner(
                "delete from engagement_meeting where group_id in (select id from engagement_group where code like 'test-%')",
                "delete from engagement_group where code like 'test-%'",
                "delete from framework where year_label = '" + FRAMEWORK_YEAR + "'");
    }

    @Test
    void the_management_committee_with_its_ten_dated_members_gives_26_of_30_seats() {
        long group = createGroup(
                "test-committee", "Test Management Committee", "NAMED_COUNCILS", "[{\"role\":\"MEMBER\",\"seats\":1}]");
        // ten seats all year; Ipswich sat until the end of August and Suffolk took its place from September
        List<String> members = List.of(
                "norwich",
                "cambridge",
                "essex",
                "peterborough",
                "luton",
                "southend",
                "thurrock",
                "hertfordshire",
                "norfolk");
        for (String council : members) {
            assertThat(join(group, council, "2017-04-01", null).status()).isEqualTo(201);
        }
        Api.Answer ipswich = join(group, "ipswich", "2017-04-01", null);
        assertThat(ipswich.status()).isEqualTo(201);
        Api.Answer ended = Api.post(
                "/api/v1/engagement/memberships/" + ipswich.json().get("id").asLong() + "/end",
                staff,
                "{\"to\":\"2017-08-31\"}");
        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json().get("to").asText()).isEqualTo("2017-08-31");
        assertThat(join(group, "suffolk", "2017-09-01", null).status()).isEqualTo(201);
        // an overlapping second membership of the same council is refused
        assertThat(join(group, "norwich", "2017-06-01", "2017-07-01").status()).isEqualTo(409);

        long june = meeting(group, "Test committee 2 June 2017", "2017-06-02T10:00:00");
        long september = meeting(group, "Test committee 28 September 2017", "2017-09-28T10:00:00");
        long december = meeting(group, "Test committee 7 December 2017", "2017-12-07T10:00:00");
        assertThat(expected(june)).isEqualTo(10);
        assertThat(expected(september)).isEqualTo(10);
        assertThat(attendanceCouncils(june)).contains("ipswich").doesNotContain("suffolk");
        assertThat(attendanceCouncils(september)).contains("suffolk").doesNotContain("ipswich");

        attend(june, 9);
        attend(september, 8);
        attend(december, 9);

        JsonNode figure = figure("group-attendance", Map.of("group", "test-committee"), "60");
        assertThat(figure.get("numerator").asLong()).isEqualTo(26);
        assertThat(figure.get("denominator").asLong()).isEqualTo(30);
        assertThat(figure.get("value").decimalValue()).isEqualByComparingTo("86.67");
        assertThat(figure.get("rag").asText()).isEqualTo("GREEN");

        // the whole history is readable and audited
        JsonNode detail = Api.get("/api/v1/engagement/groups/" + group, DemoTokens.accessToken("officer@norwich.demo"))
                .json();
        assertThat(detail.get("memberships")).hasSize(11);
        assertThat(auditCount("engagement.group.member.%")).isEqualTo(12);
    }

    @Test
    void the_reception_expects_each_councils_leader_and_chief_executive_less_two_vacancies_71_of_102() {
        long group = createGroup(
                "test-reception",
                "Test reception at the LGA conference",
                "ALL_COUNCILS",
                "[{\"role\":\"LEADER\",\"seats\":1},{\"role\":\"CHIEF_EXECUTIVE\",\"seats\":1}]");
        long reception = meeting(group, "Test annual reception 4 July 2017", "2017-07-04T18:00:00");
        assertThat(expected(reception)).isEqualTo(104);
        for (String council : List.of("luton", "thurrock")) {
            Api.Answer vacancy = Api.post(
                    "/api/v1/engagement/meetings/" + reception + "/seat-exceptions",
                    staff,
                    "{\"councilId\":\"" + council
                            + "\",\"role\":\"CHIEF_EXECUTIVE\",\"reason\":\"No chief executive in post\"}");
            assertThat(vacancy.status()).isEqualTo(201);
        }
        assertThat(Api.post(
                                "/api/v1/engagement/meetings/" + reception + "/seat-exceptions",
                                staff,
                                "{\"councilId\":\"luton\",\"role\":\"CHIEF_EXECUTIVE\",\"reason\":\"Twice\"}")
                        .status())
                .isEqualTo(409);
        assertThat(expected(reception)).isEqualTo(102);
        attend(reception, 71);

        JsonNode figure = figure("group-attendance", Map.of("group", "test-reception"), "65");
        assertThat(figure.get("numerator").asLong()).isEqualTo(71);
        assertThat(figure.get("denominator").asLong()).isEqualTo(102);
        assertThat(figure.get("value").decimalValue()).isEqualByComparingTo("69.61");
        assertThat(figure.get("rag").asText()).isEqualTo("GREEN");
        assertThat(auditCount("engagement.seat.exception")).isEqualTo(2);
    }

    @Test
    void a_seat_marked_by_mistake_is_expected_again_and_a_seat_with_attendance_recorded_cannot_be_marked()
            throws Exception {
        long group = createGroup(
                "test-vacancies",
                "Test vacancies",
                "ALL_COUNCILS",
                "[{\"role\":\"LEADER\",\"seats\":1},{\"role\":\"CHIEF_EXECUTIVE\",\"seats\":1}]");
        long meeting = meeting(group, "Test vacancies meeting", "2017-09-05T10:00:00");
        String path = "/api/v1/engagement/meetings/" + meeting + "/seat-exceptions";
        Api.Answer marked = Api.post(path, staff, exception("luton", "CHIEF_EXECUTIVE", "Marked by mistake"));
        assertThat(marked.status()).as(marked.body()).isEqualTo(201);
        assertThat(marked.json().get("councilName").asText()).isEqualTo("Luton Borough Council");
        assertThat(expected(meeting)).isEqualTo(103);
        long id = marked.json().get("id").asLong();

        String officer = DemoTokens.accessToken("admin@norwich.demo");
        assertThat(Api.delete(path + "/" + id, officer).status()).isEqualTo(403);
        assertThat(Api.delete(path + "/" + id, null).status()).isEqualTo(401);
        assertThat(expected(meeting)).isEqualTo(103);
        Api.Answer again = Api.delete(path + "/" + id, staff);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("reason").asText()).isEqualTo("Marked by mistake");
        assertThat(expected(meeting)).isEqualTo(104);
        assertThat(Api.delete(path + "/" + id, staff).status()).isEqualTo(404);
        assertThat(auditCount("engagement.seat.exception.removed")).isEqualTo(1);

        // Luton's second seat was attended: it was expected, so it cannot become a vacancy; Thurrock's first seat
        // only was recorded, so its second seat can
        Api.Answer recorded = Api.put(
                "/api/v1/engagement/meetings/" + meeting + "/attendance",
                staff,
                "[{\"councilId\":\"luton\",\"seat\":2,\"status\":\"PRESENT\"},"
                        + "{\"councilId\":\"thurrock\",\"seat\":1,\"status\":\"PRESENT\"}]");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        Api.Answer refused = Api.post(path, staff, exception("luton", "CHIEF_EXECUTIVE", "Vacant"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("Attendance is already recorded for Luton Borough Council's seat 2");
        assertThat(Api.post(path, staff, exception("thurrock", "CHIEF_EXECUTIVE", "Vacant"))
                        .status())
                .isEqualTo(201);
        assertThat(expected(meeting)).isEqualTo(103);

        // a role the group does not expect, a council it does not expect, an event, a cancelled meeting
        long named = createGroup(
                "test-named", "Test named councils", "NAMED_COUNCILS", "[{\"role\":\"LEADER\",\"seats\":1}]");
        assertThat(join(named, "norwich", "2017-04-01", null).status()).isEqualTo(201);
        long namedMeeting = meeting(named, "Test named meeting", "2017-09-06T10:00:00");
        String namedPath = "/api/v1/engagement/meetings/" + namedMeeting + "/seat-exceptions";
        Api.Answer wrongRole = Api.post(namedPath, staff, exception("norwich", "CHIEF_EXECUTIVE", "x"));
        assertThat(wrongRole.status()).isEqualTo(400);
        assertThat(wrongRole.body()).contains("Test named councils does not expect a chief executive");
        Api.Answer notExpected = Api.post(namedPath, staff, exception("cambridge", "LEADER", "x"));
        assertThat(notExpected.status()).isEqualTo(400);
        assertThat(notExpected.body()).contains("That council is not expected at this meeting");
        Api.Answer event = Api.post(
                "/api/v1/engagement/meetings",
                staff,
                "{\"eventType\":\"SUMMIT\",\"title\":\"Test summit\",\"startsAt\":\"2017-09-07T10:00:00\","
                        + "\"place\":\"Cambridge\",\"online\":false}");
        assertThat(event.status()).as(event.body()).isEqualTo(201);
        long eventId = event.json().get("id").asLong();
        try {
            assertThat(Api.post(
                                    "/api/v1/engagement/meetings/" + eventId + "/seat-exceptions",
                                    staff,
                                    exception("norwich", "LEADER", "x"))
                            .status())
                    .isEqualTo(400);
        } finally {
            TestDatabase.executeAsOwner("delete from engagement_meeting where id = " + eventId);
        }
        assertThat(Api.post(
                                "/api/v1/engagement/meetings/" + namedMeeting + "/cancel",
                                staff,
                                "{\"reason\":\"Test: no quorum\"}")
                        .status())
                .isEqualTo(200);
        assertThat(Api.post(namedPath, staff, exception("norwich", "LEADER", "x"))
                        .status())
                .isEqualTo(409);
        assertThat(Api.get(namedPath, staff).json().path("exceptions")).isEmpty();
    }

    @Test
    void twenty_staff_marking_the_same_seat_at_once_make_one_vacancy() {
        long group = createGroup("test-race", "Test race", "ALL_COUNCILS", "[{\"role\":\"LEADER\",\"seats\":1}]");
        long meeting = meeting(group, "Test race meeting", "2017-09-08T10:00:00");
        List<Api.Answer> answers = Race.run(() -> Api.post(
                "/api/v1/engagement/meetings/" + meeting + "/seat-exceptions",
                staff,
                exception("norwich", "LEADER", "Vacant")));
        assertThat(Race.statuses(answers)).isEqualTo(Map.of(201, 1L, 409, 19L));
        assertThat(expected(meeting)).isEqualTo(51);
        assertThat(auditCount("engagement.seat.exception")).isEqualTo(1);
    }

    private static String exception(String council, String role, String reason) {
        return "{\"councilId\":\"" + council + "\",\"role\":\"" + role + "\",\"reason\":\"" + reason + "\"}";
    }

    @Test
    void only_staff_change_who_is_expected_and_bad_input_is_a_plain_4xx() {
        long group = createGroup(
                "test-attacks", "Test attack group", "NAMED_COUNCILS", "[{\"role\":\"LEADER\",\"seats\":1}]");
        long meeting = meeting(group, "Test attack meeting", "2017-06-02T10:00:00");
        String body = "{\"councilId\":\"norwich\",\"from\":\"2017-04-01\"}";
        for (String person : List.of("officer@norwich.demo", "leader@cambridge.demo", "admin@essex.demo")) {
            String token = DemoTokens.accessToken(person);
            assertThat(Api.post("/api/v1/engagement/groups/" + group + "/memberships", token, body)
                            .status())
                    .isEqualTo(403);
            assertThat(Api.post(
                                    "/api/v1/engagement/groups",
                                    token,
                                    "{\"code\":\"test-x\",\"name\":\"X\",\"audience\":\"ALL_COUNCILS\","
                                            + "\"roles\":[{\"role\":\"LEADER\",\"seats\":1}],\"meetingsPerYear\":1}")
                            .status())
                    .isEqualTo(403);
            assertThat(Api.put(
                                    "/api/v1/engagement/groups/" + group + "/roles",
                                    token,
                                    "{\"roles\":[{\"role\":\"LEADER\",\"seats\":2}]}")
                            .status())
                    .isEqualTo(403);
            assertThat(Api.post(
                                    "/api/v1/engagement/meetings/" + meeting + "/seat-exceptions",
                                    token,
                                    "{\"councilId\":\"norwich\",\"role\":\"LEADER\",\"reason\":\"x\"}")
                            .status())
                    .isEqualTo(403);
        }
        assertThat(Api.post("/api/v1/engagement/groups/" + group + "/memberships", null, body)
                        .status())
                .isEqualTo(401);

        List<Api.Answer> refused = new ArrayList<>();
        refused.add(Api.post("/api/v1/engagement/groups/" + group + "/memberships", staff, "{\"councilId\":"));
        refused.add(join(group, "atlantis", "2017-04-01", null));
        refused.add(join(group, "norwich", "2017-04-01", "2017-03-01"));
        refused.add(join(group, "norwich", "0001-04-01", null));
        refused.add(join(group, "x".repeat(100_000), "2017-04-01", null));
        refused.add(Api.put(
                "/api/v1/engagement/groups/" + group + "/roles",
                staff,
                "{\"roles\":[" + "{\"role\":\"LEADER\",\"seats\":1},".repeat(5000)
                        + "{\"role\":\"LEADER\",\"seats\":1}]}"));
        refused.add(Api.put(
                "/api/v1/engagement/groups/" + group + "/roles",
                staff,
                "{\"roles\":[{\"role\":\"LEADER\",\"seats\":1},{\"role\":\"LEADER\",\"seats\":1}]}"));
        refused.add(
                Api.put("/api/v1/engagement/groups/" + group + "/roles", staff, "{\"roles\":[{\"role\":\"KING\"}]}"));
        refused.add(Api.put(
                "/api/v1/engagement/groups/" + group + "/roles",
                staff,
                "{\"roles\":[{\"role\":\"LEADER\",\"seats\":99}]}"));
        refused.add(Api.post(
                "/api/v1/engagement/meetings/" + meeting + "/seat-exceptions",
                staff,
                "{\"councilId\":\"norwich\",\"role\":\"LEADER\",\"reason\":\"" + "y".repeat(20_000) + "\"}"));
        refused.add(Api.post(
                "/api/v1/engagement/groups",
                staff,
                "{\"code\":\"Test Bad Code!\",\"name\":\"X\",\"audience\":\"ALL_COUNCILS\","
                        + "\"roles\":[{\"role\":\"LEADER\",\"seats\":1}],\"meetingsPerYear\":1}"));
        refused.add(Api.post(
                "/api/v1/engagement/groups",
                staff,
                "{\"code\":\"test-attacks\",\"name\":\"Again\",\"audience\":\"ALL_COUNCILS\","
                        + "\"roles\":[{\"role\":\"LEADER\",\"seats\":1}],\"meetingsPerYear\":1}"));
        for (Api.Answer answer : refused) {
            assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
            assertThat(answer.body()).doesNotContain("Exception", "SQL", "org.postgresql", "xxxxxxxxxx");
        }
        assertThat(Api.post("/api/v1/engagement/groups/999999999/memberships", staff, body)
                        .status())
                .isEqualTo(404);
        assertThat(Api.post(
                                "/api/v1/engagement/meetings/999999999/seat-exceptions",
                                staff,
                                "{\"councilId\":\"norwich\",\"role\":\"LEADER\",\"reason\":\"x\"}")
                        .status())
                .isEqualTo(404);
        // a group of all councils has no named members
        long all = createGroup("test-all", "Test all councils", "ALL_COUNCILS", "[{\"role\":\"LEADER\",\"seats\":1}]");
        assertThat(join(all, "norwich", "2017-04-01", null).status()).isEqualTo(400);
        // nothing refused was written
        assertThat(Api.get("/api/v1/engagement/groups/" + group, staff).json().path("memberships"))
                .isEmpty();
        assertThat(expected(meeting)).isZero();
        assertThat(Api.get("/api/openapi.yml", staff).body())
                .contains(
                        "/api/v1/engagement/groups/{id}/memberships",
                        "/api/v1/engagement/groups/{id}/roles",
                        "/api/v1/engagement/memberships/{id}/end",
                        "/api/v1/engagement/meetings/{id}/seat-exceptions");
    }

    @Test
    void staff_correct_a_groups_name_description_and_meetings_a_year_and_its_code_and_audience_stay() {
        long group = createGroup(
                "test-correct", "Test Managment Committee", "NAMED_COUNCILS", "[{\"role\":\"MEMBER\",\"seats\":1}]");
        Api.Answer corrected = Api.put(
                "/api/v1/engagement/groups/" + group,
                staff,
                details("Test Management Committee", "Day-to-day management of the Association.", "6"));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        JsonNode after = corrected.json().get("group");
        assertThat(after.get("name").asText()).isEqualTo("Test Management Committee");
        assertThat(after.get("description").asText()).isEqualTo("Day-to-day management of the Association.");
        assertThat(after.get("meetingsPerYear").asInt()).isEqualTo(6);
        assertThat(after.get("code").asText()).isEqualTo("test-correct");
        assertThat(after.get("audience").asText()).isEqualTo("NAMED_COUNCILS");
        assertThat(corrected.json().get("roles")).hasSize(1);
        assertThat(Api.get("/api/v1/engagement/groups/" + group, DemoTokens.accessToken("officer@norwich.demo"))
                        .json()
                        .get("group")
                        .get("name")
                        .asText())
                .isEqualTo("Test Management Committee");
        // the description is optional: left out, it is emptied
        Api.Answer plain =
                Api.put("/api/v1/engagement/groups/" + group, staff, details("Test Management Committee", null, "4"));
        assertThat(plain.status()).as(plain.body()).isEqualTo(200);
        assertThat(plain.json().get("group").path("description").asText()).isEmpty();
        assertThat(Race.count("select count(*) from audit_event where action = 'engagement.group.corrected'"
                        + " and before_state like 'test-correct: Test Managment Committee, 4 meetings a year%'"
                        + " and after_state like 'test-correct: Test Management Committee, 6 meetings a year%'"))
                .isEqualTo(1);
        assertThat(auditCount("engagement.group.corrected")).isEqualTo(2);
    }

    @Test
    void only_staff_correct_a_group_and_bad_input_changes_nothing() {
        long group = createGroup(
                "test-correct-attacks", "Test correct attacks", "ALL_COUNCILS", "[{\"role\":\"LEADER\",\"seats\":1}]");
        createGroup("test-correct-other", "Test other group", "ALL_COUNCILS", "[{\"role\":\"LEADER\",\"seats\":1}]");
        String path = "/api/v1/engagement/groups/" + group;
        String good = details("Test taken over", "Mine now", "9");
        for (String person : List.of("officer@norwich.demo", "leader@cambridge.demo", "admin@essex.demo")) {
            assertThat(Api.put(path, DemoTokens.accessToken(person), good).status())
                    .as(person)
                    .isEqualTo(403);
        }
        assertThat(Api.put(path, null, good).status()).isEqualTo(401);
        assertThat(Api.put("/api/v1/engagement/groups/999999999", staff, good).status())
                .isEqualTo(404);

        List<Api.Answer> refused = new ArrayList<>();
        refused.add(Api.put(path, staff, details(" ", null, "4")));
        refused.add(Api.put(path, staff, details("x".repeat(100_000), null, "4")));
        refused.add(Api.put(path, staff, details("Test\u0000nul", null, "4")));
        refused.add(Api.put(path, staff, details("Test fine", "y".repeat(20_000), "4")));
        refused.add(Api.put(path, staff, details("Test fine", null, "53")));
        refused.add(Api.put(path, staff, details("Test fine", null, "-1")));
        refused.add(Api.put(path, staff, details("Test fine", null, "\"four\"")));
        refused.add(Api.put(path, staff, "{\"name\":\"Test fine\"}"));
        refused.add(Api.put(path, staff, "{\"name\":"));
        refused.add(Api.put(path, staff, details("TEST OTHER GROUP", null, "4")));
        for (Api.Answer answer : refused) {
            assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
            assertThat(answer.body()).doesNotContain("Exception", "SQL", "org.postgresql", "xxxxxxxxxx");
        }
        assertThat(refused.get(0).status()).isEqualTo(400);
        assertThat(refused.get(refused.size() - 1).status()).isEqualTo(409);

        JsonNode unchanged = Api.get(path, staff).json().get("group");
        assertThat(unchanged.get("name").asText()).isEqualTo("Test correct attacks");
        assertThat(unchanged.path("description").asText()).isEmpty();
        assertThat(unchanged.get("meetingsPerYear").asInt()).isEqualTo(4);
        assertThat(auditCount("engagement.group.corrected")).isZero();
        assertThat(Api.get("/api/openapi.yml", staff).body()).contains("/api/v1/engagement/groups/{id}:");
    }

    @Test
    void twenty_staff_correcting_groups_at_once_leave_one_consistent_state() {
        long group = createGroup(
                "test-correct-race", "Test race before", "ALL_COUNCILS", "[{\"role\":\"LEADER\",\"seats\":1}]");
        // each caller gives its own name and meetings a year: the group ends with one caller's pair, never a mix
        List<Api.Answer> answers = Race.run(
                Race.CALLERS,
                i -> () -> Api.put(
                        "/api/v1/engagement/groups/" + group, staff, details("Test race " + i, null, "" + (i + 1))));
        assertThat(Race.statuses(answers)).isEqualTo(Map.of(200, 20L));
        JsonNode last =
                Api.get("/api/v1/engagement/groups/" + group, staff).json().get("group");
        assertThat(last.get("name").asText())
                .isEqualTo("Test race " + (last.get("meetingsPerYear").asInt() - 1));
        assertThat(auditCount("engagement.group.corrected")).isEqualTo(20);

        // two groups renamed to one name at once (its case differing): one takes it, the other is refused
        long other = createGroup(
                "test-correct-rival", "Test race rival", "ALL_COUNCILS", "[{\"role\":\"LEADER\",\"seats\":1}]");
        List<Api.Answer> rivals = Race.run(
                Race.CALLERS,
                i -> () -> Api.put(
                        "/api/v1/engagement/groups/" + (i % 2 == 0 ? group : other),
                        staff,
                        details(i % 2 == 0 ? "Test one name" : "TEST ONE NAME", null, "4")));
        assertThat(Race.count("select count(*) from engagement_group where lower(name) = 'test one name'"))
                .isEqualTo(1);
        Map<Integer, Long> statuses = Race.statuses(rivals);
        assertThat(statuses.keySet()).containsOnly(200, 409);
        assertThat(rivals.stream()
                        .filter(a -> a.status() == 200)
                        .map(a -> a.json().get("group").get("id").asLong())
                        .distinct())
                .hasSize(1);
    }

    private static String details(String name, String description, String meetingsPerYear) {
        return "{\"name\":\"" + name + "\"" + (description == null ? "" : ",\"description\":\"" + description + "\"")
                + ",\"meetingsPerYear\":" + meetingsPerYear + "}";
    }

    private long createGroup(String code, String name, String audience, String roles) {
        Api.Answer created = Api.post(
                "/api/v1/engagement/groups",
                staff,
                "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"audience\":\"" + audience + "\",\"roles\":"
                        + roles + ",\"meetingsPerYear\":4}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("group").get("id").asLong();
    }

    private Api.Answer join(long group, String council, String from, String to) {
        return Api.post(
                "/api/v1/engagement/groups/" + group + "/memberships",
                staff,
                "{\"councilId\":\"" + council + "\",\"from\":\"" + from + "\""
                        + (to == null ? "" : ",\"to\":\"" + to + "\"") + "}");
    }

    private long meeting(long group, String title, String startsAt) {
        Api.Answer planned = Api.post(
                "/api/v1/engagement/meetings",
                staff,
                "{\"groupId\":" + group + ",\"title\":\"" + title + "\",\"startsAt\":\"" + startsAt
                        + "\",\"place\":\"Cambridge\",\"online\":false}");
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        return planned.json().get("id").asLong();
    }

    private long expected(long meeting) {
        Api.Answer answer = Api.get("/api/v1/engagement/meetings/" + meeting + "/seat-exceptions", staff);
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().get("expectedSeats").asLong();
    }

    private List<String> attendanceCouncils(long meeting) {
        List<String> councils = new ArrayList<>();
        Api.get("/api/v1/engagement/meetings/" + meeting + "/attendance", staff)
                .json()
                .get("lines")
                .forEach(l -> councils.add(l.get("councilId").asText()));
        return councils;
    }

    /** Marks the first {@code present} expected seats present and the rest absent, through the API. */
    private void attend(long meeting, int present) {
        JsonNode lines = Api.get("/api/v1/engagement/meetings/" + meeting + "/attendance", staff)
                .json()
                .get("lines");
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            body.append(i == 0 ? "" : ",")
                    .append("{\"councilId\":\"")
                    .append(line.get("councilId").asText())
                    .append("\",\"seat\":")
                    .append(line.get("seat").asInt())
                    .append(",\"status\":\"")
                    .append(i < present ? "PRESENT" : "ABSENT")
                    .append("\"}");
        }
        Api.Answer saved = Api.put("/api/v1/engagement/meetings/" + meeting + "/attendance", staff, body + "]");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    private JsonNode figure(String kind, Map<String, String> parameters, String target) {
        long frameworkId = frameworks.frameworks().stream()
                .filter(f -> f.year().equals(FRAMEWORK_YEAR))
                .findFirst()
                .map(f -> f.id())
                .orElseGet(() -> frameworks
                        .create(
                                Fixtures.staff(),
                                new FrameworkDraft(
                                        FRAMEWORK_YEAR,
                                        "Test framework",
                                        "test",
                                        List.of(new ThemeDraft(
                                                "1",
                                                "Engagement",
                                                List.of(new OutcomeDraft(
                                                        "1.1",
                                                        "Councils take part",
                                                        List.of(new ActionDraft(
                                                                "1.1.1",
                                                                "Meetings",
                                                                null,
                                                                ServiceArea.CORE,
                                                                null,
                                                                List.of(
                                                                        new MeasureDraft(
                                                                                "Seats attended",
                                                                                TargetType.PERCENT,
                                                                                new BigDecimal(target),
                                                                                null,
                                                                                null,
                                                                                null,
                                                                                "Annual",
                                                                                "Attendance lists",
                                                                                null,
                                                                                Direction.HIGHER_IS_BETTER,
                                                                                new BigDecimal("5"),
                                                                                kind,
                                                                                parameters,
                                                                                null))))))))))
                        .id());
        Api.Answer figures = Api.get("/api/v1/frameworks/" + frameworkId + "/figures?period=2017-18", staff);
        assertThat(figures.status()).isEqualTo(200);
        return figures.json().get(0);
    }

    private static long auditCount(String action) {
        return uk.org.eelga.platform.support.Race.count(
                "select count(*) from audit_event where action like '" + action + "'");
    }
}
