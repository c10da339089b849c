package uk.org.eelga.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import uk.org.eelga.bench.http.WebClient;
import uk.org.eelga.bench.keycloak.ApiClient;
import uk.org.eelga.bench.keycloak.FormSignIn;
import uk.org.eelga.bench.vaadin.StepFailure;
import uk.org.eelga.bench.vaadin.UiTree.Node;
import uk.org.eelga.bench.vaadin.VaadinUi;

/**
 * One person at a browser: signs in once through Keycloak's form, then until the end of the run thinks (about
 * {@code thinkSeconds} on average, exponentially distributed) and acts: opens another page from the side menu,
 * changes the year (or quarter) on a page that has one, now and then reloads the page, and, for a share of users,
 * calls the REST API with a bearer token instead. Failures are counted by kind and the user recovers as a person
 * would: reload the page, and sign in again when the platform asks.
 */
final class SimulatedUser implements Runnable {

    static final String YEAR = "Financial year";
    static final String QUARTER = "Quarter";

    private final int index;
    private final Persona persona;
    private final LoadRun run;
    private final Random random;
    private final WebClient web;
    private final VaadinUi ui;
    private final ApiClient api;
    private final long startAtNanos;
    volatile boolean signedIn;

    SimulatedUser(int index, Persona persona, LoadRun run, HttpClient http, long startAtNanos, boolean usesApi) {
        this.index = index;
        this.persona = persona;
        this.run = run;
        this.random = new Random(1000L + index);
        this.web = new WebClient(http, run.settings.timeout());
        this.ui = new VaadinUi(web, run.settings.url(), run::record);
        this.api = usesApi
                ? new ApiClient(
                        http,
                        run.settings.url(),
                        run.settings.keycloak(),
                        "eelga",
                        persona.username(),
                        run.settings.password(),
                        run::record,
                        run.settings.timeout())
                : null;
        this.startAtNanos = startAtNanos;
    }

    @Override
    public void run() {
        try {
            sleepUntil(startAtNanos);
            while (!signedIn && !run.stopping()) {
                try {
                    signIn(persona.landing());
                    signedIn = true;
                    run.signedIn.countDown();
                } catch (StepFailure e) {
                    run.error(e.kind(), e.getMessage());
                    pause(5_000);
                } catch (IOException e) {
                    run.error("io-" + e.getClass().getSimpleName(), e.getMessage());
                    pause(5_000);
                }
            }
            while (!run.stopping()) {
                long think = thinkMillis();
                if (!pause(think)) {
                    break;
                }
                try {
                    act();
                    run.action();
                } catch (StepFailure e) {
                    run.error(e.kind(), e.getMessage());
                    recover();
                } catch (IOException e) {
                    run.error("io-" + e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
                    recover();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Before measuring: sign in, open every page of the menu once (JIT, caches, class loading), sign out. */
    void warmUp() {
        try {
            signIn(persona.landing());
            signedIn = true;
            for (String[] item : ui.menu()) {
                ui.navigate(item[0]);
                Optional<Node> year = ui.select(YEAR);
                if (year.isPresent() && ui.options(year.get()).size() > 1) {
                    ui.choose(year.get(), ui.options(year.get()).get(1));
                }
            }
        } catch (StepFailure | IOException e) {
            run.error(
                    "warm-up-"
                            + (e instanceof StepFailure f
                                    ? f.kind()
                                    : e.getClass().getSimpleName()),
                    e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        signOut();
    }

    /** As a person: open the page, be sent to Keycloak, sign in, land on the page. */
    private void signIn(String path) throws IOException, InterruptedException, StepFailure {
        if (ui.load(path)) {
            return;
        }
        String redirect = ui.redirect();
        if (redirect == null || !redirect.contains("/auth/login")) {
            throw new StepFailure("unexpected-redirect", "opening " + path + " sent the browser to " + redirect);
        }
        String landing = new FormSignIn(web, run.settings.url(), run::record)
                .signIn(redirect, persona.username(), run.settings.password());
        if (!ui.load(landing)) {
            throw new StepFailure(
                    "not-signed-in", "after sign-in " + landing + " sent the browser to " + ui.redirect());
        }
    }

    private void act() throws IOException, InterruptedException, StepFailure {
        ui.heartbeatIfDue();
        if (api != null && random.nextDouble() < run.settings.apiShare()) {
            callApi();
            return;
        }
        if (random.nextDouble() < run.settings.reloadShare()) {
            String route = ui.route() == null ? persona.landing() : "/" + ui.route();
            long started = System.nanoTime();
            if (!ui.load(route)) {
                throw new StepFailure(
                        "reload-redirected", "reloading " + route + " sent the browser to " + ui.redirect());
            }
            run.record("reload (bootstrap, init, first render)", System.nanoTime() - started);
            return;
        }
        Optional<Node> year = ui.select(YEAR);
        boolean engagementPage = "portal/engagement".equals(ui.route());
        double changeShare = engagementPage ? 0.6 : persona.staff() ? 0.4 : 0.25;
        if (year.isPresent() && random.nextDouble() < changeShare) {
            Optional<Node> quarter = ui.select(QUARTER);
            Node select = quarter.isPresent() && random.nextDouble() < 0.25 ? quarter.get() : year.get();
            List<String> options = new ArrayList<>(ui.options(select));
            options.remove(ui.selected(select));
            if (!options.isEmpty()) {
                ui.choose(select, options.get(random.nextInt(options.size())));
                return;
            }
        }
        navigate();
    }

    private void navigate() throws IOException, InterruptedException, StepFailure {
        List<String[]> menu = ui.menu();
        List<String> targets = new ArrayList<>();
        for (String[] item : menu) {
            if (item[0].equals(ui.route())) {
                continue;
            }
            targets.add(item[0]);
            // Council people go back to "Our engagement" most (the mix: page changes and year changes there).
            if (!persona.staff() && item[0].equals("portal/engagement")) {
                targets.add(item[0]);
                targets.add(item[0]);
            }
        }
        if (targets.isEmpty()) {
            throw new StepFailure("no-menu", "no side menu on " + ui.route());
        }
        ui.navigate(targets.get(random.nextInt(targets.size())));
    }

    private void callApi() throws IOException, InterruptedException, StepFailure {
        String period = randomPeriod();
        if (persona.staff()) {
            if (random.nextBoolean()) {
                api.get("regional", "/api/v1/engagement/regional?period=" + period);
            } else {
                api.get("councils", "/api/v1/councils");
            }
        } else {
            double r = random.nextDouble();
            if (r < 0.5) {
                api.get("engagement", "/api/v1/council/engagement?period=" + period);
            } else if (r < 0.75) {
                api.get("events", "/api/v1/council/events");
            } else {
                api.get("me", "/api/v1/me");
            }
        }
    }

    private String randomPeriod() {
        LocalDate today = LocalDate.now();
        int last = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        int year = 2017 + random.nextInt(last - 2017 + 1);
        return year + "-" + String.format("%02d", (year + 1) % 100);
    }

    /** After a failure: reload where we were; if the platform wants a sign-in again, do it. */
    private void recover() throws InterruptedException {
        for (int attempt = 0; attempt < 3 && !run.stopping(); attempt++) {
            try {
                String route = ui.route() == null ? persona.landing() : "/" + ui.route();
                if (ui.load(route)) {
                    return;
                }
                run.error("recovery-sign-in", "sent to " + ui.redirect());
                signIn(route);
                return;
            } catch (StepFailure e) {
                run.error("recovery-" + e.kind(), e.getMessage());
            } catch (IOException e) {
                run.error("recovery-io-" + e.getClass().getSimpleName(), e.getMessage());
            }
            pause(2_000);
        }
    }

    /**
     * Signs out as a person does (the menu's "Sign out" link): the platform ends its session and sends the browser
     * to Keycloak's end-session endpoint, which sends it back to the platform; a browser then loads that page.
     */
    void signOut() {
        if (!signedIn) {
            return;
        }
        try {
            ui.unload(); // the sign-out link leaves the page: Flow's client sends its unload beacon
            WebClient.Reply reply = web.get(run.settings.url().resolve("/auth/logout"), null);
            run.record("sign-out", reply.nanos());
            for (int hop = 0; hop < 4 && WebClient.isRedirect(reply.status()); hop++) {
                URI next = reply.uri().resolve(reply.header("location"));
                if (next.getPort() == run.settings.url().getPort()
                        && next.getHost().equals(run.settings.url().getHost())) {
                    // Back on the platform: the browser opens that page (bootstrap, init, UIDL), as a person would.
                    String path = next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
                    ui.load(path.isEmpty() ? "/" : path);
                    break;
                }
                reply = web.get(next, null);
            }
        } catch (StepFailure e) {
            run.error("sign-out-" + e.kind(), e.getMessage());
        } catch (IOException e) {
            run.error("sign-out-io-" + e.getClass().getSimpleName(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        signedIn = false;
    }

    private long thinkMillis() {
        double mean = run.settings.thinkSeconds() * 1000;
        double value = -Math.log(1 - random.nextDouble()) * mean;
        return (long) Math.max(mean * 0.1, Math.min(mean * 5, value));
    }

    /** Sleeps, waking early when the run stops; false when it stopped. */
    private boolean pause(long millis) throws InterruptedException {
        long until = System.nanoTime() + millis * 1_000_000L;
        while (!run.stopping()) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            Thread.sleep(Math.min(250, Math.max(1, left / 1_000_000L)));
        }
        return false;
    }

    private void sleepUntil(long nanos) throws InterruptedException {
        while (System.nanoTime() < nanos && !run.stopping()) {
            Thread.sleep(Math.min(250, Math.max(1, (nanos - System.nanoTime()) / 1_000_000L)));
        }
    }
}
