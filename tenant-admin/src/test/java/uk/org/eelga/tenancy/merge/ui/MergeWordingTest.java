package uk.org.eelga.tenancy.merge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergeWordingTest {

    @Test
    void names_read_as_a_sentence() {
        assertThat(MergeWording.names(List.of("Waveney"))).isEqualTo("Waveney");
        assertThat(MergeWording.names(List.of("St Edmundsbury", "Forest Heath")))
                .isEqualTo("Forest Heath and St Edmundsbury");
        assertThat(MergeWording.names(List.of("C", "A", "B"))).isEqualTo("A, B and C");
    }

    @Test
    void the_confirm_step_says_plainly_what_happens_to_people_history_and_open_items() {
        String said = MergeWording.consequences(
                List.of("St Edmundsbury Borough Council", "Forest Heath District Council"),
                "West Suffolk",
                LocalDate.of(2019, 4, 1));

        assertThat(said)
                .isEqualTo("Forest Heath District Council and St Edmundsbury Borough Council become part of West"
                        + " Suffolk from 1 April 2019. Their people move to West Suffolk. Their history stays"
                        + " theirs; West Suffolk can read it. Open bookings, requests and unpaid invoices carry over to"
                        + " West Suffolk, as do email domains; their own sign-in provider, if any, is removed. There"
                        + " is no undo.");
    }

    @Test
    void one_council_is_spoken_of_in_the_singular() {
        assertThat(MergeWording.consequences(List.of("Waveney"), "East Suffolk", LocalDate.of(2019, 4, 1)))
                .startsWith("Waveney becomes part of East Suffolk from 1 April 2019. Its people move")
                .contains("Its history stays its own", "its own sign-in provider");
    }
}
