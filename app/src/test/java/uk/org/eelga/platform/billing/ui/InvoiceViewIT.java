package uk.org.eelga.platform.billing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.billing.InvoiceStatus;
import uk.org.eelga.platform.billing.TestInvoices;
import uk.org.eelga.platform.billing.TestInvoices.Facts;
import uk.org.eelga.platform.billing.TestInvoices.Line;
import uk.org.eelga.platform.support.Cards;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.TenantScope;
import uk.org.eelga.tenancy.ui.UkDates;

/**
 * A council's invoice on its own page: what it was for line by line, its dates, status in words and amounts, View
 * and pay only while it can be paid; each row of the list (and each card on a phone) links to it.
 */
@BrowserlessPages
class InvoiceViewIT {

    static final Instant ISSUED = UkTime.startOf(LocalDate.of(2026, 3, 2)).plusSeconds(3600 * 10);
    static final Instant PAID = UkTime.startOf(LocalDate.of(2026, 3, 20)).plusSeconds(3600 * 15);
    static final String PAY_PAGE = "https://invoice.stripe.com/i/acct_test/test_overdue";

    @Inject
    Clock clock;

    @BeforeEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void a_paid_invoice_shows_each_line_its_totals_and_the_days_it_was_issued_and_paid() throws Exception {
        long id = TestInvoices.insert(
                new Facts(
                        Fixtures.NORWICH,
                        "Leadership coaching 2026",
                        "NCC-PO-77",
                        InvoiceStatus.PAID,
                        LocalDate.of(2026, 4, 1),
                        ISSUED,
                        PAID,
                        null),
                new Line("Coaching places", 3, 50_000),
                new Line("Venue hire", 1, 12_500));

        InvoiceView page = open("portal/invoices/" + id);

        assertThat(_get(page, H1.class).getText()).isEqualTo("Leadership coaching 2026");
        assertThat(facts(page))
                .containsEntry("For", "Other")
                .containsEntry("Issued to", "Norwich City Council")
                .containsEntry("PO number", "NCC-PO-77")
                .containsEntry("Issued", "2 March 2026")
                .containsEntry("Due", "1 April 2026")
                .containsEntry("Status", "Paid")
                .containsEntry("Paid", "20 March 2026")
                .containsEntry("Net", "£1,625.00")
                .containsEntry("VAT", "£325.00")
                .containsEntry("Total", "£1,950.00")
                .doesNotContainKey("Carried over");
        assertThat(lines(page))
                .containsExactly(
                        List.of("Description", "Quantity", "Amount before VAT"),
                        List.of("Coaching places", "3 at £500.00 each", "£1,500.00"),
                        List.of("Venue hire", "1 at £125.00 each", "£125.00"));
        assertThat(_find(page, Anchor.class)).noneMatch(a -> a.getText().equals("View and pay"));
        assertThat(page.getPageTitle()).isEqualTo("Invoice: Leadership coaching 2026 | EELGA member platform");
        RouterLink back = _get(page, RouterLink.class, spec -> spec.withText("Back to invoices"));
        assertThat(back.getHref()).isEqualTo("portal/invoices");
    }

    @Test
    void an_overdue_invoice_says_so_in_words_and_offers_view_and_pay() throws Exception {
        LocalDate due = UkTime.today(clock).minusDays(3);
        long id = TestInvoices.insert(
                new Facts(
                        Fixtures.NORWICH,
                        "Membership 2026-27",
                        null,
                        InvoiceStatus.OPEN,
                        due,
                        ISSUED,
                        ISSUED,
                        PAY_PAGE),
                new Line("Annual membership", 1, 400_000));

        InvoiceView page = open("portal/invoices/" + id);

        assertThat(facts(page))
                .containsEntry("Status", "Open, overdue")
                .containsEntry("PO number", "None")
                .containsEntry("Due", UkDates.day(due))
                .doesNotContainKey("Paid");
        // one line charged once: no quantity column
        assertThat(lines(page))
                .containsExactly(
                        List.of("Description", "Amount before VAT"), List.of("Annual membership", "£4,000.00"));
        Anchor pay = _get(page, Anchor.class, spec -> spec.withText("View and pay"));
        assertThat(pay.getHref()).isEqualTo(PAY_PAGE);
        assertThat(pay.getElement().getAttribute("aria-label")).isEqualTo("View and pay Membership 2026-27");
    }

    @Test
    void each_invoice_in_the_list_and_on_its_phone_card_links_to_its_page() throws Exception {
        long id = TestInvoices.insert(
                new Facts(
                        Fixtures.NORWICH,
                        "Talent Bank: interim planner",
                        "PO-9",
                        InvoiceStatus.OPEN,
                        LocalDate.of(2099, 1, 31),
                        ISSUED,
                        ISSUED,
                        PAY_PAGE),
                new Line("2.5 days of an interim planner", 1, 200_000));
        BrowserlessUi.signIn(Fixtures.NORA);
        inCouncil(Fixtures.NORA, () -> {
            UI.getCurrent().navigate(InvoicesPortalView.class);
            Grid<?> grid = _get(Grid.class);
            // the invoice's words are a real link, which the keyboard reaches as a click does
            RouterLink link = (RouterLink) GridKt._getCellComponent(grid, 0, "invoice");
            assertThat(link.getText()).isEqualTo("Talent Bank: interim planner");
            assertThat(link.getHref()).isEqualTo("portal/invoices/" + id);

            RouterLink onCard = _get(Cards.of(grid, 0), RouterLink.class);
            assertThat(onCard.getText()).isEqualTo("Open invoice");
            assertThat(onCard.getElement().getAttribute("aria-label"))
                    .isEqualTo("Open invoice Talent Bank: interim planner");
            assertThat(onCard.getHref()).isEqualTo("portal/invoices/" + id);

            UI.getCurrent().navigate(link.getHref());
            return null;
        });
        assertThat(_get(H1.class).getText()).isEqualTo("Talent Bank: interim planner");
        assertThat(facts(_get(InvoiceView.class))).containsEntry("Total", "£2,400.00");
    }

    @Test
    void another_councils_invoice_an_unknown_id_and_words_are_all_page_not_found() throws Exception {
        long norwich = TestInvoices.insert(
                new Facts(
                        Fixtures.NORWICH,
                        "Norwich's invoice",
                        "PO-N",
                        InvoiceStatus.OPEN,
                        LocalDate.of(2099, 1, 31),
                        ISSUED,
                        ISSUED,
                        PAY_PAGE),
                new Line("Something Norwich bought", 1, 100));
        BrowserlessUi.signIn(Fixtures.CAM);
        for (String id : List.of(String.valueOf(norwich), String.valueOf(norwich + 1000), "0", "-1", "abc")) {
            String heading = inCouncil(Fixtures.CAM, () -> {
                UI.getCurrent().navigate("portal/invoices/" + id);
                return _get(H1.class).getText();
            });
            assertThat(heading).as(id).isEqualTo("Page not found");
            assertThat(_find(Component.class, spec -> spec.withText("Norwich's invoice")))
                    .as(id)
                    .isEmpty();
        }
    }

    private static InvoiceView open(String location) {
        BrowserlessUi.signIn(Fixtures.NORA);
        return inCouncil(Fixtures.NORA, () -> {
            UI.getCurrent().navigate(location);
            return _get(InvoiceView.class);
        });
    }

    /** Runs the step with the person's council bound, as the platform's request filter does for a request. */
    private static <T> T inCouncil(Caller user, Supplier<T> step) {
        try (CurrentTenant.Binding ignored = TenantScope.bind(user)) {
            return step.get();
        }
    }

    /** The page's summary lists as key and value, in order. */
    static Map<String, String> facts(Component page) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (SummaryList list : _find(page, SummaryList.class)) {
            list.getChildren().forEach(row -> {
                List<Component> parts = row.getChildren().toList();
                facts.put(text(parts.get(0)), text(parts.get(1)));
            });
        }
        return facts;
    }

    /** The lines table's rows (the header first), cell by cell. */
    static List<List<String>> lines(Component page) {
        NativeTable table = _get(page, NativeTable.class);
        assertThat(table.getCaptionText()).isEqualTo("What the invoice is for");
        return java.util.stream.Stream.concat(table.getHead().getRows().stream(), table.getBody().getRows().stream())
                .map(NativeTableRow::getAllCells)
                .map(cells -> cells.stream().map(InvoiceViewIT::text).toList())
                .toList();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively().trim();
    }
}
