package uk.org.eelga.platform.framework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.Surveys;

/**
 * Issue 14, "done when": on a fresh install (the production migrations only, no demo records, in a database of its
 * own that this test empties and migrates), association staff enter 2017-18 as the seed document's monitoring column
 * describes it, through the API only: the groups' real memberships and roles, each meeting on its date with its
 * attendance, the reception with its 102 expected, events with their paper evaluation forms, the perception survey's
 * returns entered on the councils' behalf, a coaching cohort's past delegates, 2017's appraisal support, Talent Bank
 * work and a manual value. Then each live measure the document reports a figure for shows that figure and its RAG,
 * computed from those records (never typed in), and its records link lists the records entered.
 */
@PlatformIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FreshInstallYearIT implements TestPropertyProvider {

    static final String PERIOD = "2017-18";
    static final Pattern SEATS = Pattern.compile("(\\d+) of (\\d+) seats? attended");

    @Inject
    ManualValues manualValues;

    String staff;
    final Map<String, JsonNode> actions = new LinkedHashMap<>();

    /**
     * A database of its own, emptied and migrated with the production locations only (as a fresh install is): the
     * suite's shared test database carries the demo records, this one must not.
     */
    @Override
    public Map<String, String> getProperties() {
        String url = "jdbc:postgresql://127.0.0.1:" + env("PG_PORT", "55432") + "/"
                + env("PG_FRESH_TEST_DATABASE", "eelga_fresh_test");
        Flyway.configure()
                .dataSource(url, "eelga_owner", env("PG_OWNER_PASSWORD", "eelga-owner-dev"))
                .cleanDisabled(false)
                .load()
                .clean();
        return Map.of("datasources.default.url", url, "eelga.database.demo-data", "false");
    }

    @Test
    void staff_run_2017_18_on_a_fresh_install_and_every_reported_figure_comes_out_of_their_records() {
        staff = DemoTokens.accessToken("staff@eelga.demo");

        // a fresh install: the 52 councils and the shipped frameworks, no demo records
        assertThat(Api.get("/api/v1/councils", staff).json()).hasSize(52);
        assertThat(Api.get("/api/v1/engagement/meetings?period=" + PERIOD, staff)
                        .json())
                .isEmpty();
        long framework = frameworkOf(PERIOD);
        readActions(framework);
        assertThat(actions).containsKeys("1.1.3", "1.1.5", "3.1.7", "3.4.4");
        Map<Long, JsonNode> before = figures(framework);
        assertThat(before.get(measure("1.1.3", 0)).get("status").asText()).isEqualTo("NO_FIGURE_YET");
        assertThat(before.get(measure("3.4.4", 0)).get("status").asText()).isEqualTo("NO_FIGURE_YET");

        List<Reported> reported = new ArrayList<>();

        // 1.1.2 Assembly: every council's leader, 5 July 2017 and 26 January 2018; 67% (70 of 104 seats)
        long assembly = groupId("assembly");
        List<String> assemblyMeetings = List.of("Assembly 5 July 2017", "Assembly 26 January 2018");
        attend(meeting(assembly, assemblyMeetings.get(0), "2017-07-05T10:30:00"), 35);
        attend(meeting(assembly, assemblyMeetings.get(1), "2018-01-26T10:30:00"), 35);
        reported.add(Reported.seats("1.1.2", 67, 70, 104, "GREEN", List.of()));

        // 1.1.3 Management Committee: ten named member councils all year, three meetings; 87% (26 of 30)
        long committee = groupId("management-committee");
        List<String> committeeMembers = List.of(
                "cambridgeshire",
                "essex",
                "hertfordshire",
                "norfolk",
                "suffolk",
                "bedford",
                "luton",
                "peterborough",
                "southend",
                "thurrock");
        for (String council : committeeMembers) {
            member(committee, council);
        }
        List<String> committeeMeetings = List.of(
                "Management Committee 2 June 2017",
                "Management Committee 28 September 2017",
                "Management Committee 7 December 2017");
        attend(meeting(committee, committeeMeetings.get(0), "2017-06-02T10:00:00"), 9);
        attend(meeting(committee, committeeMeetings.get(1), "2017-09-28T10:00:00"), 8);
        attend(meeting(committee, committeeMeetings.get(2), "2017-12-07T10:00:00"), 9);
        reported.add(Reported.seats("1.1.3", 87, 26, 30, "GREEN", committeeMembers));

        // 1.1.5 the reception at the LGA conference: each council's leader and chief executive, two councils with no
        // chief executive that year; 70% (71 of 102). Nothing measures it on a fresh install: staff create the group
        // and bind the measure to it.
        Api.Answer reception = Api.post(
                "/api/v1/engagement/groups",
                staff,
                "{\"code\":\"lga-reception\",\"name\":\"Reception at the LGA conference\",\"audience\":\"ALL_COUNCILS\","
                        + "\"roles\":[{\"role\":\"LEADER\",\"seats\":1},{\"role\":\"CHIEF_EXECUTIVE\",\"seats\":1}],"
                        + "\"meetingsPerYear\":1}");
        assertThat(reception.status()).as(reception.body()).isEqualTo(201);
        long receptionEvent = meeting(
                reception.json().get("group").get("id").asLong(),
                "Annual reception at the LGA conference 4 July 2017",
                "2017-07-04T18:00:00");
        assertThat(expectedSeats(receptionEvent)).isEqualTo(104);
        for (String council : List.of("luton", "thurrock")) {
            Api.Answer vacancy = Api.post(
                    "/api/v1/engagement/meetings/" + receptionEvent + "/seat-exceptions",
                    staff,
                    "{\"councilId\":\"" + council
                            + "\",\"role\":\"CHIEF_EXECUTIVE\",\"reason\":\"No chief executive in post in 2017\"}");
            assertThat(vacancy.status()).as(vacancy.body()).isEqualTo(201);
        }
        assertThat(expectedSeats(receptionEvent)).isEqualTo(102);
        attend(receptionEvent, 71);
        bind(measure("1.1.5", 0), "group-attendance", Map.of("group", "lga-reception"));
        reported.add(Reported.seats("1.1.5", 70, 71, 102, "GREEN", List.of("luton", "thurrock")));

        // 1.3.2 Improvement and Efficiency Panel: twelve members, three meetings held, 7 December cancelled; 69%
        long panel = groupId("improvement-efficiency-panel");
        List<String> panelMembers = List.of(
                "essex",
                "norfolk",
                "central-bedfordshire",
                "peterborough",
                "colchester",
                "broadland",
                "dacorum",
                "huntingdonshire",
                "mid-suffolk",
                "basildon",
                "watford",
                "fenland");
        for (String council : panelMembers) {
            member(panel, council);
        }
        List<String> panelMeetings = List.of(
                "Improvement and Efficiency Panel 20 June 2017",
                "Improvement and Efficiency Panel 28 September 2017",
                "Improvement and Efficiency Panel 15 March 2018");
        attend(meeting(panel, panelMeetings.get(0), "2017-06-20T10:00:00"), 9);
        attend(meeting(panel, panelMeetings.get(1), "2017-09-28T14:00:00"), 8);
        attend(meeting(panel, panelMeetings.get(2), "2018-03-15T10:00:00"), 8);
        cancel(meeting(panel, "Improvement and Efficiency Panel 7 December 2017", "2017-12-07T14:00:00"));
        reported.add(Reported.seats("1.3.2", 69, 25, 36, "GREEN", panelMembers));

        // 2.1.1 Growth and Infrastructure Group: eleven members, four meetings; 91% (40 of 44)
        long growth = groupId("growth-infrastructure");
        List<String> growthMembers = List.of(
                "cambridgeshire",
                "essex",
                "hertfordshire",
                "norfolk",
                "suffolk",
                "bedford",
                "central-bedfordshire",
                "luton",
                "peterborough",
                "southend",
                "thurrock");
        for (String council : growthMembers) {
            member(growth, council);
        }
        List<String> growthMeetings = List.of(
                "Growth and Infrastructure Group 29 June 2017",
                "Growth and Infrastructure Group 26 September 2017",
                "Growth and Infrastructure Group 11 January 2018",
                "Growth and Infrastructure Group 19 March 2018");
        attend(meeting(growth, growthMeetings.get(0), "2017-06-29T10:00:00"), 10);
        attend(meeting(growth, growthMeetings.get(1), "2017-09-26T10:00:00"), 10);
        attend(meeting(growth, growthMeetings.get(2), "2018-01-11T10:00:00"), 10);
        attend(meeting(growth, growthMeetings.get(3), "2018-03-19T10:00:00"), 10);
        reported.add(Reported.seats("2.1.1", 91, 40, 44, "GREEN", growthMembers));

        // 2.1.2 Wider South East Political Steering Group: 21 July 2017 and 21 March 2018, 100% from the East
        long wse = groupId("wse-steering");
        List<String> wseMembers =
                List.of("essex", "hertfordshire", "cambridgeshire", "thurrock", "luton", "central-bedfordshire");
        for (String council : wseMembers) {
            member(wse, council);
        }
        List<String> wseMeetings = List.of(
                "Wider South East Steering Group 21 July 2017", "Wider South East Steering Group 21 March 2018");
        attend(meeting(wse, wseMeetings.get(0), "2017-07-21T10:00:00"), 6);
        attend(meeting(wse, wseMeetings.get(1), "2018-03-21T10:00:00"), 6);
        reported.add(Reported.seats("2.1.2", 100, 12, 12, "GREEN", wseMembers));

        // 3.1.1 Local Government Employers' Panel: ten appointed members, 26 October 2017 and 21 February 2018; 70%
        long employers = groupId("employers-panel");
        List<String> employersMembers = List.of(
                "cambridgeshire",
                "essex",
                "hertfordshire",
                "norfolk",
                "suffolk",
                "luton",
                "southend",
                "norwich",
                "ipswich",
                "watford");
        for (String council : employersMembers) {
            member(employers, council);
        }
        List<String> employersMeetings =
                List.of("Employers' Panel and AGM 26 October 2017", "Employers' Panel 21 February 2018");
        attend(meeting(employers, employersMeetings.get(0), "2017-10-26T10:00:00"), 7);
        attend(meeting(employers, employersMeetings.get(1), "2018-02-21T10:00:00"), 7);
        reported.add(Reported.seats("3.1.1", 70, 14, 20, "GREEN", employersMembers));

        // 3.1.5 Finance and Resources Lead Members, 5 January 2018: 7 of 52 members attended (13%)
        List<String> financeMeeting = List.of("Finance and Resources Lead Members 5 January 2018");
        attend(meeting(groupId("finance-lead-members"), financeMeeting.get(0), "2018-01-05T10:00:00"), 7);
        reported.add(Reported.seats("3.1.5", 13, 7, 52, "RED", List.of()));

        // 4.1.1 Adult Social Care lead members: October 2017 6 of 11, January 2018 7 of 11 (13 of 22, 59%)
        long adults = groupId("adult-social-care-network");
        List<String> adultMeetings = List.of(
                "Adult Social Care lead members at NCAS October 2017",
                "Adult Social Care lead members with Directors January 2018");
        attend(meeting(adults, adultMeetings.get(0), "2017-10-12T10:00:00"), 6);
        attend(meeting(adults, adultMeetings.get(1), "2018-01-18T10:00:00"), 7);
        reported.add(Reported.seats("4.1.1", 59, 13, 22, "AMBER", List.of()));

        // 4.1.2 Integration Network: 3 March 2017 (the year before) and 25 May 2017, 6 of 11 councils each (55%)
        long integration = groupId("integration-network");
        attend(meeting(integration, "Integration Network 3 March 2017", "2017-03-03T10:00:00"), 6);
        List<String> integrationMeeting = List.of("Integration Network 25 May 2017");
        attend(meeting(integration, integrationMeeting.get(0), "2017-05-25T10:00:00"), 6);
        // the document rounds 6 of 11 to 55%; the RAG rule rates the exact 54.55%, below the amber band (55 to 60)
        reported.add(Reported.seats("4.1.2", 55, 6, 11, "RED", List.of()));

        // 4.3.1 Health and Wellbeing Board Chairs: the only meeting was cancelled, so no figure (not a red 0%)
        cancel(meeting(groupId("hwb-chairs"), "Health and Wellbeing Board Chairs' Network", "2017-11-14T10:00:00"));

        // 5.1.1 European and International Forum: ten members, December 2017, 60%
        long europe = groupId("european-forum");
        List<String> europeMembers = List.of(
                "essex",
                "norfolk",
                "suffolk",
                "hertfordshire",
                "cambridgeshire",
                "southend",
                "norwich",
                "colchester",
                "great-yarmouth",
                "luton");
        for (String council : europeMembers) {
            member(europe, council);
        }
        List<String> europeMeeting = List.of("European and International Forum December 2017");
        attend(meeting(europe, europeMeeting.get(0), "2017-12-08T10:00:00"), 6);
        reported.add(Reported.seats("5.1.1", 60, 6, 10, "GREEN", europeMembers));

        // 1.1.1 the customer perception survey: returns from 27 councils, sent by email and entered on their behalf
        long survey = perceptionSurvey();
        long question = Surveys.firstQuestionId(survey, staff);
        List<String> councils = new ArrayList<>();
        Api.get("/api/v1/councils", staff)
                .json()
                .forEach(c -> councils.add(c.get("id").asText()));
        List<String> returned = councils.subList(0, 27);
        for (String council : returned) {
            Api.Answer entered = Api.post(
                    "/api/v1/surveys/" + survey + "/returns/" + council,
                    staff,
                    "{\"receivedOn\":\"2017-06-20\",\"source\":\"email from the council\",\"answers\":"
                            + "[{\"questionId\":" + question + ",\"values\":[\"Yes\"]}]}");
            assertThat(entered.status()).as(entered.body()).isEqualTo(201);
        }
        reported.add(new Reported("1.1.1", 2, 27, null, null, null, List.of("email from the council")));

        // 1.1.1 all 52 councils in membership (the fresh install's councils)
        reported.add(new Reported("1.1.1", 0, 100, 52, 52, "GREEN", List.of()));

        // 3.1.7 the Finance Summit of 15 June 2017: 34 paper forms, 27 good or above (79%); measured on its own
        long summit = event("SUMMIT", "Finance Summit 15 June 2017", "2017-06-15T09:30:00");
        paperForms(
                summit,
                "{\"rating\":5,\"forms\":12},{\"rating\":4,\"forms\":15},{\"rating\":3,\"forms\":5},"
                        + "{\"rating\":2,\"forms\":2}");
        bind(measure("3.1.7", 0), "evaluations-rated-good", Map.of("event", String.valueOf(summit)));
        reported.add(new Reported("3.1.7", 0, 79, 27, 34, "AMBER", List.of("Finance Summit 15 June 2017")));

        // 3.4.2 the apprenticeship event of 5 February 2018: every form good or above (100%)
        long apprenticeship = event("WORKSHOP", "Apprenticeship event 5 February 2018", "2018-02-05T09:30:00");
        paperForms(apprenticeship, "{\"rating\":5,\"forms\":14},{\"rating\":4,\"forms\":6}");
        reported.add(new Reported(
                actionOf("evaluations-rated-good", "titleContains"),
                indexOf("evaluations-rated-good", "titleContains"),
                100,
                20,
                20,
                "GREEN",
                List.of("Apprenticeship event 5 February 2018")));

        // 3.1.3 the Heads of HR conference happened, but no evaluation forms were kept: no figure yet
        event("CONFERENCE", "Heads of HR Conference 26 June 2017", "2017-06-26T09:30:00");

        // 3.4.3 coaching in the workplace for senior managers, cohort 5: 12 delegates from 8 authorities
        List<String> cohortCouncils = List.of(
                "norwich",
                "norwich",
                "ipswich",
                "ipswich",
                "essex",
                "essex",
                "suffolk",
                "suffolk",
                "luton",
                "cambridge",
                "peterborough",
                "colchester");
        long session = coachingSession();
        for (int i = 0; i < cohortCouncils.size(); i++) {
            String council = cohortCouncils.get(i);
            Api.Answer delegate = Api.post(
                    "/api/v1/staff/coaching/sessions/" + session + "/past-delegates",
                    staff,
                    "{\"councilId\":\"" + council + "\",\"delegateName\":\"Delegate " + i + "\",\"delegateEmail\":"
                            + "\"delegate" + i + "@" + council + ".demo\",\"attended\":true,\"completed\":true,"
                            + "\"source\":\"cohort 5 register\"}");
            assertThat(delegate.status()).as(delegate.body()).isEqualTo(201);
        }
        reported.add(new Reported("3.4.3", 0, 8, null, null, null, List.of("cohort 5 register")));

        // 3.4.4 eleven councils supported with their chief executive's appraisal in 2017, every request delivered
        List<String> appraised = List.of(
                "bedford",
                "braintree",
                "broxbourne",
                "castle-point",
                "dacorum",
                "fenland",
                "harlow",
                "maldon",
                "rochford",
                "stevenage",
                "waveney");
        for (int i = 0; i < appraised.size(); i++) {
            Api.Answer entered = Api.post(
                    "/api/v1/staff/appraisal-requests/councils/" + appraised.get(i) + "/past",
                    staff,
                    "{\"requestedOn\":\"2017-0" + (4 + i % 5) + "-1" + (i % 9) + "\",\"deliveredOn\":\"2017-"
                            + (10 + i % 3) + "-2" + (i % 8) + "\",\"adviser\":\"Martin Hill\","
                            + "\"source\":\"the 2017 appraisal spreadsheet\"}");
            assertThat(entered.status()).as(entered.body()).isEqualTo(201);
        }
        reported.add(new Reported("3.4.4", 0, 100, 11, 11, "GREEN", List.of("the 2017 appraisal spreadsheet")));

        // 3.2.1 Talent Bank work delivered before the platform: the catalogue, an associate's dated rates, the work
        Api.Answer service = Api.post(
                "/api/v1/staff/talent-bank/services",
                staff,
                "{\"areaId\":\"public-service-reform\",\"name\":\"Service redesign\","
                        + "\"description\":\"Redesign of council services\",\"indicativeDayRatePence\":65000}");
        assertThat(service.status()).as(service.body()).isEqualTo(201);
        Api.Answer associate = Api.post(
                "/api/v1/staff/talent-bank/associates",
                staff,
                "{\"name\":\"Jo Associate\",\"email\":\"jo@associates.example\",\"areaId\":\"public-service-reform\","
                        + "\"costDayRatePence\":40000,\"chargeDayRatePence\":60000,\"from\":\"2017-04-01\"}");
        assertThat(associate.status()).as(associate.body()).isEqualTo(201);
        Api.Answer work = Api.post(
                "/api/v1/staff/talent-bank/councils/essex/past-work",
                staff,
                "{\"serviceId\":" + service.json().get("id").asLong() + ",\"associateId\":"
                        + associate.json().get("id").asLong() + ",\"scope\":\"Customer services review\","
                        + "\"startOn\":\"2017-07-03\",\"endOn\":\"2017-09-29\",\"days\":10.5,"
                        + "\"invoiceReference\":\"AGR-2017-0412\",\"source\":\"Agresso invoice\"}");
        assertThat(work.status()).as(work.body()).isEqualTo(201);

        // 1.2.2 a manual measure: two visits of the LGA's senior people, entered and accepted
        long visits = measure("1.2.2", 0);
        Api.Answer value = Api.post(
                "/api/v1/measures/" + visits + "/values",
                staff,
                "{\"period\":\"2017-18\",\"value\":\"2\",\"commentary\":\"13 April 2017 with chief finance officers;"
                        + " Mark Lloyd at the Chief Executives Forum on 16 June 2017\"}");
        assertThat(value.status()).as(value.body()).isEqualTo(201);
        manualValues.accept(Fixtures.associationAdmin(), value.json().get("id").asLong());

        // every reported figure comes out of the records, with its RAG, and its records link lists them
        Map<Long, JsonNode> after = figures(framework);
        dump(after);
        SoftAssertions soft = new SoftAssertions();
        List<String> shown = new ArrayList<>();
        for (Reported r : reported) {
            long id = measure(r.action(), r.index());
            JsonNode figure = after.get(id);
            String what = r.action() + " "
                    + figure.toString()
                            .substring(0, Math.min(600, figure.toString().length()));
            soft.assertThat(figure.get("status").asText()).as(what).isEqualTo("FIGURE");
            soft.assertThat(figure.get("source").asText()).as(what).isEqualTo("LIVE");
            if (figure.get("value").isNull()) {
                continue;
            }
            soft.assertThat(figure.get("value").decimalValue().setScale(0, RoundingMode.HALF_UP))
                    .as(what)
                    .isEqualByComparingTo(BigDecimal.valueOf(r.figure()));
            if (r.numerator() != null) {
                soft.assertThat(figure.get("numerator").asLong()).as(what).isEqualTo(r.numerator());
                soft.assertThat(figure.get("denominator").asLong()).as(what).isEqualTo(r.denominator());
            }
            if (r.rag() != null) {
                soft.assertThat(figure.get("rag").asText()).as(what).isEqualTo(r.rag());
            }
            Api.Answer records = Api.get(figure.get("records").asText(), staff);
            soft.assertThat(records.status()).as(what).isEqualTo(200);
            JsonNode evidence = records.json().get("evidence");
            soft.assertThat(evidence).as(what).isEqualTo(figure.get("evidence")).isNotEmpty();
            String listed = evidence.toString();
            for (String entered : r.records()) {
                soft.assertThat(listed).as(what).contains(entered);
            }
            if (r.seats()) {
                // the records behind an attendance figure are each council's seats attended of expected
                long attended = 0;
                long expected = 0;
                for (JsonNode row : evidence) {
                    Matcher seats = SEATS.matcher(row.get("detail").asText());
                    soft.assertThat(seats.find()).as(what + " " + row).isTrue();
                    attended += Long.parseLong(seats.group(1));
                    expected += Long.parseLong(seats.group(2));
                }
                soft.assertThat(attended).as(what).isEqualTo(r.numerator());
                soft.assertThat(expected).as(what).isEqualTo(r.denominator());
            }
            shown.add(r.action() + " " + figure.get("display").asText());
        }
        soft.assertAll();
        assertThat(shown).hasSizeGreaterThanOrEqualTo(15);
        // the Management Committee's 87% and the reception's 70%, as the document reports them
        assertThat(after.get(measure("1.1.3", 0)).get("display").asText()).isEqualTo("87%");
        assertThat(after.get(measure("1.1.5", 0)).get("display").asText()).isEqualTo("70%");
        // the records entered from paper say so in the records behind the figures
        assertThat(after.get(measure("3.4.4", 0)).get("evidence").toString())
                .contains("Entered by ", "from the 2017 appraisal spreadsheet");
        assertThat(after.get(measure("3.1.7", 0)).get("evidence").toString()).contains("Entered by ", "paper form");

        // Talent Bank work entered from an invoice shows as income, green only above zero, traceable to the invoice
        JsonNode profit = after.get(measure("3.2.1", 0));
        assertThat(profit.get("value").decimalValue()).isEqualByComparingTo("210000");
        assertThat(profit.get("rag").asText()).isEqualTo("GREEN");
        assertThat(profit.get("evidence").toString()).contains("invoice AGR-2017-0412", "Agresso invoice");
        JsonNode commercial = after.get(measure("3.2.2", 0));
        assertThat(commercial.get("status").asText()).isEqualTo("NO_FIGURE_YET");
        assertThat(commercial.get("rag").asText()).isEqualTo("NOT_RATED");

        // measures with no records say "No figure yet", not rated: an evaluation measure whose event kept no forms,
        // a group whose only meeting was cancelled, and membership invoices paid before any invoicing run
        for (long id : List.of(measure("3.1.3", 0), measure("4.3.1", 0), measure("1.1.1", 1))) {
            JsonNode none = after.get(id);
            String action = String.valueOf(id);
            assertThat(none.get("status").asText()).as(action + " " + none).isEqualTo("NO_FIGURE_YET");
            assertThat(none.get("display").asText()).isEqualTo("No figure yet");
            assertThat(none.get("rag").asText()).isEqualTo("NOT_RATED");
            assertThat(none.path("value").isNull() || none.path("value").isMissingNode())
                    .as(action)
                    .isTrue();
            assertThat(Api.get(none.get("records").asText(), staff).json().path("evidence"))
                    .isEmpty();
        }

        // the manual value shows as accepted
        JsonNode manual = after.get(visits);
        assertThat(manual.get("source").asText()).isEqualTo("MANUAL");
        assertThat(manual.get("value").decimalValue()).isEqualByComparingTo("2");
        assertThat(manual.get("rag").asText()).isEqualTo("GREEN");
    }

    /**
     * A figure the seed document reports, with what must be listed behind it; for attendance ({@code seats}), each
     * council's seats attended of expected, which add up to the figure.
     */
    record Reported(
            String action,
            int index,
            int figure,
            Long numerator,
            Long denominator,
            String rag,
            List<String> records,
            boolean seats) {
        Reported(String action, int index, int figure, long numerator, long denominator, String rag, List<String> r) {
            this(action, index, figure, Long.valueOf(numerator), Long.valueOf(denominator), rag, r, false);
        }

        Reported(String action, int index, int figure, Long numerator, Long denominator, String rag, List<String> r) {
            this(action, index, figure, numerator, denominator, rag, r, false);
        }

        /** An attendance figure: the member councils (none for a group of every council) must be listed. */
        static Reported seats(
                String action, int figure, long attended, long expected, String rag, List<String> members) {
            return new Reported(
                    action,
                    0,
                    figure,
                    attended,
                    expected,
                    rag,
                    members.stream().map(c -> "\"councilId\":\"" + c + "\"").toList(),
                    true);
        }
    }

    /** The figures as the test saw them, for reading when it fails: target/fresh-install-figures.json. */
    private static void dump(Map<Long, JsonNode> figures) {
        try {
            java.nio.file.Files.writeString(
                    java.nio.file.Path.of("target", "fresh-install-figures.json"),
                    figures.values().toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long frameworkOf(String year) {
        for (JsonNode f : Api.get("/api/v1/frameworks", staff).json()) {
            if (f.get("year").asText().equals(year)) {
                return f.get("id").asLong();
            }
        }
        throw new AssertionError("No framework " + year + " on a fresh install");
    }

    private void readActions(long framework) {
        Api.Answer tree = Api.get("/api/v1/frameworks/" + framework, staff);
        assertThat(tree.status()).isEqualTo(200);
        for (JsonNode theme : tree.json().get("themes")) {
            for (JsonNode outcome : theme.get("outcomes")) {
                for (JsonNode action : outcome.get("actions")) {
                    actions.put(action.get("number").asText(), action);
                }
            }
        }
    }

    private long measure(String action, int index) {
        return actions.get(action).get("measures").get(index).get("id").asLong();
    }

    private String actionOf(String kind, String parameter) {
        for (Map.Entry<String, JsonNode> a : actions.entrySet()) {
            for (JsonNode m : a.getValue().get("measures")) {
                if (kind.equals(m.path("liveKind").asText())
                        && m.path("liveParameters").has(parameter)) {
                    return a.getKey();
                }
            }
        }
        throw new AssertionError("No measure of kind " + kind + " with " + parameter);
    }

    private int indexOf(String kind, String parameter) {
        JsonNode measures = actions.get(actionOf(kind, parameter)).get("measures");
        for (int i = 0; i < measures.size(); i++) {
            if (kind.equals(measures.get(i).path("liveKind").asText())
                    && measures.get(i).path("liveParameters").has(parameter)) {
                return i;
            }
        }
        throw new AssertionError(kind);
    }

    private Map<Long, JsonNode> figures(long framework) {
        Api.Answer answer = Api.get("/api/v1/frameworks/" + framework + "/figures?period=" + PERIOD, staff);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Map<Long, JsonNode> byMeasure = new LinkedHashMap<>();
        answer.json().forEach(f -> byMeasure.put(f.get("measureId").asLong(), f));
        return byMeasure;
    }

    /** Changes a measure's live binding through the API, keeping the rest of it as it is. */
    private void bind(long measureId, String kind, Map<String, String> parameters) {
        JsonNode m = Api.get("/api/v1/measures/" + measureId, staff).json();
        Map<String, Object> edit = new LinkedHashMap<>();
        edit.put("description", m.get("description").asText());
        edit.put("target", m.get("target").decimalValue());
        edit.put("frequency", m.get("frequency").asText());
        edit.put(
                "dataSource",
                m.path("dataSource").isTextual() ? m.get("dataSource").asText() : null);
        edit.put("direction", m.get("direction").asText());
        edit.put("tolerance", m.get("tolerance").decimalValue());
        edit.put("liveKind", kind);
        edit.put("liveParameters", parameters);
        Api.Answer changed = Api.putObject("/api/v1/measures/" + measureId, staff, edit);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("liveKind").asText()).isEqualTo(kind);
    }

    private long groupId(String code) {
        for (JsonNode g : Api.get("/api/v1/engagement/groups", staff).json()) {
            if (g.get("code").asText().equals(code)) {
                return g.get("id").asLong();
            }
        }
        throw new AssertionError("No group " + code + " on a fresh install");
    }

    private void member(long group, String council) {
        Api.Answer joined = Api.post(
                "/api/v1/engagement/groups/" + group + "/memberships",
                staff,
                "{\"councilId\":\"" + council + "\",\"from\":\"2017-04-01\"}");
        assertThat(joined.status()).as(joined.body()).isEqualTo(201);
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

    private long event(String type, String title, String startsAt) {
        Api.Answer planned = Api.post(
                "/api/v1/engagement/meetings",
                staff,
                "{\"eventType\":\"" + type + "\",\"title\":\"" + title + "\",\"startsAt\":\"" + startsAt
                        + "\",\"place\":\"Newmarket\",\"online\":false}");
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        return planned.json().get("id").asLong();
    }

    private void cancel(long meeting) {
        Api.Answer cancelled = Api.post(
                "/api/v1/engagement/meetings/" + meeting + "/cancel",
                staff,
                "{\"reason\":\"Low availability of members\"}");
        assertThat(cancelled.status()).as(cancelled.body()).isBetween(200, 204);
    }

    private long expectedSeats(long meeting) {
        Api.Answer answer = Api.get("/api/v1/engagement/meetings/" + meeting + "/seat-exceptions", staff);
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().get("expectedSeats").asLong();
    }

    /** Marks the first {@code present} expected seats present and the rest absent, from the attendance list. */
    private void attend(long meeting, int present) {
        JsonNode lines = Api.get("/api/v1/engagement/meetings/" + meeting + "/attendance", staff)
                .json()
                .get("lines");
        assertThat(lines.size()).isGreaterThanOrEqualTo(present);
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

    private void paperForms(long event, String counts) {
        Api.Answer entered = Api.post(
                "/api/v1/staff/events/" + event + "/paper-evaluations",
                staff,
                "{\"source\":\"paper form\",\"counts\":[" + counts + "]}");
        assertThat(entered.status()).as(entered.body()).isEqualTo(201);
    }

    private long perceptionSurvey() {
        Api.Answer created = Api.post(
                "/api/v1/surveys",
                staff,
                "{\"title\":\"Customer perception survey 2017\",\"kind\":\"PERCEPTION\","
                        + "\"audience\":\"ALL_COUNCILS\",\"mode\":\"PER_COUNCIL\",\"anonymous\":false,"
                        + "\"opensAt\":\"2017-06-01T08:00:00Z\",\"closesAt\":\"2017-07-01T08:00:00Z\","
                        + "\"sections\":[{\"title\":\"Our service\",\"questions\":[{\"text\":\"Are you satisfied with"
                        + " the association's support?\",\"type\":\"YES_NO\",\"required\":true}]}]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long survey = created.json().get("id").asLong();
        assertThat(Api.post("/api/v1/surveys/" + survey + "/publish", staff).status())
                .isEqualTo(200);
        return survey;
    }

    private long coachingSession() {
        Api.Answer cohort = Api.post(
                "/api/v1/staff/coaching/cohorts",
                staff,
                "{\"programme\":\"COACHING_IN_THE_WORKPLACE\",\"name\":\"Coaching in the Workplace for Senior"
                        + " Managers, cohort 5\",\"description\":\"\"}");
        assertThat(cohort.status()).as(cohort.body()).isEqualTo(201);
        Api.Answer session = Api.post(
                "/api/v1/staff/coaching/sessions",
                staff,
                "{\"cohortId\":" + cohort.json().get("id").asLong()
                        + ",\"title\":\"Cohort 5, final day\",\"startsAt\":\"2017-06-08T09:00:00Z\","
                        + "\"endsAt\":\"2017-06-08T16:00:00Z\",\"venue\":\"Cambridge\",\"capacity\":12,"
                        + "\"pricePence\":0,\"cancellationCutoff\":\"2017-06-01T09:00:00Z\"}");
        assertThat(session.status()).as(session.body()).isEqualTo(201);
        return session.json().get("id").asLong();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
