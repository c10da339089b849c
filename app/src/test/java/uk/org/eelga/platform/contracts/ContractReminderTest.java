package uk.org.eelga.platform.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContractReminderTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 4, 1);

    private static Contract endingOn(LocalDate endOn) {
        return new Contract(
                1,
                "norwich",
                "Waste collection",
                "Anglia Waste",
                ContractCategory.values()[0],
                100_000_00L,
                TODAY.minusYears(2),
                endOn,
                null,
                "Sam",
                "sam@norwich.gov.uk",
                true,
                false,
                true,
                Instant.parse("2027-01-01T09:00:00Z"));
    }

    @Test
    void a_reminder_counts_days_in_words_one_day_or_many() {
        assertThat(endingOn(TODAY.plusDays(45)).reminder(TODAY)).isEqualTo("Ends in 45 days");
        assertThat(endingOn(TODAY.plusDays(1)).reminder(TODAY)).isEqualTo("Ends in 1 day");
        assertThat(endingOn(TODAY).reminder(TODAY)).isEqualTo("Ends today");
        assertThat(endingOn(TODAY.minusDays(1)).reminder(TODAY)).isEqualTo("Ended 1 day ago");
        assertThat(endingOn(TODAY.minusDays(3)).reminder(TODAY)).isEqualTo("Ended 3 days ago");
    }
}
