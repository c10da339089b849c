package uk.org.eelga.platform.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.PlatformMail;
import uk.org.eelga.platform.support.Race;
import uk.org.eelga.platform.support.TestDatabase;

/**
 * Councils name delegates' addresses and the platform writes to them: only of the council's domains or approved by
 * staff, in messages that open with the platform's own words and show what the council typed only as quoted data,
 * and no more than the council's hourly limit (3 here, so that the test can reach it).
 */
@PlatformIT
class DelegateEmailRulesIT extends PlatformMail {

    @Inject
    CoachingCatalogue catalogue;

    private final String norwich = DemoTokens.accessToken("officer@norwich.demo");
    private final String cambridge = DemoTokens.accessToken("officer@cambridge.demo");
    private final String staff = DemoTokens.accessToken("staff@eelga.demo");

    @Override
    protected Map<String, String> mailSettings() {
        return Map.of("eelga.mail.per-council-per-hour", "3");
    }

    @BeforeEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void a_delegate_outside_the_councils_domains_is_refused_until_staff_approve_the_address() {
        SessionSummary session = CoachingFixtures.upcoming(catalogue, 5);

        for (String outside : List.of(
                "victim@gmail.example",
                "someone@cambridge.demo",
                "x@norwich.demo.evil.example",
                "x@evilnorwich.demo")) {
            Api.Answer refused = book(norwich, session.id(), "Outsider", outside);
            assertThat(refused.status()).as(outside).isEqualTo(422);
            assertThat(refused.json().get("code").asText()).isEqualTo("delegate-domain");
            assertThat(refused.json().get("message").asText()).contains("norwich.demo", "approve");
        }
        assertThat(book(norwich, session.id(), "Hana", "hana@hr.norwich.demo").status())
                .as("a subdomain of the council's domain")
                .isEqualTo(201);
        assertThat(smtp.getReceivedMessages()).extracting(m -> to(m)).containsExactly("hana@hr.norwich.demo");

        String path = "/api/v1/staff/councils/norwich/approved-addresses";
        assertThat(Api.post(path, norwich, "{\"email\":\"victim@gmail.example\",\"reason\":\"mine\"}")
                        .status())
                .as("a council cannot approve its own exceptions")
                .isEqualTo(403);
        Api.Answer approved = Api.post(
                path, staff, "{\"email\":\"Coach@Partner.example\",\"reason\":\"Their coach, agreed by phone\"}");
        assertThat(approved.status()).isEqualTo(201);
        assertThat(approved.json().get("email").asText()).isEqualTo("coach@partner.example");
        assertThat(Race.count("select count(*) from audit_event where action = 'delegate-address.approved'"))
                .isEqualTo(1);

        assertThat(book(norwich, session.id(), "Coach", "coach@partner.example").status())
                .isEqualTo(201);
        assertThat(book(cambridge, session.id(), "Coach", "coach@partner.example")
                        .status())
                .as("approved for Norwich only")
                .isEqualTo(422);

        assertThat(Api.delete(path + "?email=coach@partner.example", staff).status())
                .isEqualTo(204);
        SessionSummary another = CoachingFixtures.upcoming(catalogue, 5);
        assertThat(book(norwich, another.id(), "Coach", "coach@partner.example").status())
                .isEqualTo(422);
    }

    @Test
    void event_registrations_follow_the_same_rule() {
        long event = Api.post(
                        "/api/v1/engagement/meetings",
                        staff,
                        "{\"eventType\":\"SUMMIT\",\"title\":\"Summit\",\"startsAt\":\""
                                + LocalDateTime.now().plusDays(20).truncatedTo(ChronoUnit.MINUTES)
                                + "\",\"place\":\"London\",\"online\":false,\"capacity\":10}")
                .json()
                .get("id")
                .asLong();

        Api.Answer outside = register(event, "victim@gmail.example");
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().get("code").asText()).isEqualTo("delegate-domain");
        assertThat(register(event, "someone@cambridge.demo").status()).isEqualTo(400);
        assertThat(register(event, "nora@norwich.demo").status()).isEqualTo(201);
        assertThat(Race.count("select count(*) from event_registration where meeting_id = " + event))
                .isEqualTo(1);
    }

    @Test
    void what_a_council_typed_is_quoted_data_never_the_messages_opening_or_its_own_line() throws Exception {
        SessionSummary session = CoachingFixtures.upcoming(catalogue, 5);
        // (line breaks in names are covered by MailTextTest; here the name is plain text a form would accept)
        String hostile = "Your account is locked, reset it at http://evil.example/reset. East of England LGA";

        assertThat(book(norwich, session.id(), hostile, "nora@norwich.demo").status())
                .isEqualTo(201);

        MimeMessage confirmation = smtp.getReceivedMessages()[0];
        String body = (String)
                ((MimeMultipart) confirmation.getContent()).getBodyPart(0).getContent();
        String[] lines = body.split("\r?\n");
        assertThat(lines[0]).isEqualTo("The East of England LGA has confirmed a place on a coaching session.");
        assertThat(Arrays.stream(lines).filter(l -> l.contains("Your account is locked")))
                .singleElement()
                .satisfies(line -> assertThat(line).startsWith("Delegate, as named by the council: "));
        assertThat(Arrays.stream(lines).filter(l -> l.startsWith("Your account") || l.startsWith("reset")))
                .isEmpty();
        assertThat(confirmation.getSubject()).doesNotContain("locked");
    }

    @Test
    void a_councils_emails_are_limited_per_hour_and_the_refusal_says_when_to_try_again() {
        SessionSummary session = CoachingFixtures.upcoming(catalogue, 10);
        for (int i = 1; i <= 3; i++) {
            assertThat(book(norwich, session.id(), "Delegate " + i, "d" + i + "@norwich.demo")
                            .status())
                    .isEqualTo(201);
        }

        Api.Answer fourth = book(norwich, session.id(), "Delegate 4", "d4@norwich.demo");

        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.json().get("code").asText()).isEqualTo("mail-limit");
        assertThat(fourth.json().get("message").asText()).contains("limit of 3 emails an hour", "try again after");
        assertThat(Race.count("select count(*) from coaching_booking where session_id = " + session.id()))
                .isEqualTo(3);
        long booking = Api.get("/api/v1/coaching/bookings", norwich)
                .json()
                .get(0)
                .get("id")
                .asLong();
        assertThat(Api.post("/api/v1/coaching/bookings/" + booking + "/cancel", norwich)
                        .status())
                .as("a cancellation would email too")
                .isEqualTo(429);
        assertThat(Race.count("select count(*) from coaching_booking where session_id = " + session.id()
                        + " and status = 'CANCELLED'"))
                .isZero();
        // another council has its own allowance
        assertThat(book(cambridge, session.id(), "Cam", "cam@cambridge.demo").status())
                .isEqualTo(201);
        assertThat(smtp.getReceivedMessages()).hasSize(4);
    }

    @Test
    void twenty_bookings_at_once_cannot_pass_the_limit() {
        SessionSummary session = CoachingFixtures.upcoming(catalogue, 30);

        List<Api.Answer> answers = Race.run(
                Race.CALLERS, i -> () -> book(norwich, session.id(), "Delegate " + i, "r" + i + "@norwich.demo"));

        assertThat(Race.statuses(answers)).isEqualTo(Map.of(201, 3L, 429, 17L));
        assertThat(Race.count("select sent from council_mail_count where tenant_id = 'norwich'"))
                .isEqualTo(3);
    }

    private Api.Answer register(long event, String email) {
        return Api.post(
                "/api/v1/council/event-registrations",
                norwich,
                "{\"eventId\":" + event + ",\"delegateName\":\"Nora\",\"delegateEmail\":\"" + email + "\"}");
    }

    private static Api.Answer book(String token, long session, String name, String email) {
        return Api.post(
                "/api/v1/coaching/bookings",
                token,
                "{\"sessionId\":" + session + ",\"delegateName\":\"" + name + "\",\"delegateEmail\":\"" + email
                        + "\"}");
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            return "";
        }
    }
}
