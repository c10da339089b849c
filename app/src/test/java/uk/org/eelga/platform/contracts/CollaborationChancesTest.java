package uk.org.eelga.platform.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollaborationChancesTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 10);

    @Test
    void each_contract_is_in_one_chance_at_most_and_a_chance_needs_three_councils_within_a_year() {
        List<RegisterEntry> ending = new ArrayList<>();
        // waste: one council's contract ending each month for two years
        for (int month = 0; month < 24; month++) {
            ending.add(entry("council-" + month, ContractCategory.WASTE, START.plusMonths(month)));
        }
        // energy: two councils only
        ending.add(entry("norwich", ContractCategory.ENERGY, START));
        ending.add(entry("ipswich", ContractCategory.ENERGY, START.plusMonths(2)));

        List<CollaborationChance> chances = ContractRegister.chances(sorted(ending));

        assertThat(chances).extracting(CollaborationChance::category).containsOnly(ContractCategory.WASTE);
        assertThat(chances).extracting(CollaborationChance::firstEnd).containsExactly(START, START.plusMonths(13));
        assertThat(chances.get(0).councils()).hasSize(13); // the first end and the twelve within a year of it
        assertThat(chances.get(1).councils()).hasSize(11);
        List<String> all = chances.stream().flatMap(c -> c.councils().stream()).toList();
        assertThat(all).doesNotHaveDuplicates().hasSize(24);
    }

    @Test
    void a_later_start_can_gather_three_councils_where_an_earlier_one_did_not() {
        List<RegisterEntry> ending = List.of(
                entry("norwich", ContractCategory.ICT, START),
                entry("ipswich", ContractCategory.ICT, START.plusMonths(11)),
                entry("cambridge", ContractCategory.ICT, START.plusMonths(13)),
                entry("luton", ContractCategory.ICT, START.plusMonths(14)));

        List<CollaborationChance> chances = ContractRegister.chances(ending);

        assertThat(chances).singleElement().satisfies(c -> {
            assertThat(c.councils()).containsExactly("ipswich", "cambridge", "luton");
            assertThat(c.firstEnd()).isEqualTo(START.plusMonths(11));
            assertThat(c.lastEnd()).isEqualTo(START.plusMonths(14));
        });
    }

    private static List<RegisterEntry> sorted(List<RegisterEntry> entries) {
        return entries.stream()
                .sorted(java.util.Comparator.comparing(RegisterEntry::category).thenComparing(RegisterEntry::endOn))
                .toList();
    }

    private static RegisterEntry entry(String council, ContractCategory category, LocalDate endOn) {
        return new RegisterEntry(
                0,
                council,
                council,
                council + "'s contract",
                "Supplier",
                category,
                null,
                endOn.minusYears(3),
                endOn,
                null,
                null,
                null);
    }
}
