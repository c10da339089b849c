package uk.org.eelga.bench;

import java.net.URI;
import java.time.Duration;
import uk.org.eelga.bench.http.WebClient;
import uk.org.eelga.bench.keycloak.FormSignIn;
import uk.org.eelga.bench.vaadin.StepFailure;
import uk.org.eelga.bench.vaadin.Timings;
import uk.org.eelga.bench.vaadin.VaadinUi;

/** One person, step by step, printed: signs in, opens every menu page, changes the year where there is one. */
final class Smoke {

    static void run(Args args) throws Exception {
        URI base = URI.create(args.get("url", "http://localhost:18084"));
        String user = args.get("user", "leader@norwich.demo");
        String password = args.get("password", "eelga-demo");
        Timings print = (step, nanos) -> System.out.printf("  %-45s %8.1f ms%n", step, nanos / 1e6);
        WebClient web = new WebClient(WebClient.sharedClient(), Duration.ofSeconds(30));
        VaadinUi ui = new VaadinUi(web, base, print);
        String start = args.get("start", "/portal/engagement");
        System.out.println("open " + start);
        if (!ui.load(start)) {
            System.out.println("sent to " + ui.redirect());
            String landing = new FormSignIn(web, base, print).signIn(ui.redirect(), user, password);
            System.out.println("signed in, landing on " + landing);
            if (!ui.load(landing)) {
                throw new StepFailure("not-rendered", "landing page sent us to " + ui.redirect());
            }
        }
        System.out.println(
                "page '" + ui.title() + "', ui " + ui.uiId() + ", " + ui.tree().size() + " nodes");
        for (String[] item : ui.menu()) {
            System.out.println("navigate to " + item[0] + " (" + item[1] + ")");
            try {
                ui.navigate(item[0]);
                System.out.println("  -> '" + ui.title() + "', " + ui.tree().size() + " nodes");
                var year = ui.select("Financial year");
                if (year.isPresent()) {
                    var options = ui.options(year.get());
                    String pick = options.get(Math.min(2, options.size() - 1));
                    System.out.println(
                            "  choose " + pick + " in 'Financial year' (was " + ui.selected(year.get()) + ")");
                    ui.choose(year.get(), pick);
                    System.out.println("  -> now "
                            + ui.selected(ui.select("Financial year").get()));
                }
            } catch (StepFailure e) {
                System.out.println("  FAILED " + e.kind() + ": " + e.getMessage());
            }
        }
    }
}
