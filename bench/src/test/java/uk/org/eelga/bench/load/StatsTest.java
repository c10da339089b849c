package uk.org.eelga.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void percentiles_are_nearest_rank_over_every_sample_even_from_many_threads() throws Exception {
        Stats stats = new Stats();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 20; t++) {
            int offset = t;
            Thread thread = new Thread(() -> {
                for (int i = offset; i < 1000; i += 20) {
                    stats.record("uidl-navigation", (i + 1) * 1_000_000L); // 1..1000 ms
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Stats.Line line = stats.line("uidl-navigation");
        assertEquals(1000, line.count());
        assertEquals(500.0, line.p50());
        assertEquals(950.0, line.p95());
        assertEquals(990.0, line.p99());
        assertEquals(1000.0, line.max());
        assertEquals(1000, stats.requests.sum());
    }

    @Test
    void merged_lines_cover_several_steps_and_compound_steps_are_not_requests() {
        Stats stats = new Stats();
        stats.record("uidl-navigation", 10_000_000L);
        stats.record("uidl-click", 30_000_000L);
        stats.record("navigation (all round trips)", 50_000_000L);
        Stats.Line merged = stats.merged("interaction", LoadRun.INTERACTION);
        assertEquals(2, merged.count());
        assertEquals(30.0, merged.max());
        assertEquals(2, stats.requests.sum());
        assertEquals(0, stats.merged("nothing", "no-such-step").count());
    }

    @Test
    void errors_are_counted_by_kind_with_one_example_each() {
        Stats stats = new Stats();
        stats.error("uidl-http-500", "first");
        stats.error("uidl-http-500", "second");
        stats.error("session-expired", "x");
        assertEquals(Map.of("session-expired", 1L, "uidl-http-500", 2L), stats.errors());
        assertEquals("first", stats.errorExamples().get("uidl-http-500"));
        assertEquals(3, stats.errorCount());
    }

    @Test
    void the_mix_is_mostly_council_people_of_every_council_and_one_in_twenty_staff() {
        List<String> councils = IntStream.range(0, 52).mapToObj(i -> "c" + i).toList();
        List<Persona> mix = Persona.mix(400, List.of(), councils);
        assertEquals(400, mix.stream().map(Persona::username).distinct().count(), "400 sessions are 400 people");
        assertEquals(20, mix.stream().filter(Persona::staff).count());
        Map<String, Long> roles = mix.stream()
                .filter(p -> !p.staff())
                .collect(Collectors.groupingBy(p -> p.username().split("-")[1], Collectors.counting()));
        assertTrue(
                roles.get("officer") > 150 && roles.get("leader") > 120 && roles.get("admin") > 20, roles.toString());
        assertEquals(
                52,
                mix.stream()
                        .filter(p -> !p.staff())
                        .map(p -> p.username().split("@")[1])
                        .distinct()
                        .count());
    }
}
