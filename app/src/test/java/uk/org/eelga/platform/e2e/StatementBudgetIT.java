package uk.org.eelga.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.eelga.platform.support.RealBrowser.PLATFORM;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.RealBrowser;
import uk.org.eelga.platform.support.StatementCounter;

/**
 * The statement budget of issue 13: real Chromium signed in through Keycloak's login page opens every page of its
 * side menu, one after the other, as each persona (officer, leader, council admin, association staff and admin),
 * and the SQL statements and transactions the platform sends to PostgreSQL for that navigation, counted at the
 * connection level by {@link StatementCounter} from the click until the page is quiet (no Vaadin request in flight
 * and no statement for half a second), must stay within the page's budget. Every page is opened twice (the second
 * time after all the others), and both visits are held to the budget. Background jobs are off in the tests.
 */
@PlatformIT
class StatementBudgetIT {

    /** The budget of a page navigation unless {@link #EXCEPTIONS} says otherwise. */
    static final Budget DEFAULT = new Budget(10, 2);

    /**
     * Pages allowed more, each with the reason. A page is listed here only when its statements are all distinct
     * queries of different tables that one screen needs; repeats of one query never earn an exception.
     */
    static final Map<String, Budget> EXCEPTIONS = new LinkedHashMap<>();

    record Budget(int statements, int transactions) {}

    static RealBrowser chromium;
    static final List<String> report = new ArrayList<>();

    @BeforeAll
    static void launch() {
        chromium = new RealBrowser();
    }

    @AfterAll
    static void close() throws IOException {
        chromium.close();
        Path file = Path.of("target", "statement-budget.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, report, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "officer@norwich.demo",
                "leader@cambridge.demo",
                "admin@norwich.demo",
                "staff@eelga.demo",
                "admin@eelga.demo"
            })
    void every_page_of_the_side_menu_stays_within_its_statement_budget(String username) {
        BrowserContext context = chromium.newSession();
        try {
            Page page = context.newPage();
            RealBrowser.signIn(page, username);
            page.waitForURL(Pattern.compile(Pattern.quote(PLATFORM) + "/.+"));
            quiet(page);
            List<String> paths = page.locator("vaadin-side-nav-item").all().stream()
                    .map(item -> item.getAttribute("path"))
                    .filter(path -> path != null && !path.isBlank())
                    .toList();
            assertThat(paths).as("the side menu of " + username).hasSizeGreaterThanOrEqualTo(4);

            List<String> overBudget = new ArrayList<>();
            for (int visit = 1; visit <= 2; visit++) {
                for (String path : paths) {
                    StatementCounter.reset();
                    Locator item = page.locator("vaadin-side-nav-item[path='" + path + "']");
                    item.click();
                    page.waitForURL(PLATFORM + "/" + path);
                    quiet(page);
                    StatementCounter.Count count = StatementCounter.count();
                    Budget budget = EXCEPTIONS.getOrDefault(path, DEFAULT);
                    String line = String.format(
                            "%-22s %-32s visit %d: %3d statements, %2d transactions, %2d checkouts (budget %d / %d)",
                            username,
                            path,
                            visit,
                            count.statements(),
                            count.transactions(),
                            count.checkouts(),
                            budget.statements(),
                            budget.transactions());
                    report.add(line);
                    if (count.statements() > budget.statements() || count.transactions() > budget.transactions()) {
                        overBudget.add(username + " /" + path + " visit " + visit + ": " + count);
                    }
                }
            }
            assertThat(overBudget).as("page navigations above their budget").isEmpty();
        } finally {
            context.close();
        }
    }

    /** Waits until no Vaadin request is in flight and no statement has been sent for half a second. */
    static void quiet(Page page) {
        long deadline = System.currentTimeMillis() + 20_000;
        int last = -1;
        long quietSince = System.currentTimeMillis();
        while (System.currentTimeMillis() < deadline) {
            boolean busy = (Boolean) page.evaluate("() => { const f = window.Vaadin && window.Vaadin.Flow;"
                    + " if (!f || !f.clients) return true;"
                    + " return Object.values(f.clients).some(c => c.isActive && c.isActive()); }");
            int now = StatementCounter.statementsSoFar();
            if (busy || now != last) {
                last = now;
                quietSince = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - quietSince >= 500) {
                return;
            }
            page.waitForTimeout(100);
        }
        throw new AssertionError("the page did not become quiet within 20 s: " + page.url());
    }
}
