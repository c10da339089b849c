package uk.org.eelga.bench.data;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.org.eelga.bench.Args;
import uk.org.eelga.bench.http.WebClient;
import uk.org.eelga.bench.keycloak.BenchUsers;
import uk.org.eelga.bench.keycloak.FormSignIn;
import uk.org.eelga.bench.probe.PgProbe;
import uk.org.eelga.bench.vaadin.StepFailure;
import uk.org.eelga.bench.vaadin.Timings;
import uk.org.eelga.bench.vaadin.UiTree.Node;
import uk.org.eelga.bench.vaadin.VaadinUi;

/**
 * {@code probe}: statements and transactions per page interaction, one person at a time on a quiet platform (run it
 * with the background jobs off: bench/run.sh --probe does). For each kind of person, opens every page of their menu
 * (from another page, with every follow-up round trip the browser makes) and changes the year where a page has
 * one, and reads PostgreSQL's counters around each: the fewest statements of {@code --repeat} tries, the
 * transactions, the SQL time, and the statements repeated most within one interaction. The statement budget of
 * issue 13 is about these numbers.
 */
public final class StatementProbe {

    private StatementProbe() {}

    public static void run(Args args) throws Exception {
        URI url = URI.create(args.get("url", "http://localhost:18084"));
        String password = args.get("password", "eelga-demo");
        int repeat = args.integer("repeat", 2);
        PgProbe pg = PgProbe.from(args);
        String council = args.get("council", "norwich");
        List<String> people = args.has("users")
                ? List.of(args.get("users", "").split(","))
                : List.of(
                        BenchUsers.councilUser(council, 0),
                        BenchUsers.councilUser(council, 1),
                        BenchUsers.councilUser(council, 7),
                        BenchUsers.staffUser(0),
                        BenchUsers.staffUser(9));
        System.out.printf(
                Locale.ROOT,
                "%-34s %-34s %6s %6s %8s %6s  %s%n",
                "who",
                "interaction",
                "stmts",
                "chkout",
                "SQL ms",
                "trips",
                "most repeated statements in it (calls x statement)");
        for (String person : people) {
            WebClient web = new WebClient(WebClient.sharedClient(), Duration.ofSeconds(60));
            int[] trips = {0};
            Timings count = (step, nanos) -> {
                if (step.startsWith("uidl")) {
                    trips[0]++;
                }
            };
            VaadinUi ui = new VaadinUi(web, url, count);
            String start = person.startsWith("bench-staff")
                            || person.startsWith("bench-admin-") && person.endsWith("@eelga.demo")
                    ? "/console"
                    : "/portal";
            if (!ui.load(start)) {
                String landing = new FormSignIn(web, url, Timings.NONE).signIn(ui.redirect(), person, password);
                if (!ui.load(landing)) {
                    throw new StepFailure("not-signed-in", person + " could not sign in");
                }
            }
            List<String[]> menu = ui.menu();
            String home = menu.get(0)[0];
            for (String[] item : menu) {
                Result best = null;
                for (int i = 0; i < repeat; i++) {
                    ui.navigate(item[0].equals(home) ? menu.get(1)[0] : home);
                    trips[0] = 0;
                    PgProbe.Snapshot before = pg.snapshot();
                    try {
                        ui.navigate(item[0]);
                    } catch (StepFailure e) {
                        System.out.printf("%-34s %-34s failed: %s%n", person, "open " + item[1], e.getMessage());
                        break;
                    }
                    Result r = measured(pg, before, trips[0]);
                    best = best == null || r.statements() < best.statements() ? r : best;
                }
                if (best != null) {
                    print(person, "open " + item[1], best);
                }
                Optional<Node> year = ui.select("Financial year");
                if (year.isPresent() && ui.options(year.get()).size() > 2) {
                    Result bestChange = null;
                    for (int i = 0; i < repeat; i++) {
                        String pick = ui.options(year.get()).get(1 + (i % 2));
                        trips[0] = 0;
                        PgProbe.Snapshot before = pg.snapshot();
                        ui.choose(year.get(), pick);
                        Result r = measured(pg, before, trips[0]);
                        bestChange = bestChange == null || r.statements() < bestChange.statements() ? r : bestChange;
                        year = ui.select("Financial year");
                    }
                    print(person, "  change year on " + item[1], bestChange);
                }
            }
        }
        System.out.println(
                "stmts: statements run (pg_stat_statements, top level; BEGIN/COMMIT sent by the driver mostly"
                        + " not seen); chkout: connection checkouts (one set_config each); trips: UIDL round trips");
    }

    /**
     * pg_stat_statements is written as each statement ends, so it is exact here; pg_stat_database's transaction
     * counts are not (an idle backend flushes them up to ten seconds later), so connection checkouts are counted
     * instead: the platform binds the council with one set_config per checkout, and a checkout is usually one
     * transaction.
     */
    private static Result measured(PgProbe pg, PgProbe.Snapshot before, int trips) throws Exception {
        return new Result(PgProbe.delta(before, pg.snapshot()), trips);
    }

    private record Result(List<PgProbe.Statement> delta, int trips) {
        long statements() {
            return PgProbe.calls(delta);
        }

        long checkouts() {
            return delta.stream()
                    .filter(s -> s.query().toLowerCase(Locale.ROOT).startsWith("select set_config"))
                    .mapToLong(PgProbe.Statement::calls)
                    .sum();
        }
    }

    private static void print(String person, String what, Result r) {
        List<PgProbe.Statement> top = new ArrayList<>(r.delta());
        top.sort(Comparator.comparingLong(PgProbe.Statement::calls).reversed());
        StringBuilder repeated = new StringBuilder();
        for (PgProbe.Statement s : top.subList(0, Math.min(3, top.size()))) {
            if (s.calls() > 1) {
                repeated.append(s.calls())
                        .append("x ")
                        .append(abbreviate(s.query(), 70))
                        .append(" | ");
            }
        }
        double ms = r.delta().stream().mapToDouble(PgProbe.Statement::millis).sum();
        System.out.printf(
                Locale.ROOT,
                "%-34s %-34s %6d %6d %8.1f %6d  %s%n",
                abbreviate(person, 34),
                abbreviate(what, 34),
                r.statements(),
                r.checkouts(),
                ms,
                r.trips(),
                repeated);
    }

    private static String abbreviate(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}
