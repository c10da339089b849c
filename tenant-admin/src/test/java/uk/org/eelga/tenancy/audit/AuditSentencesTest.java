package uk.org.eelga.tenancy.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditSentencesTest {

    private static final Instant MARCH_3 = Instant.parse("2027-03-03T10:15:00Z");

    @Test
    void a_suspension_reads_as_who_suspended_which_council_when_with_before_and_after_in_words() {
        AuditEntry entry = new AuditEntry(
                1,
                MARCH_3,
                "anna.smith@eelga.demo",
                "ipswich",
                "council.suspended",
                "ACTIVE",
                "SUSPENDED",
                "unpaid fees",
                "Ipswich Borough Council",
                null);
        assertThat(AuditSentences.of(entry))
                .isEqualTo("anna.smith@eelga.demo suspended Ipswich Borough Council on 3 March 2027 at 10:15am."
                        + " Before: active. After: suspended.");
    }

    @Test
    void a_meeting_corrected_reads_as_who_corrected_it_with_the_meeting_before_and_after() {
        AuditEntry entry = new AuditEntry(
                5,
                MARCH_3,
                "sam.staff@eelga.demo",
                null,
                "engagement.meeting.corrected",
                "Finance Sumit, 1 April 2027 10:00, Ipswich",
                "Finance Summit, 1 April 2027 10:00, Bury St Edmunds, capacity 40",
                null,
                null,
                null);
        assertThat(AuditSentences.of(entry))
                .isEqualTo("sam.staff@eelga.demo corrected a meeting on 3 March 2027 at 10:15am. Before: Finance Sumit,"
                        + " 1 April 2027 10:00, Ipswich. After: Finance Summit, 1 April 2027 10:00, Bury St Edmunds,"
                        + " capacity 40.");
    }

    @Test
    void a_figure_decision_says_accepted_and_which_figure_without_the_stored_state() {
        AuditEntry entry = new AuditEntry(
                2,
                MARCH_3,
                "sam.staff@eelga.demo",
                null,
                "framework.value.accepted",
                "the 2017-18 figure 7 for \"Councils at the leaders' board\", waiting for a decision",
                "ACCEPTED",
                null,
                null,
                null);
        String sentence = AuditSentences.of(entry);
        assertThat(sentence)
                .startsWith("sam.staff@eelga.demo accepted a framework figure on 3 March 2027 at 10:15am: the 2017-18"
                        + " figure 7 for")
                .doesNotContain("ACCEPTED", "framework.value");
    }

    @Test
    void codes_roles_and_slugs_never_reach_the_sentence_even_for_an_action_it_does_not_know() {
        AuditEntry entry = new AuditEntry(
                3,
                MARCH_3,
                "admin@norwich.demo",
                "castle-point",
                "user.something-new",
                "PAYMENT_FAILED",
                "invited as council-officer",
                null,
                "Castle Point Borough Council",
                null);
        String sentence = AuditSentences.of(entry);
        assertThat(sentence)
                .contains("Castle Point Borough Council", "payment failed", "invited as officer", "user something new")
                .doesNotContain("castle-point", "PAYMENT_FAILED", "council-officer", "user.something-new");
    }

    @Test
    void the_person_who_acted_is_named_where_the_name_is_known_and_the_address_stands_in_only_without_one() {
        AuditEntry named = new AuditEntry(
                4,
                MARCH_3,
                "sam.staff@eelga.demo",
                null,
                "framework.value.accepted",
                "the 2017-18 figure 7 for measure 3.1.5",
                "ACCEPTED",
                null,
                null,
                "Sam Staff");
        assertThat(AuditSentences.of(named))
                .startsWith("Sam Staff accepted a framework figure on 3 March 2027 at 10:15am")
                .doesNotContain("sam.staff@eelga.demo");
        AuditEntry blankName = new AuditEntry(
                5, MARCH_3, "sam.staff@eelga.demo", null, "framework.period.closed", null, null, null, null, "  ");
        assertThat(AuditSentences.of(blankName)).startsWith("sam.staff@eelga.demo closed a framework period");
    }

    @Test
    void every_known_action_reads_as_a_lower_case_verb_phrase_without_codes() {
        AuditSentences.PHRASES.forEach((action, phrase) ->
                assertThat(phrase).as(action).doesNotContain(".", "_").matches("[a-z].*"));
    }
}
