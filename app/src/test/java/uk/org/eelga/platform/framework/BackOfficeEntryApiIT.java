package uk.org.eelga.platform.framework;

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
import uk.org.eelga.platform.framework.FrameworkDraft.ActionDraft;
import uk.org.eelga.platform.framework.FrameworkDraft.MeasureDraft;
import uk.org.eelga.platform.framework.FrameworkDraft.OutcomeDraft;
import uk.org.eelga.platform.framework.FrameworkDraft.ThemeDraft;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.Race;
import uk.org.eelga.platform.support.Surveys;
import uk.org.eelga.platform.support.TestDatabase;

/**
 * Issue 14 points 1 and 2 through the API only: staff keep the Talent Bank catalogue, associates' dated rates and
 * membership fees, and enter what happened on paper or before the platform (an event's paper evaluation forms, past
 * appraisal support with its real dates, past coaching delegates, past Talent Bank work). Those records count in the
 * framework's live figures like platform records, and the records behind each figure say who entered them, from what
 * and when.
 */
@PlatformIT
class BackOfficeEntryApiIT {

    static final String FRAMEWORK_YEAR = "2011-12";

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
                "delete from evaluation_paper_form",
                "delete from survey where title like 'Test back-office%'",
                "delete from engagement_meeting where title like 'Test back-office%'",
                "delete from coaching_session where title like 'Test back-office%'",
                "delete from coaching_cohort where name like 'Test back-office%'",
                "delete from talent_bank_associate_rate where associate_id in (select id from talent_bank_associate where email like '%@backoffice.test')",
                "delete from talent_bank_associate where email like '%@backoffice.test'",
                "delete from talent_bank_service where name like 'Test back-office%'",
                "delete from billing_membership_fee where financial_year = '2011-12'",
                "delete from framework where year_label = '" + FRAMEWORK_YEAR + "'");
    }

    @Test
    void paper_forms_of_the_finance_summit_give_its_79_percent_and_say_who_entered_them() {
        long summit = event("Test back-office Finance Summit", "SUMMIT", "2017-06-15T10:00:00");
        long other = event("Test back-office other summit", "SUMMIT", "2017-09-15T10:00:00");
        Api.Answer entered = Api.post(
                "/api/v1/staff/events/" + summit + "/paper-evaluations",
                staff,
                "{\"source\":\"paper form\",\"counts\":[{\"rating\":5,\"forms\":10},{\"rating\":4,\"forms\":17},"
                        + "{\"rating\":3,\"forms\":5},{\"rating\":2,\"forms\":2}]}");
        assertThat(entered.status()).as(entered.body()).isEqualTo(201);
        assertThat(entered.json()).hasSize(4);
        assertThat(entered.json().get(0).get("entered").asText())
                .startsWith("Entered by ")
                .contains(" from paper form on ");
        assertThat(Api.post(
                                "/api/v1/staff/events/" + other + "/paper-evaluations",
                                staff,
                                "{\"source\":\"paper form\",\"counts\":[{\"rating\":1,\"forms\":3}]}")
                        .status())
                .isEqualTo(201);

        JsonNode named = figure("evaluations-rated-good", Map.of("event", String.valueOf(summit)), TargetType.PERCENT);
        assertThat(named.get("numerator").asLong()).isEqualTo(27);
        assertThat(named.get("denominator").asLong()).isEqualTo(34);
        assertThat(named.get("value").decimalValue()).isEqualByComparingTo("79.41");
        assertThat(named.get("rag").asText()).isNotEqualTo("GREEN");
        assertThat(named.get("evidence")).hasSize(34);
        assertThat(named.get("evidence").get(0).get("detail").asText()).contains("Entered by ", " from paper form on ");
        // the type pools both summits; the named event is measured on its own
        JsonNode byType = figure("evaluations-rated-good", Map.of("eventType", "SUMMIT"), TargetType.PERCENT);
        assertThat(byType.get("denominator").asLong()).isEqualTo(37);
        // words of the title pick the event out whatever their case (3.4.2's apprenticeship conference), and are
        // words, not a pattern: "%" matches no title
        JsonNode byTitle =
                figure("evaluations-rated-good", Map.of("titleContains", "BACK-OFFICE finance"), TargetType.PERCENT);
        assertThat(byTitle.get("numerator").asLong()).isEqualTo(27);
        assertThat(byTitle.get("denominator").asLong()).isEqualTo(34);
        JsonNode pattern = figure("evaluations-rated-good", Map.of("titleContains", "%"), TargetType.PERCENT);
        assertThat(pattern.path("evidence")).isEmpty();
        assertThat(pattern.path("value").isNull() || pattern.path("value").isMissingNode())
                .as("no figure without records: %s", pattern)
                .isTrue();
        assertThat(auditCount("evaluation.paper-forms")).isEqualTo(2);
    }

    @Test
    void paper_forms_entered_twice_are_withdrawn_with_the_reason_stay_listed_and_leave_the_figure() {
        long summit = event("Test back-office withdrawn summit", "SUMMIT", "2017-06-15T10:00:00");
        String url = "/api/v1/staff/events/" + summit + "/paper-evaluations";
        String forms =
                "{\"source\":\"paper form\",\"counts\":[{\"rating\":5,\"forms\":10},{\"rating\":2,\"forms\":2}]}";
        assertThat(Api.post(url, staff, forms).status()).isEqualTo(201);
        JsonNode twice = Api.post(url, staff, forms).json();
        assertThat(figure("evaluations-rated-good", Map.of("event", "" + summit), TargetType.PERCENT)
                        .get("denominator")
                        .asLong())
                .isEqualTo(24);
        long typedAgain = twice.get(2).get("id").asLong();

        // a council's people, no token, an unknown entry, another event's id, no reason: refused, nothing changed
        String withdraw = url + "/" + typedAgain + "/withdraw";
        refusedToOthersAndForUnknownIds(withdraw, url + "/999999999/withdraw");
        long other = event("Test back-office another summit", "SUMMIT", "2017-09-15T10:00:00");
        assertThat(Api.post(
                                "/api/v1/staff/events/" + other + "/paper-evaluations/" + typedAgain + "/withdraw",
                                staff,
                                "{\"reason\":\"Entered twice\"}")
                        .status())
                .isEqualTo(404);
        refusedWithoutAReason(withdraw);
        assertThat(Race.count("select count(*) from evaluation_paper_form where withdrawn_on is not null"))
                .isZero();

        // 20 staff withdraw the same entry at once: one does, the others are told it is withdrawn already
        withdrawnOnceOfTwenty(withdraw, "{\"reason\":\"Entered twice from the same pile\"}");
        Api.post(url + "/" + twice.get(3).get("id").asLong() + "/withdraw", staff, "{\"reason\":\"Entered twice\"}");

        JsonNode figure = figure("evaluations-rated-good", Map.of("event", "" + summit), TargetType.PERCENT);
        assertThat(figure.get("numerator").asLong()).isEqualTo(10);
        assertThat(figure.get("denominator").asLong()).isEqualTo(12);
        assertThat(figure.get("evidence")).hasSize(12);
        JsonNode listed = Api.get(url, staff).json();
        assertThat(listed).hasSize(4);
        assertThat(listed.get(2).get("withdrawn").asText())
                .startsWith("Withdrawn by ")
                .endsWith(": Entered twice from the same pile");
        assertThat(listed.get(0).path("withdrawn").isMissingNode()
                        || listed.get(0).get("withdrawn").isNull())
                .isTrue();
        assertThat(auditCount("evaluation.paper-forms.withdrawn")).isEqualTo(2);
    }

    @Test
    void survey_returns_entered_from_email_count_once_per_council_and_say_who_entered_them() {
        long[] created = publishedSurvey("Test back-office perception survey", "2017-06-01", "2017-07-01");
        long survey = created[0];
        long question = created[1];
        String yes = "{\"receivedOn\":\"2017-06-20\",\"source\":\"email from the council\",\"answers\":"
                + "[{\"questionId\":" + question + ",\"values\":[\"Yes\"]}]}";
        String url = "/api/v1/surveys/" + survey + "/returns/";

        Api.Answer norwich = Api.post(url + "norwich", staff, yes);
        assertThat(norwich.status()).as(norwich.body()).isEqualTo(201);
        assertThat(norwich.json().get("submittedOn").asText()).isEqualTo("2017-06-20");
        assertThat(norwich.json().get("entered").asText())
                .startsWith("Entered by ")
                .contains(" from email from the council on ");
        // twenty racing entries of the same council's return: one is saved, the others are told it exists
        List<Api.Answer> racing = Race.run(Race.CALLERS, i -> () -> Api.post(url + "cambridge", staff, yes));
        assertThat(Race.statuses(racing)).containsEntry(201, 1L).containsEntry(409, 19L);
        assertThat(Api.post(url + "norwich", staff, yes).status()).isEqualTo(409);

        JsonNode rate = figure("survey-response-rate", Map.of("surveyKind", "PERCEPTION"), TargetType.PERCENT);
        assertThat(rate.get("numerator").asLong()).isEqualTo(2);
        assertThat(rate.get("denominator").asLong()).isEqualTo(52);
        List<String> responded = new ArrayList<>();
        rate.get("evidence").forEach(e -> {
            if (e.get("detail").asText().startsWith("responded")) {
                responded.add(e.get("detail").asText());
            }
        });
        assertThat(responded).hasSize(2).allSatisfy(d -> assertThat(d)
                .contains("Entered by ", " from email from the council on "));
        JsonNode results =
                Api.get("/api/v1/surveys/" + survey + "/results", staff).json();
        assertThat(results.get("councilsResponded").asInt()).isEqualTo(2);
        results.get("councils").forEach(c -> {
            boolean entered =
                    List.of("norwich", "cambridge").contains(c.get("councilId").asText());
            assertThat(c.hasNonNull("entered")).as(c.toString()).isEqualTo(entered);
        });
        assertThat(auditCount("survey.return-entered")).isEqualTo(2);

        // the council does not enter returns, and its own response shows as submitted
        for (String person : List.of("officer@norwich.demo", "leader@essex.demo", "admin@essex.demo")) {
            assertThat(Api.post(url + "essex", DemoTokens.accessToken(person), yes)
                            .status())
                    .isEqualTo(403);
        }
        assertThat(Api.post(url + "essex", null, yes).status()).isEqualTo(401);
        List<Api.Answer> refused = new ArrayList<>();
        refused.add(Api.post(url + "atlantis", staff, yes));
        refused.add(Api.post(url + "essex", staff, yes.replace("2017-06-20", "2099-06-20")));
        refused.add(Api.post(url + "essex", staff, yes.replace("2017-06-20", "2017-05-20")));
        refused.add(Api.post(url + "essex", staff, yes.replace("[\"Yes\"]", "[\"Perhaps\"]")));
        refused.add(Api.post(url + "essex", staff, yes.replace("[\"Yes\"]", "[]")));
        refused.add(Api.post(url + "essex", staff, yes.replace("email from the council", "")));
        refused.add(Api.post(url + "essex", staff, yes.replace("email from the council", "p".repeat(100_000))));
        refused.add(Api.post(url + "essex", staff, yes.replace("email from the council", "mail\\u0000")));
        refused.add(Api.post(url + "essex", staff, "{\"source\":"));
        refused.add(Api.post("/api/v1/surveys/999999999/returns/essex", staff, yes));
        for (Api.Answer answer : refused) {
            assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
            assertThat(answer.body()).doesNotContain("Exception", "SQL", "org.postgresql", "pppppppppp");
        }
        assertThat(Race.count("select count(*) from survey_response where survey_id = " + survey))
                .isEqualTo(2);
        assertThat(Race.count("select count(*) from survey_response where tenant_id = 'essex'"))
                .isZero();
    }

    @Test
    void past_appraisal_support_keeps_its_real_dates_and_counts_met_and_unmet() {
        Api.Answer delivered = Api.post(
                "/api/v1/staff/appraisal-requests/councils/norwich/past",
                staff,
                "{\"requestedOn\":\"2017-05-02\",\"deliveredOn\":\"2017-06-20\",\"adviser\":\"Martin Hill\","
                        + "\"source\":\"the 2017 appraisal spreadsheet\"}");
        assertThat(delivered.status()).as(delivered.body()).isEqualTo(201);
        assertThat(delivered.json().get("requestedAt").asText()).startsWith("2017-05-0");
        assertThat(delivered.json().get("entered").asText()).contains("from the 2017 appraisal spreadsheet on");
        Api.Answer unmet = Api.post(
                "/api/v1/staff/appraisal-requests/councils/cambridge/past",
                staff,
                "{\"requestedOn\":\"2017-09-12\",\"source\":\"email from the council\"}");
        assertThat(unmet.status()).as(unmet.body()).isEqualTo(201);

        JsonNode met = figure("appraisal-requests", Map.of("as", "met-share"), TargetType.PERCENT);
        assertThat(met.get("numerator").asLong()).isEqualTo(1);
        assertThat(met.get("denominator").asLong()).isEqualTo(2);
        assertThat(met.get("evidence").get(0).get("detail").asText()).contains("Entered by ");
        // the council sees its own request with the label
        JsonNode ours = Api.get("/api/v1/appraisal-requests", DemoTokens.accessToken("leader@norwich.demo"))
                .json();
        assertThat(ours).hasSize(1);
        assertThat(ours.get(0).get("entered").asText()).contains("Entered by ");
        assertThat(Api.get("/api/v1/appraisal-requests", DemoTokens.accessToken("leader@essex.demo"))
                        .json())
                .isEmpty();
        assertThat(auditCount("appraisal.entered")).isEqualTo(2);
    }

    @Test
    void appraisal_support_entered_for_the_wrong_council_is_withdrawn_and_leaves_the_figures_and_its_requests() {
        Api.Answer wrong = Api.post(
                "/api/v1/staff/appraisal-requests/councils/norwich/past",
                staff,
                "{\"requestedOn\":\"2017-05-02\",\"deliveredOn\":\"2017-06-20\",\"source\":\"the 2017 spreadsheet\"}");
        assertThat(wrong.status()).as(wrong.body()).isEqualTo(201);
        long id = wrong.json().get("id").asLong();
        Api.Answer unmet = Api.post(
                "/api/v1/staff/appraisal-requests/councils/cambridge/past",
                staff,
                "{\"requestedOn\":\"2017-09-12\",\"source\":\"email from the council\"}");
        assertThat(unmet.status()).as(unmet.body()).isEqualTo(201);
        assertThat(figure("appraisal-requests", Map.of("as", "met-share"), TargetType.PERCENT)
                        .get("denominator")
                        .asLong())
                .isEqualTo(2);
        String leader = DemoTokens.accessToken("leader@norwich.demo");
        assertThat(Api.get("/api/v1/appraisal-requests", leader).json()).hasSize(1);

        // a council's people, no token, an unknown id, a request made on the platform, no reason: refused, unchanged
        String withdraw = "/api/v1/staff/appraisal-requests/past/" + id + "/withdraw";
        refusedToOthersAndForUnknownIds(withdraw, "/api/v1/staff/appraisal-requests/past/999999999/withdraw");
        Api.Answer asked = Api.post(
                "/api/v1/appraisal-requests",
                DemoTokens.accessToken("leader@essex.demo"),
                "{\"preferredDates\":\"Any Tuesday\",\"notes\":\"\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(Api.post(
                                "/api/v1/staff/appraisal-requests/past/"
                                        + asked.json().get("id").asLong() + "/withdraw",
                                staff,
                                "{\"reason\":\"Not entered from paper\"}")
                        .status())
                .isEqualTo(404);
        refusedWithoutAReason(withdraw);
        assertThat(Race.count("select count(*) from appraisal_request where withdrawn_by is not null"))
                .isZero();

        // 20 staff withdraw it at once: one does, the others are told it is withdrawn already
        withdrawnOnceOfTwenty(withdraw, "{\"reason\":\"Wrong council\"}");
        JsonNode listed =
                Api.get("/api/v1/staff/appraisal-requests/past", staff).json();
        assertThat(listed).hasSize(2);
        // one council's: Norwich's withdrawn support only
        assertThat(Api.get("/api/v1/staff/appraisal-requests/past?councilId=norwich", staff)
                        .json())
                .extracting(r -> r.get("id").asLong())
                .containsExactly(id);
        assertThat(listed.get(1).get("withdrawn").asText())
                .startsWith("Withdrawn by ")
                .endsWith(": Wrong council");
        JsonNode met = figure("appraisal-requests", Map.of("as", "met-share"), TargetType.PERCENT);
        assertThat(met.get("denominator").asLong()).isEqualTo(1);
        assertThat(met.get("numerator").asLong()).isZero();
        // gone from the council's requests and the console's
        assertThat(Api.get("/api/v1/appraisal-requests", leader).json()).isEmpty();
        assertThat(Api.get("/api/v1/appraisal-requests/" + id, leader).status()).isEqualTo(404);
        assertThat(Api.get("/api/v1/staff/appraisal-requests", staff).json())
                .extracting(r -> r.get("id").asLong())
                .doesNotContain(id);
        assertThat(auditCount("appraisal.past.withdrawn")).isEqualTo(1);
    }

    @Test
    void past_coaching_delegates_count_and_twenty_racing_entries_never_overfill_a_session() {
        Api.Answer cohort = Api.post(
                "/api/v1/staff/coaching/cohorts",
                staff,
                "{\"programme\":\"ILM7\",\"name\":\"Test back-office cohort 3\",\"description\":\"\"}");
        assertThat(cohort.status()).as(cohort.body()).isEqualTo(201);
        Api.Answer session = Api.post(
                "/api/v1/staff/coaching/sessions",
                staff,
                "{\"cohortId\":" + cohort.json().get("id").asLong()
                        + ",\"title\":\"Test back-office ILM7 day 1\",\"startsAt\":\"2017-10-02T09:00:00Z\","
                        + "\"endsAt\":\"2017-10-02T16:00:00Z\",\"venue\":\"Cambridge\",\"capacity\":12,"
                        + "\"pricePence\":0,\"cancellationCutoff\":\"2017-09-25T09:00:00Z\"}");
        assertThat(session.status()).as(session.body()).isEqualTo(201);
        long id = session.json().get("id").asLong();
        List<String> councils = List.of("norwich", "cambridge", "essex", "ipswich", "peterborough");
        List<Api.Answer> answers = Race.run(
                Race.CALLERS,
                i -> () -> Api.post(
                        "/api/v1/staff/coaching/sessions/" + id + "/past-delegates",
                        staff,
                        "{\"councilId\":\"" + councils.get(i % 5) + "\",\"delegateName\":\"Delegate " + i
                                + "\",\"delegateEmail\":\"delegate" + i + "@" + councils.get(i % 5)
                                + ".demo\",\"attended\":true,\"completed\":true,\"source\":\"paper register\"}"));
        assertThat(Race.statuses(answers)).containsEntry(201, 12L).containsEntry(409, 8L);
        assertThat(Race.count("select confirmed_count from coaching_session where id = " + id))
                .isEqualTo(12);
        assertThat(Race.count("select count(*) from coaching_booking where session_id = " + id))
                .isEqualTo(12);

        // which 12 of the 20 win the race varies, so the councils engaged are those of the accepted entries
        long councilsAccepted = java.util.stream.IntStream.range(0, answers.size())
                .filter(i -> answers.get(i).status() == 201)
                .mapToObj(i -> councils.get(i % 5))
                .distinct()
                .count();
        assertThat(councilsAccepted).isBetween(3L, 5L);
        JsonNode engaged = figure("councils-engaged-coaching", Map.of(), TargetType.COUNT);
        assertThat(engaged.get("value").decimalValue()).isEqualByComparingTo(String.valueOf(councilsAccepted));
        assertThat(engaged.get("evidence").get(0).get("detail").asText()).contains("Entered by ", "paper register");
        // a session still to come is booked by councils, not entered as past
        Api.Answer future = Api.post(
                "/api/v1/staff/coaching/sessions",
                staff,
                "{\"cohortId\":" + cohort.json().get("id").asLong()
                        + ",\"title\":\"Test back-office ILM7 future\",\"startsAt\":\"2099-10-02T09:00:00Z\","
                        + "\"endsAt\":\"2099-10-02T16:00:00Z\",\"venue\":\"Cambridge\",\"capacity\":12,"
                        + "\"pricePence\":0,\"cancellationCutoff\":\"2099-09-25T09:00:00Z\"}");
        assertThat(Api.post(
                                "/api/v1/staff/coaching/sessions/"
                                        + future.json().get("id").asLong() + "/past-delegates",
                                staff,
                                "{\"councilId\":\"norwich\",\"delegateName\":\"A\",\"delegateEmail\":\"a@norwich.demo\","
                                        + "\"attended\":true,\"completed\":false,\"source\":\"paper\"}")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void a_delegate_entered_on_the_wrong_session_is_withdrawn_freeing_the_place_and_leaving_the_figures() {
        Api.Answer cohort = Api.post(
                "/api/v1/staff/coaching/cohorts",
                staff,
                "{\"programme\":\"ILM7\",\"name\":\"Test back-office cohort 4\",\"description\":\"\"}");
        Api.Answer session = Api.post(
                "/api/v1/staff/coaching/sessions",
                staff,
                "{\"cohortId\":" + cohort.json().get("id").asLong()
                        + ",\"title\":\"Test back-office ILM7 day 2\",\"startsAt\":\"2017-10-09T09:00:00Z\","
                        + "\"endsAt\":\"2017-10-09T16:00:00Z\",\"venue\":\"Cambridge\",\"capacity\":1,"
                        + "\"pricePence\":0,\"cancellationCutoff\":\"2017-10-02T09:00:00Z\"}");
        assertThat(session.status()).as(session.body()).isEqualTo(201);
        long id = session.json().get("id").asLong();
        String url = "/api/v1/staff/coaching/sessions/" + id + "/past-delegates";
        Api.Answer wrong = Api.post(
                url,
                staff,
                "{\"councilId\":\"norwich\",\"delegateName\":\"Wrong Session\",\"delegateEmail\":\"wrong@norwich.demo\","
                        + "\"attended\":true,\"completed\":true,\"source\":\"paper register\"}");
        assertThat(wrong.status()).as(wrong.body()).isEqualTo(201);
        long booking = wrong.json().get("id").asLong();
        assertThat(figure("councils-engaged-coaching", Map.of(), TargetType.COUNT)
                        .get("value")
                        .decimalValue())
                .isEqualByComparingTo("1");

        // a council's people, no token, another session's id, an unknown one, no reason: refused, nothing changed
        String withdraw = url + "/" + booking + "/withdraw";
        refusedToOthersAndForUnknownIds(withdraw, url + "/999999999/withdraw");
        assertThat(Api.post(
                                "/api/v1/staff/coaching/sessions/" + (id + 100000) + "/past-delegates/" + booking
                                        + "/withdraw",
                                staff,
                                "{\"reason\":\"Wrong session\"}")
                        .status())
                .isEqualTo(404);
        refusedWithoutAReason(withdraw);
        assertThat(Race.count("select confirmed_count from coaching_session where id = " + id))
                .isEqualTo(1);

        // 20 staff withdraw it at once: one does, the others are told; the place is free again
        withdrawnOnceOfTwenty(withdraw, "{\"reason\":\"Wrong session\"}");
        assertThat(Race.count("select confirmed_count from coaching_session where id = " + id))
                .isZero();
        JsonNode listed = Api.get(url, staff).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("withdrawn").asText())
                .startsWith("Withdrawn by ")
                .endsWith(": Wrong session");
        JsonNode engaged = figure("councils-engaged-coaching", Map.of(), TargetType.COUNT);
        assertThat(engaged.path("evidence")).isEmpty();
        assertThat(auditCount("coaching.past-delegate.withdrawn")).isEqualTo(1);
        // the place is free: the right delegate is entered in the session's one place
        assertThat(Api.post(
                                url,
                                staff,
                                "{\"councilId\":\"cambridge\",\"delegateName\":\"Right Session\","
                                        + "\"delegateEmail\":\"right@cambridge.demo\",\"attended\":true,"
                                        + "\"completed\":false,\"source\":\"paper register\"}")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void past_talent_bank_work_is_costed_at_the_dated_rates_of_its_day() {
        Api.Answer service = Api.post(
                "/api/v1/staff/talent-bank/services",
                staff,
                "{\"areaId\":\"public-service-reform\",\"name\":\"Test back-office service redesign\","
                        + "\"description\":\"Redesign of services\",\"indicativeDayRatePence\":65000}");
        assertThat(service.status()).as(service.body()).isEqualTo(201);
        Api.Answer associate = Api.post(
                "/api/v1/staff/talent-bank/associates",
                staff,
                "{\"name\":\"Test Associate\",\"email\":\"jo@backoffice.test\",\"areaId\":\"public-service-reform\","
                        + "\"costDayRatePence\":40000,\"chargeDayRatePence\":60000,\"from\":\"2017-04-01\"}");
        assertThat(associate.status()).as(associate.body()).isEqualTo(201);
        long associateId = associate.json().get("id").asLong();
        Api.Answer raised = Api.post(
                "/api/v1/staff/talent-bank/associates/" + associateId + "/rates",
                staff,
                "{\"from\":\"2018-04-01\",\"costDayRatePence\":45000,\"chargeDayRatePence\":70000}");
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        assertThat(raised.json().get("rates")).hasSize(2);
        assertThat(raised.json().get("chargeDayRatePence").asLong()).isEqualTo(70000);

        Api.Answer work = Api.post(
                "/api/v1/staff/talent-bank/councils/essex/past-work",
                staff,
                "{\"serviceId\":" + service.json().get("id").asLong() + ",\"associateId\":" + associateId
                        + ",\"scope\":\"Customer services review\",\"startOn\":\"2017-07-03\","
                        + "\"endOn\":\"2017-09-29\",\"days\":10.5,\"invoiceReference\":\"AGR-2017-0412\","
                        + "\"source\":\"Agresso invoice\"}");
        assertThat(work.status()).as(work.body()).isEqualTo(201);
        assertThat(work.json().get("chargePence").asLong()).isEqualTo(630000);
        assertThat(work.json().get("costPence").asLong()).isEqualTo(420000);

        JsonNode profit = figure("talent-bank-gross-profit", Map.of("area", "public-service-reform"), TargetType.MONEY);
        assertThat(profit.get("value").decimalValue()).isEqualByComparingTo("210000");
        assertThat(profit.get("rag").asText()).isEqualTo("GREEN");
        assertThat(profit.get("evidence").get(0).get("label").asText())
                .contains("Entered by ", "from Agresso invoice", "invoice AGR-2017-0412");
        assertThat(profit.get("evidence").get(0).get("detail").asText()).isEqualTo("£2,100.00 gross profit");

        Api.Answer fee =
                Api.put("/api/v1/staff/membership-fees/2011-12/DISTRICT", staff, "{\"feePence\":325000,\"vatRate\":0}");
        assertThat(fee.status()).as(fee.body()).isEqualTo(200);
        assertThat(Api.get("/api/v1/staff/membership-fees?year=2011-12", staff).json())
                .hasSize(1);
        assertThat(auditCount("talent-bank.%")).isEqualTo(4);
        assertThat(auditCount("billing.membership-fee.set")).isEqualTo(1);
    }

    @Test
    void talent_bank_work_entered_for_the_wrong_council_is_withdrawn_leaving_the_figures_and_its_requests() {
        long serviceId = Api.post(
                        "/api/v1/staff/talent-bank/services",
                        staff,
                        "{\"areaId\":\"public-service-reform\",\"name\":\"Test back-office wrong council\","
                                + "\"description\":\"Interim support\",\"indicativeDayRatePence\":65000}")
                .json()
                .get("id")
                .asLong();
        long associateId = Api.post(
                        "/api/v1/staff/talent-bank/associates",
                        staff,
                        "{\"name\":\"Test Associate\",\"email\":\"wrong@backoffice.test\","
                                + "\"areaId\":\"public-service-reform\",\"costDayRatePence\":40000,"
                                + "\"chargeDayRatePence\":60000,\"from\":\"2017-04-01\"}")
                .json()
                .get("id")
                .asLong();
        String work = "{\"serviceId\":" + serviceId + ",\"associateId\":" + associateId
                + ",\"scope\":\"Interim head of HR\",\"startOn\":\"2017-07-03\",\"endOn\":\"2017-07-14\","
                + "\"days\":10,\"source\":\"Agresso invoice\"}";
        Api.Answer wrong = Api.post("/api/v1/staff/talent-bank/councils/norwich/past-work", staff, work);
        assertThat(wrong.status()).as(wrong.body()).isEqualTo(201);
        long requestId = wrong.json().get("requestId").asLong();
        assertThat(wrong.json().get("councilName").asText()).isEqualTo("Norwich City Council");
        JsonNode before = figure("talent-bank-gross-profit", Map.of("area", "public-service-reform"), TargetType.MONEY);
        assertThat(before.get("value").decimalValue()).isEqualByComparingTo("200000");
        String officer = DemoTokens.accessToken("officer@norwich.demo");
        assertThat(Api.get("/api/v1/talent-bank/requests", officer).json()).hasSize(1);

        // a council's people, no token, an unknown id, a request made on the platform, no reason: refused, unchanged
        String withdraw = "/api/v1/staff/talent-bank/past-work/" + requestId + "/withdraw";
        refusedToOthersAndForUnknownIds(withdraw, "/api/v1/staff/talent-bank/past-work/999999999/withdraw");
        Api.Answer asked = Api.post(
                "/api/v1/talent-bank/requests",
                officer,
                "{\"serviceId\":" + serviceId + ",\"scope\":\"Help with a restructure\",\"startOn\":\""
                        + java.time.LocalDate.now().plusMonths(1) + "\",\"endOn\":\""
                        + java.time.LocalDate.now().plusMonths(2) + "\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(Api.post(
                                "/api/v1/staff/talent-bank/past-work/"
                                        + asked.json().get("id").asLong() + "/withdraw",
                                staff,
                                "{\"reason\":\"Not entered from paper\"}")
                        .status())
                .isEqualTo(404);
        refusedWithoutAReason(withdraw);
        assertThat(Race.count("select count(*) from talent_bank_request where withdrawn_by is not null"))
                .isZero();

        // 20 staff withdraw it at once: one does, the others are told it is withdrawn already
        withdrawnOnceOfTwenty(withdraw, "{\"reason\":\"Wrong council\"}");
        JsonNode listed = Api.get("/api/v1/staff/talent-bank/past-work", staff).json();
        assertThat(listed).hasSize(1);
        assertThat(Api.get("/api/v1/staff/talent-bank/past-work?councilId=norwich", staff)
                        .json())
                .hasSize(1);
        assertThat(Api.get("/api/v1/staff/talent-bank/past-work?councilId=essex", staff)
                        .json())
                .isEmpty();
        assertThat(listed.get(0).get("withdrawn").asText())
                .startsWith("Withdrawn by ")
                .endsWith(": Wrong council");
        JsonNode after = figure("talent-bank-gross-profit", Map.of("area", "public-service-reform"), TargetType.MONEY);
        assertThat(after.path("evidence")).isEmpty();
        assertThat(after.path("value").isMissingNode()
                        || after.path("value").isNull()
                        || after.path("value").decimalValue().signum() == 0)
                .isTrue();
        // gone from the council's requests and the pipeline; its history says why
        assertThat(Api.get("/api/v1/talent-bank/requests", officer).json())
                .extracting(r -> r.get("id").asLong())
                .containsExactly(asked.json().get("id").asLong());
        assertThat(Api.get("/api/v1/talent-bank/requests/" + requestId, officer).status())
                .isEqualTo(404);
        assertThat(Race.count("select count(*) from talent_bank_history where request_id = " + requestId
                        + " and note like 'Withdrawn by %: Wrong council'"))
                .isEqualTo(1);
        assertThat(auditCount("talent-bank.past-work.withdrawn")).isEqualTo(1);
        // the right council's work is entered and counts
        assertThat(Api.post("/api/v1/staff/talent-bank/councils/essex/past-work", staff, work)
                        .status())
                .isEqualTo(201);
        assertThat(figure("talent-bank-gross-profit", Map.of("area", "public-service-reform"), TargetType.MONEY)
                        .get("value")
                        .decimalValue())
                .isEqualByComparingTo("200000");
    }

    @Test
    void only_staff_enter_and_bad_input_is_a_plain_4xx_that_writes_nothing() {
        long summit = event("Test back-office attack summit", "SUMMIT", "2017-06-15T10:00:00");
        long future = event("Test back-office future summit", "SUMMIT", "2099-06-15T10:00:00");
        String forms = "{\"source\":\"paper form\",\"counts\":[{\"rating\":5,\"forms\":1}]}";
        String appraisal = "{\"requestedOn\":\"2017-05-02\",\"source\":\"paper\"}";
        for (String person : List.of("officer@norwich.demo", "leader@norwich.demo", "admin@essex.demo")) {
            String token = DemoTokens.accessToken(person);
            assertThat(Api.post("/api/v1/staff/events/" + summit + "/paper-evaluations", token, forms)
                            .status())
                    .isEqualTo(403);
            assertThat(Api.post("/api/v1/staff/appraisal-requests/councils/norwich/past", token, appraisal)
                            .status())
                    .isEqualTo(403);
            assertThat(Api.put("/api/v1/staff/membership-fees/2011-12/DISTRICT", token, "{\"feePence\":1}")
                            .status())
                    .isEqualTo(403);
            assertThat(Api.post(
                                    "/api/v1/staff/talent-bank/services",
                                    token,
                                    "{\"areaId\":\"procurement\",\"name\":\"Test back-office x\","
                                            + "\"description\":\"x\",\"indicativeDayRatePence\":1}")
                            .status())
                    .isEqualTo(403);
        }
        assertThat(Api.post("/api/v1/staff/events/" + summit + "/paper-evaluations", null, forms)
                        .status())
                .isEqualTo(401);

        List<Api.Answer> refused = new ArrayList<>();
        String url = "/api/v1/staff/events/" + summit + "/paper-evaluations";
        refused.add(Api.post(url, staff, "{\"source\":"));
        refused.add(Api.post(url, staff, "{\"source\":\"paper\",\"counts\":[{\"rating\":6,\"forms\":1}]}"));
        refused.add(Api.post(url, staff, "{\"source\":\"paper\",\"counts\":[{\"rating\":5,\"forms\":0}]}"));
        refused.add(Api.post(url, staff, "{\"source\":\"paper\",\"counts\":[{\"rating\":5,\"forms\":100001}]}"));
        refused.add(Api.post(url, staff, "{\"source\":\"\",\"counts\":[{\"rating\":5,\"forms\":1}]}"));
        refused.add(Api.post(
                url, staff, "{\"source\":\"" + "p".repeat(100_000) + "\",\"counts\":[{\"rating\":5,\"forms\":1}]}"));
        refused.add(Api.post(url, staff, "{\"source\":\"paper\\u0000\",\"counts\":[{\"rating\":5,\"forms\":1}]}"));
        refused.add(Api.post("/api/v1/staff/events/" + future + "/paper-evaluations", staff, forms));
        refused.add(Api.post("/api/v1/staff/events/999999999/paper-evaluations", staff, forms));
        refused.add(Api.post("/api/v1/staff/appraisal-requests/councils/atlantis/past", staff, appraisal));
        refused.add(Api.post(
                "/api/v1/staff/appraisal-requests/councils/norwich/past",
                staff,
                "{\"requestedOn\":\"2099-05-02\",\"source\":\"paper\"}"));
        refused.add(Api.post(
                "/api/v1/staff/appraisal-requests/councils/norwich/past",
                staff,
                "{\"requestedOn\":\"2017-05-02\",\"deliveredOn\":\"2017-04-01\",\"source\":\"paper\"}"));
        refused.add(Api.post(
                "/api/v1/staff/talent-bank/councils/norwich/past-work",
                staff,
                "{\"serviceId\":999999999,\"associateId\":999999999,\"scope\":\"x\",\"startOn\":\"2017-07-03\","
                        + "\"endOn\":\"2017-09-29\",\"days\":1,\"source\":\"paper\"}"));
        refused.add(Api.post(
                "/api/v1/staff/talent-bank/associates",
                staff,
                "{\"name\":\"X\",\"email\":\"not-an-address\",\"areaId\":\"procurement\",\"costDayRatePence\":1,"
                        + "\"chargeDayRatePence\":1}"));
        refused.add(Api.post(
                "/api/v1/staff/talent-bank/associates",
                staff,
                "{\"name\":\"X\",\"email\":\"x@backoffice.test\",\"areaId\":\"procurement\","
                        + "\"costDayRatePence\":-1,\"chargeDayRatePence\":1}"));
        refused.add(Api.put("/api/v1/staff/membership-fees/2011-12/PARISH", staff, "{\"feePence\":1}"));
        refused.add(Api.put("/api/v1/staff/membership-fees/2011/DISTRICT", staff, "{\"feePence\":1}"));
        refused.add(Api.put("/api/v1/staff/membership-fees/2011-12/DISTRICT", staff, "{\"feePence\":-5}"));
        for (Api.Answer answer : refused) {
            assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
            assertThat(answer.body()).doesNotContain("Exception", "SQL", "org.postgresql", "pppppppppp");
        }
        assertThat(Race.count("select count(*) from evaluation_paper_form")).isZero();
        assertThat(Race.count("select count(*) from billing_membership_fee where financial_year = '2011-12'"))
                .isZero();
        assertThat(Race.count("select count(*) from talent_bank_associate where email like '%@backoffice.test'"))
                .isZero();
        assertThat(Api.get("/api/openapi.yml", staff).body())
                .contains(
                        "/api/v1/staff/events/{meetingId}/paper-evaluations",
                        "/api/v1/staff/appraisal-requests/councils/{councilId}/past",
                        "/api/v1/staff/coaching/sessions/{id}/past-delegates",
                        "/api/v1/staff/talent-bank/councils/{councilId}/past-work",
                        "/api/v1/staff/talent-bank/associates/{id}/rates",
                        "/api/v1/staff/membership-fees/{year}/{kind}");
    }

    @Test
    void manual_values_from_csv_are_previewed_then_saved_all_or_nothing() throws Exception {
        long measure =
                figure(null, Map.of(), TargetType.PERCENT).get("measureId").asLong();
        String good = "measure_id,period,value,commentary\n" + measure + ",2017-18 Q1,85,From the e-bulletin log\n"
                + measure + ",2017-18 Q2,90,\"Twenty, as planned\"\n";
        Api.Answer preview = csv("/api/v1/measure-values/import?preview=true", staff, good);
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().get("rows")).hasSize(2);
        assertThat(preview.json().get("rows").get(0).get("rag").asText()).isEqualTo("GREEN");
        assertThat(preview.json().get("saved").asBoolean()).isFalse();
        assertThat(Race.count("select count(*) from measure_value where measure_id = " + measure))
                .isZero();

        String bad = good + measure + ",2017-18 Q5,70,Wrong quarter\n" + "999999999,2017-18 Q3,70,No measure\n"
                + "x,2017-18,1,Not a number\n";
        Api.Answer refused = csv("/api/v1/measure-values/import", staff, bad);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("errors").toString())
                .contains("Line 4:", "Line 5: there is no measure 999999999", "Line 6: measure_id");
        assertThat(refused.body()).doesNotContain("Exception", "SQL");
        assertThat(Race.count("select count(*) from measure_value where measure_id = " + measure))
                .isZero();

        Api.Answer saved = csv("/api/v1/measure-values/import", staff, good);
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat(Race.count("select count(*) from measure_value where measure_id = " + measure))
                .isEqualTo(2);
        assertThat(csv("/api/v1/measure-values/import", DemoTokens.accessToken("admin@norwich.demo"), good)
                        .status())
                .isEqualTo(403);
        assertThat(csv("/api/v1/measure-values/import", staff, "measure_id,period\n1,2017-18\n")
                        .status())
                .isEqualTo(422);
    }

    private static Api.Answer csv(String path, String bearer, String body) throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.base() + path))
                                .header("Authorization", "Bearer " + bearer)
                                .header("Content-Type", "text/csv")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        return new Api.Answer(response.statusCode(), response.body());
    }

    private long event(String title, String type, String startsAt) {
        Api.Answer planned = Api.post(
                "/api/v1/engagement/meetings",
                staff,
                "{\"eventType\":\"" + type + "\",\"title\":\"" + title + "\",\"startsAt\":\"" + startsAt
                        + "\",\"place\":\"Newmarket\",\"online\":false}");
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        return planned.json().get("id").asLong();
    }

    private JsonNode figure(String kind, Map<String, String> parameters, TargetType type) {
        try {
            TestDatabase.executeAsOwner("delete from framework where year_label = '" + FRAMEWORK_YEAR + "'");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        BigDecimal target = type == TargetType.PERCENT ? new BigDecimal("80") : BigDecimal.ZERO;
        long frameworkId = frameworks
                .create(
                        Fixtures.staff(),
                        new FrameworkDraft(
                                FRAMEWORK_YEAR,
                                "Test framework",
                                "test",
                                List.of(new ThemeDraft(
                                        "1",
                                        "Services",
                                        List.of(new OutcomeDraft(
                                                "1.1",
                                                "Councils are served",
                                                List.of(new ActionDraft(
                                                        "1.1.1",
                                                        "Back-office records",
                                                        null,
                                                        ServiceArea.CORE,
                                                        null,
                                                        List.of(
                                                                new MeasureDraft(
                                                                        "Measured from records entered by staff",
                                                                        type,
                                                                        target,
                                                                        null,
                                                                        null,
                                                                        null,
                                                                        "Annual",
                                                                        "Records",
                                                                        null,
                                                                        type == TargetType.MONEY
                                                                                ? Direction.ABOVE_TARGET
                                                                                : Direction.HIGHER_IS_BETTER,
                                                                        new BigDecimal("5"),
                                                                        kind,
                                                                        parameters,
                                                                        null))))))))))
                .id();
        Api.Answer figures = Api.get("/api/v1/frameworks/" + frameworkId + "/figures?period=2017-18", staff);
        assertThat(figures.status()).as(figures.body()).isEqualTo(200);
        return figures.json().get(0);
    }

    @Test
    void a_survey_return_entered_for_the_wrong_council_is_withdrawn_and_the_council_counts_as_not_responded() {
        long[] created = publishedSurvey("Test back-office survey withdrawn from", "2026-01-05", "2099-01-05");
        long survey = created[0];
        String yes = "{\"source\":\"email from the council\",\"answers\":[{\"questionId\":" + created[1]
                + ",\"values\":[\"Yes\"]}]}";
        Api.Answer wrong = Api.post("/api/v1/surveys/" + survey + "/returns/norwich", staff, yes);
        assertThat(wrong.status()).as(wrong.body()).isEqualTo(201);
        long id = wrong.json().get("responseId").asLong();
        // Cambridge answers on the platform itself
        String cambridge = DemoTokens.accessToken("officer@cambridge.demo");
        Api.Answer own = Api.put(
                "/api/v1/council/surveys/" + survey + "/response",
                cambridge,
                "{\"submit\":true,\"answers\":[{\"questionId\":" + created[1] + ",\"values\":[\"No\"]}]}");
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(Api.get("/api/v1/surveys/" + survey + "/results", staff)
                        .json()
                        .get("councilsResponded")
                        .asInt())
                .isEqualTo(2);

        // a council's people, no token, an unknown id, the council's own response, no reason: refused, unchanged
        String withdraw = "/api/v1/surveys/returns/" + id + "/withdraw";
        refusedToOthersAndForUnknownIds(withdraw, "/api/v1/surveys/returns/999999999/withdraw");
        long ownId =
                Race.count("select id from survey_response where tenant_id = 'cambridge' and survey_id = " + survey);
        assertThat(Api.post("/api/v1/surveys/returns/" + ownId + "/withdraw", staff, "{\"reason\":\"Not ours\"}")
                        .status())
                .isEqualTo(404);
        refusedWithoutAReason(withdraw);
        assertThat(Race.count("select count(*) from survey_response where status = 'WITHDRAWN'"))
                .isZero();

        // 20 staff withdraw it at once: one does, the others are told it is withdrawn already
        withdrawnOnceOfTwenty(withdraw, "{\"reason\":\"Wrong council\"}");
        JsonNode listed = Api.get("/api/v1/surveys/returns", staff).json();
        JsonNode mine = null;
        for (JsonNode r : listed) {
            if (r.get("responseId").asLong() == id) {
                mine = r;
            }
        }
        assertThat(mine).isNotNull();
        // one survey's returns: this one's only, and none of a survey with no returns entered
        assertThat(Api.get("/api/v1/surveys/returns?surveyId=" + survey, staff).json())
                .extracting(r -> r.get("responseId").asLong())
                .containsExactly(id);
        assertThat(Api.get("/api/v1/surveys/returns?surveyId=999999999", staff).json())
                .isEmpty();
        assertThat(Api.get("/api/v1/surveys/returns?surveyId=x", staff).status())
                .isEqualTo(400);
        assertThat(Api.get("/api/v1/surveys/returns", DemoTokens.accessToken("admin@norwich.demo"))
                        .status())
                .isEqualTo(403);
        assertThat(mine.get("councilName").asText()).isEqualTo("Norwich City Council");
        assertThat(mine.get("withdrawn").asText()).startsWith("Withdrawn by ").endsWith(": Wrong council");
        // no figure counts it: the results and the response rate count Cambridge's own response only
        JsonNode results =
                Api.get("/api/v1/surveys/" + survey + "/results", staff).json();
        assertThat(results.get("councilsResponded").asInt()).isEqualTo(1);
        assertThat(results.get("submittedResponses").asInt()).isEqualTo(1);
        results.get("councils").forEach(c -> {
            if (c.get("councilId").asText().equals("norwich")) {
                assertThat(c.get("status").asText()).isEqualTo("NOT_STARTED");
            }
        });
        assertThat(Api.get("/api/v1/surveys/" + survey + "/export.csv", staff).body())
                .contains("Cambridge")
                .doesNotContain("Norwich");
        // Norwich has not responded: it sees the survey to answer, and the right return can now be entered
        String norwich = DemoTokens.accessToken("officer@norwich.demo");
        assertThat(Api.get("/api/v1/council/surveys/" + survey + "/response", norwich)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("NOT_STARTED");
        assertThat(Api.post("/api/v1/surveys/" + survey + "/returns/norwich", staff, yes)
                        .status())
                .isEqualTo(201);
        assertThat(Race.count("select count(*) from survey_response where survey_id = " + survey))
                .isEqualTo(3);
        assertThat(auditCount("survey.return-withdrawn")).isEqualTo(1);
    }

    /** A published survey of one required yes-or-no question, open between the days given: its id and question's. */
    private long[] publishedSurvey(String title, String opens, String closes) {
        Api.Answer created = Api.post(
                "/api/v1/surveys",
                staff,
                "{\"title\":\"" + title + "\",\"kind\":\"PERCEPTION\","
                        + "\"audience\":\"ALL_COUNCILS\",\"mode\":\"PER_COUNCIL\",\"anonymous\":false,"
                        + "\"opensAt\":\"" + opens + "T08:00:00Z\",\"closesAt\":\"" + closes + "T08:00:00Z\","
                        + "\"sections\":[{\"title\":\"One\",\"questions\":[{\"text\":\"Satisfied?\","
                        + "\"type\":\"YES_NO\",\"required\":true}]}]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long survey = created.json().get("id").asLong();
        assertThat(Api.post("/api/v1/surveys/" + survey + "/publish", staff).status())
                .isEqualTo(200);
        long question = Surveys.firstQuestionId(survey, staff);
        return new long[] {survey, question};
    }

    /**
     * A council's people (403) and a caller with no token (401) cannot withdraw what staff entered, and staff are
     * told an unknown entry is not found (404, at {@code unknown}).
     */
    private void refusedToOthersAndForUnknownIds(String withdraw, String unknown) {
        assertThat(Api.post(unknown, staff, "{\"reason\":\"Entered in error\"}").status())
                .isEqualTo(404);
        for (String person : List.of("admin@norwich.demo", "leader@cambridge.demo", "officer@norwich.demo")) {
            assertThat(Api.post(withdraw, DemoTokens.accessToken(person), "{\"reason\":\"Entered in error\"}")
                            .status())
                    .as(person)
                    .isEqualTo(403);
        }
        assertThat(Api.post(withdraw, null, "{\"reason\":\"Entered in error\"}").status())
                .isEqualTo(401);
    }

    /** An empty, missing or huge reason is a plain 4xx that shows nothing of the platform's insides. */
    private void refusedWithoutAReason(String withdraw) {
        for (String body : List.of("{\"reason\":\"  \"}", "{}", "{\"reason\":\"" + "x".repeat(20_000) + "\"}")) {
            Api.Answer refused = Api.post(withdraw, staff, body);
            assertThat(refused.status()).isBetween(400, 422);
            assertThat(refused.body()).doesNotContain("Exception", "SQL", "xxxxxxxxxx");
        }
    }

    /** Twenty staff withdraw the same entry at once: one does, the others are told it is withdrawn already. */
    private void withdrawnOnceOfTwenty(String withdraw, String body) {
        List<Api.Answer> answers = Race.run(() -> Api.post(withdraw, staff, body));
        assertThat(Race.statuses(answers)).isEqualTo(Map.of(200, 1L, 409, 19L));
    }

    private static long auditCount(String action) {
        return Race.count("select count(*) from audit_event where action like '" + action + "'");
    }
}
