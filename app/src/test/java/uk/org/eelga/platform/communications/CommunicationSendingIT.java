package uk.org.eelga.platform.communications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.framework.live.LiveMeasureCatalogue;
import uk.org.eelga.platform.framework.live.LiveMeasureQuery;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.ApiWrite;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.PlatformMail;
import uk.org.eelga.platform.support.Race;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.TenantScope;
import uk.org.eelga.tenancy.people.CouncilPeople;
import uk.org.eelga.tenancy.rls.AssociationWideRead;

/**
 * Communications sent through the platform, through the API with real tokens and a real SMTP server: who gets the
 * email (the subscribed people of the councils it is for), once however often sending is asked for or retried, off
 * the request; reads counted per council from people opening it; refusals for other councils, low roles, bad input.
 */
@PlatformIT
class CommunicationSendingIT extends PlatformMail {

    private static final String STAFF = "/api/v1/staff/communications";

    @Inject
    CouncilPeople people;

    @Inject
    Subscriptions subscriptions;

    @Inject
    CommunicationSending sending;

    @Inject
    LiveMeasureCatalogue catalogue;

    @Inject
    AssociationWideRead wideRead;

    private final String staff = DemoTokens.accessToken("staff@eelga.demo");
    private final String norwichOfficer = DemoTokens.accessToken("officer@norwich.demo");
    private final String norwichAdmin = DemoTokens.accessToken("admin@norwich.demo");
    private final String cambridgeOfficer = DemoTokens.accessToken("officer@cambridge.demo");

    private final Caller nora = Fixtures.officer(Fixtures.NORWICH, "Norwich City Council", "Nora");
    private final Caller ned = Fixtures.officer(Fixtures.NORWICH, "Norwich City Council", "Ned");
    private final Caller cam = Fixtures.officer(Fixtures.CAMBRIDGE, "Cambridge City Council", "Cam");
    private final Caller ian = Fixtures.officer(TenantId.of("ipswich"), "Ipswich Borough Council", "Ian");

    @BeforeEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
        try (Connection owner = TestDatabase.asOwner();
                Statement sql = owner.createStatement()) {
            sql.execute("truncate communication, lga_executive_meeting restart identity cascade");
        }
        for (Caller person : List.of(nora, ned, cam, ian)) {
            TenantScope.runAs(person, () -> people.recordSignIn(person));
        }
    }

    @Test
    void the_subscribed_people_of_the_councils_it_is_for_get_it_once_by_email_off_the_request() throws Exception {
        // Ned has turned housing off; everyone else keeps the default (every topic on)
        TenantScope.runAs(ned, () -> subscriptions.choose(ned, Set.of(Topic.GENERAL, Topic.FINANCE)));
        assertThat(TenantScope.callAs(nora, () -> subscriptions.of(nora)))
                .allMatch(TopicChoice::subscribed)
                .hasSize(Topic.values().length);
        long id = draft("HOUSING", "NAMED_COUNCILS", "[\"norwich\",\"cambridge\"]");
        assertThat(smtp.getReceivedMessages()).isEmpty();

        Api.Answer sent = ApiWrite.post(STAFF + "/" + id + "/send", staff, "");
        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
        assertThat(sent.json().get("queuedNow").asBoolean()).isTrue();
        assertThat(sent.json().get("councils").asInt()).isEqualTo(2);

        assertThat(smtp.waitForIncomingEmail(30_000, 2)).isTrue();
        awaitDelivered(id);
        assertThat(recipients()).containsExactlyInAnyOrder("Nora@norwich.demo", "Cam@cambridge.demo");
        MimeMessage one = smtp.getReceivedMessages()[0];
        assertThat(one.getSubject()).isEqualTo("E-bulletin: Housing numbers");
        assertThat(GreenMailUtil.getBody(one)).contains("/portal/communications/read/" + id);

        // asked again, and the job run again: nothing more is sent
        Api.Answer again = ApiWrite.post(STAFF + "/" + id + "/send", staff, "");
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().get("queuedNow").asBoolean()).isFalse();
        assertThat(again.json().get("sentence").asText()).startsWith("Already sent");
        assertThat(sending.deliverDue()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(Race.count("select count(*) from communication_delivery")).isEqualTo(2);
        assertThat(Race.count("select recipients from communication where id = " + id))
                .isEqualTo(2);
        assertThat(Race.count("select count(*) from audit_event where action = 'communication.sent'"))
                .isEqualTo(1);
    }

    @Test
    void twenty_racing_send_clicks_send_each_email_once() throws Exception {
        long id = draft("GENERAL", "ALL_COUNCILS", "null");

        List<Api.Answer> answers = Race.run(() -> ApiWrite.post(STAFF + "/" + id + "/send", staff, ""));

        assertThat(Race.statuses(answers)).isEqualTo(Map.of(202, 20L));
        assertThat(answers.stream().filter(a -> a.json().get("queuedNow").asBoolean()))
                .hasSize(1);
        assertThat(smtp.waitForIncomingEmail(30_000, 4)).isTrue();
        awaitDelivered(id);
        assertThat(sending.deliverDue()).isZero();
        assertThat(recipients())
                .containsExactlyInAnyOrder(
                        "Nora@norwich.demo", "Ned@norwich.demo", "Cam@cambridge.demo", "Ian@ipswich.demo");
    }

    @Test
    void reads_are_counted_per_council_from_people_opening_it_and_another_council_can_neither_read_nor_mark_it()
            throws Exception {
        long id = draft("GENERAL", "NAMED_COUNCILS", "[\"norwich\"]");
        String path = "/api/v1/communications/" + id;
        // a draft is no one's to read yet
        assertThat(Api.get(path, norwichOfficer).status()).isEqualTo(404);
        assertThat(ApiWrite.post(path + "/read", norwichOfficer, "").status()).isEqualTo(404);
        assertThat(ApiWrite.post(STAFF + "/" + id + "/send", staff, "").status())
                .isEqualTo(202);
        awaitDelivered(id);

        assertThat(Api.get(path, cambridgeOfficer).status()).isEqualTo(404);
        assertThat(ApiWrite.post(path + "/read", cambridgeOfficer, "").status()).isEqualTo(404);
        assertThat(Api.get("/api/v1/communications", cambridgeOfficer).json().findValuesAsText("title"))
                .doesNotContain("Housing numbers");
        assertThat(Api.get("/api/v1/communications", norwichOfficer).json().findValuesAsText("title"))
                .contains("Housing numbers");
        assertThat(Api.get(path, norwichOfficer).status()).isEqualTo(200);
        assertThat(Race.count("select count(*) from communication_read")).isZero();

        for (int i = 0; i < 3; i++) {
            assertThat(ApiWrite.post(path + "/read", norwichOfficer, "").status())
                    .isEqualTo(204);
        }
        assertThat(ApiWrite.post(path + "/read", norwichAdmin, "").status()).isEqualTo(204);

        Api.Answer councils = Api.get(STAFF + "/" + id + "/councils", staff);
        assertThat(councils.status()).isEqualTo(200);
        assertThat(councils.json()).hasSize(1);
        assertThat(councils.json().get(0).get("councilId").asText()).isEqualTo("norwich");
        assertThat(councils.json().get(0).get("emailed").asInt()).isEqualTo(2);
        assertThat(councils.json().get(0).get("opened").asInt()).isEqualTo(2);
        assertThat(Api.get(STAFF + "/" + id + "/councils", norwichAdmin).status())
                .isEqualTo(403);

        ReportingPeriod year = ReportingPeriod.containing(LocalDate.now(UkTime.ZONE));
        MeasureResult published = figure("communications-published", year, Map.of("type", "E_BULLETIN"));
        assertThat(published.value()).isEqualByComparingTo("1");
        assertThat(published.evidence().get(0).detail())
                .contains("emailed to 2 people in 1 council, opened in the portal by 2 people of 1 council");
        MeasureResult reading = figure("communications-read-by-councils", year, Map.of("type", "E_BULLETIN"));
        assertThat(reading.numerator()).isEqualTo(1);
        assertThat(reading.denominator()).isEqualTo(1);
    }

    @Test
    void a_role_too_low_cannot_write_or_send_and_bad_input_is_a_plain_4xx_with_nothing_written() throws Exception {
        long id = draft("GENERAL", "ALL_COUNCILS", "null");
        assertThat(ApiWrite.post(STAFF + "/drafts", norwichAdmin, body("GENERAL", "ALL_COUNCILS", "null"))
                        .status())
                .isEqualTo(403);
        assertThat(ApiWrite.post(STAFF + "/" + id + "/send", norwichAdmin, "").status())
                .isEqualTo(403);
        assertThat(ApiWrite.post(STAFF + "/" + id + "/send", norwichOfficer, "").status())
                .isEqualTo(403);
        assertThat(ApiWrite.post(STAFF + "/" + id + "/send", null, "").status()).isEqualTo(401);
        assertThat(Api.get("/api/v1/communications/subscriptions", staff).status())
                .isEqualTo(403);

        Map<String, String> bad = Map.of(
                body("GENERAL", "NAMED_COUNCILS", "[\"atlantis\"]"), "councils",
                body("GENERAL", "NAMED_COUNCILS", "[]"), "councils",
                body("GENERAL", "NAMED_COUNCILS", "[\"../etc\"]"), "councils",
                body("GENERAL", "ALL_COUNCILS", "null").replace("\"audience\":\"ALL_COUNCILS\"", "\"audience\":null"),
                        "audience",
                body("GENERAL", "ALL_COUNCILS", "null").replace("E_BULLETIN", "EXECUTIVE_BRIEFING"), "kind",
                body("GENERAL", "ALL_COUNCILS", "null").replace("Housing numbers", " "), "title",
                body("GENERAL", "ALL_COUNCILS", "null").replace("https://eelga.gov.uk/h", "javascript:x"), "link");
        bad.forEach((json, code) -> {
            Api.Answer answer = ApiWrite.post(STAFF + "/drafts", staff, json);
            assertThat(answer.status()).as(json).isEqualTo(422);
            assertThat(answer.json().get("code").asText()).as(json).isEqualTo(code);
        });
        for (String json : List.of(
                "not json",
                body("PODCAST", "ALL_COUNCILS", "null"),
                body("GENERAL", "EVERYONE", "null"),
                "{\"text\":\"" + "y".repeat(300_000) + "\"}")) {
            Api.Answer answer = ApiWrite.post(STAFF + "/drafts", staff, json);
            assertThat(answer.status()).as(json.length() > 300 ? "huge" : json).isBetween(400, 422);
            assertThat(answer.body()).doesNotContain("Exception", "SQL");
        }
        assertThat(ApiWrite.post(STAFF + "/424242/send", staff, "").status()).isEqualTo(404);
        Api.Answer recorded = ApiWrite.post(
                STAFF,
                staff,
                "{\"kind\":\"E_BULLETIN\",\"topic\":\"GENERAL\",\"title\":\"By hand\",\"summary\":\"News.\","
                        + "\"publishedOn\":\"" + LocalDate.now(UkTime.ZONE) + "\",\"recipients\":10}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        Api.Answer notForSending =
                ApiWrite.post(STAFF + "/" + recorded.json().get("id").asLong() + "/send", staff, "");
        assertThat(notForSending.status()).isEqualTo(422);
        assertThat(notForSending.json().get("code").asText()).isEqualTo("not-for-sending");

        assertThat(Api.put("/api/v1/communications/subscriptions", norwichOfficer, "{\"topics\":[\"GOSSIP\"]}")
                        .status())
                .isEqualTo(400);
        assertThat(Api.put("/api/v1/communications/subscriptions", norwichOfficer, "{}")
                        .status())
                .isEqualTo(422);
        assertThat(Api.put("/api/v1/communications/subscriptions", norwichOfficer, "{\"topics\":[null]}")
                        .status())
                .isBetween(400, 422);
        Api.Answer chosen =
                Api.put("/api/v1/communications/subscriptions", norwichOfficer, "{\"topics\":[\"HOUSING\"]}");
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
        assertThat(chosen.json().findValuesAsText("topic")).hasSize(Topic.values().length);
        assertThat(Api.get("/api/v1/communications/subscriptions", cambridgeOfficer)
                        .json()
                        .findValues("subscribed"))
                .allMatch(v -> v.asBoolean());
        assertThat(Race.count("select count(*) from communication")).isEqualTo(2);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    // ---- helpers

    private String body(String topic, String audience, String councils) {
        return "{\"kind\":\"E_BULLETIN\",\"topic\":\"" + topic + "\",\"title\":\"Housing numbers\","
                + "\"text\":\"The new figures.\\nRead on.\",\"link\":\"https://eelga.gov.uk/h\",\"audience\":\""
                + audience + "\",\"councils\":" + councils + "}";
    }

    private long draft(String topic, String audience, String councils) {
        Api.Answer answer = ApiWrite.post(STAFF + "/drafts", staff, body(topic, audience, councils));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asLong();
    }

    private List<String> recipients() {
        return Arrays.stream(smtp.getReceivedMessages())
                .map(m -> {
                    try {
                        return m.getAllRecipients()[0].toString();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static void awaitDelivered(long id) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (Race.count("select count(*) from communication where delivered_at is not null and id = " + id) == 1) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("communication " + id + " was not delivered within 30 s");
    }

    private MeasureResult figure(String kind, ReportingPeriod period, Map<String, String> parameters) {
        return wideRead.read(Fixtures.staff(), "test", connection -> catalogue
                .find(kind)
                .orElseThrow()
                .compute(new LiveMeasureQuery(parameters, period, connection)));
    }
}
