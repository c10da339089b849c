package uk.org.eelga.platform.talentbank.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.billing.InvoiceSummary;
import uk.org.eelga.platform.billing.ui.InvoicesConsoleView;
import uk.org.eelga.platform.billing.ui.InvoicesPortalView;
import uk.org.eelga.platform.support.Cards;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.GridRows;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.talentbank.RequestStatus;
import uk.org.eelga.platform.talentbank.RequestSummary;
import uk.org.eelga.platform.talentbank.TalentBankCatalogue;
import uk.org.eelga.platform.talentbank.TalentBankJourneys;
import uk.org.eelga.platform.talentbank.TalentBankRequests;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.shared.Money;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.TenantScope;
import uk.org.eelga.tenancy.ui.UkDates;

/** Browserless tests of the Talent Bank and invoice pages, with two councils. */
@BrowserlessPages
class TalentBankViewsIT {

    @Inject
    TalentBankJourneys journeys;

    @Inject
    TalentBankCatalogue catalogue;

    @Inject
    TalentBankRequests requests;

    @BeforeEach
    void start() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void a_council_officer_accepts_a_quote_in_the_portal_and_sees_only_their_own_requests() {
        RequestSummary norwich =
                journeys.quoted(Fixtures.NORA, "PO-N", LocalDate.now().plusDays(10));
        journeys.quoted(Fixtures.CAM, "PO-C", LocalDate.now().plusDays(10));
        BrowserlessUi.signIn(Fixtures.NORA);
        TalentBankPortalView view =
                asCouncil(Fixtures.NORA, () -> UI.getCurrent().navigate(TalentBankPortalView.class));

        assertThat(GridRows.of(view.requests)).extracting(RequestSummary::id).containsExactly(norwich.id());
        inCouncil(Fixtures.NORA, () -> {
            com.vaadin.flow.component.orderedlayout.HorizontalLayout cell =
                    (com.vaadin.flow.component.orderedlayout.HorizontalLayout)
                            com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(view.requests, 0, "action");
            com.vaadin.flow.component.button.Button accept = cell.getChildren()
                    .filter(c -> c instanceof com.vaadin.flow.component.button.Button)
                    .map(c -> (com.vaadin.flow.component.button.Button) c)
                    .filter(b -> b.getElement()
                            .getAttribute("aria-label")
                            .equals("Accept quote for " + norwich.serviceName()))
                    .findFirst()
                    .orElseThrow();
            ButtonKt._click(accept);
        });
        assertThat(view.message.getText()).startsWith("You accepted the quote");
        assertThat(GridRows.of(view.requests).get(0).status()).isEqualTo(RequestStatus.ACCEPTED);
    }

    @Test
    void a_bad_budget_is_refused_in_the_form_with_the_reason_and_nothing_is_sent() {
        BrowserlessUi.signIn(Fixtures.NORA);
        TalentBankPortalView view =
                asCouncil(Fixtures.NORA, () -> UI.getCurrent().navigate(TalentBankPortalView.class));
        asCouncil(Fixtures.NORA, () -> {
            view.service.setValue(catalogue.offers().get(0));
            view.scope.setValue("A review");
            view.startOn.setValue(LocalDate.now().plusDays(2));
            view.endOn.setValue(LocalDate.now().plusDays(20));
            view.budget.setValue("-5");
            ButtonKt._click(view.send);
            return null;
        });
        assertThat(view.budget.isInvalid()).isTrue();
        assertThat(view.budget.getErrorMessage()).isEqualTo("Budget cannot be negative");
        assertThat(view.errors.messages()).containsExactly("Budget cannot be negative");
        assertThat(view.sent.isVisible()).isFalse();
        assertThat(GridRows.of(view.requests)).isEmpty();
    }

    @Test
    void an_empty_request_lists_every_missing_answer_at_once_and_a_sent_one_clears_the_form_without_errors() {
        BrowserlessUi.signIn(Fixtures.NORA);
        TalentBankPortalView view =
                asCouncil(Fixtures.NORA, () -> UI.getCurrent().navigate(TalentBankPortalView.class));
        asCouncil(Fixtures.NORA, () -> {
            ButtonKt._click(view.send);
            return null;
        });
        assertThat(view.errors.messages())
                .containsExactly(
                        "Choose a service",
                        "Describe the work you need",
                        "Enter the start date, for example 01/04/2027",
                        "Enter the end date, for example 30/06/2027");
        assertThat(view.scope.isInvalid()).isTrue();
        assertThat(view.startOn.isInvalid()).isTrue();
        asCouncil(Fixtures.NORA, () -> {
            view.service.setValue(catalogue.offers().get(0));
            view.scope.setValue("A review of our procurement");
            view.startOn.setValue(LocalDate.now().plusDays(2));
            view.endOn.setValue(LocalDate.now().plusDays(20));
            ButtonKt._click(view.send);
            return null;
        });
        assertThat(view.errors.isVisible()).isFalse();
        assertThat(view.sent.getText()).startsWith("Request sent: ");
        assertThat(view.scope.getValue()).isEmpty();
        assertThat(view.scope.isInvalid()).isFalse();
        assertThat(view.startOn.isInvalid()).isFalse();
        assertThat(GridRows.of(view.requests)).hasSize(1);
    }

    @Test
    void another_councils_request_id_in_the_address_is_not_found() {
        RequestSummary norwich =
                journeys.quoted(Fixtures.NORA, "PO-N", LocalDate.now().plusDays(10));
        BrowserlessUi.signIn(Fixtures.CAM);
        inCouncil(Fixtures.CAM, () -> UI.getCurrent().navigate("portal/talent-bank/request/" + norwich.id()));
        assertThat(_get(H1.class).getText()).isEqualTo("Request not found");

        BrowserlessUi.signIn(Fixtures.NORA);
        inCouncil(Fixtures.NORA, () -> UI.getCurrent().navigate("portal/talent-bank/request/" + norwich.id()));
        assertThat(_get(H1.class).getText()).isEqualTo(norwich.serviceName());
    }

    @Test
    void on_a_phone_a_request_is_a_card_with_its_quote_in_uk_words_and_the_quote_is_accepted_from_the_card() {
        LocalDate expires = LocalDate.now().plusDays(10);
        RequestSummary norwich = journeys.quoted(Fixtures.NORA, "PO-N", expires);
        BrowserlessUi.signIn(Fixtures.NORA);
        TalentBankPortalView view =
                asCouncil(Fixtures.NORA, () -> UI.getCurrent().navigate(TalentBankPortalView.class));
        inCouncil(Fixtures.NORA, () -> {
            assertThat(view.requests.getColumnByKey("card"))
                    .as("columns on a wide screen, no cards built")
                    .isNull();
            assertThat(Cards.text(view.requests, 0))
                    .startsWith(norwich.serviceName())
                    .contains("Scope: ", "Status: ", "Quote: £", "(valid until " + UkDates.day(expires) + ")")
                    .doesNotContain(expires.toString());
            ButtonKt._click(Cards.button(view.requests, 0, "Accept quote for " + norwich.serviceName()));
        });
        assertThat(view.message.getText()).startsWith("You accepted the quote");
        assertThat(GridRows.of(view.requests).get(0).status()).isEqualTo(RequestStatus.ACCEPTED);
    }

    @Test
    void on_a_phone_an_invoice_is_a_card_with_its_amounts_due_date_and_status() {
        journeys.invoiced(Fixtures.NORA, "PO-N");
        BrowserlessUi.signIn(Fixtures.NORA);
        inCouncil(Fixtures.NORA, () -> {
            UI.getCurrent().navigate(InvoicesPortalView.class);
            InvoiceSummary invoice = GridRows.of(invoiceGrid()).get(0);
            assertThat(Cards.text(invoiceGrid(), 0))
                    .startsWith(invoice.description())
                    .contains(
                            "PO number: PO-N",
                            "Net: " + Money.format(invoice.netPence()),
                            "VAT: " + Money.format(invoice.vatPence()),
                            "Total: " + Money.format(invoice.totalPence()),
                            "Due: " + UkDates.day(invoice.dueOn()),
                            "Status: " + invoice.statusLabel())
                    .doesNotContain("Carried over");
        });
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate(InvoicesConsoleView.class);
        assertThat(Cards.text(invoiceGrid(), 0)).contains("Council: Norwich City Council", "Total: £");
    }

    @Test
    void invoices_in_the_portal_are_the_councils_own_and_staff_see_all_overdue_first() {
        journeys.invoiced(Fixtures.NORA, "PO-N");
        journeys.invoiced(Fixtures.CAM, "PO-C");
        BrowserlessUi.signIn(Fixtures.NORA);
        inCouncil(Fixtures.NORA, () -> UI.getCurrent().navigate(InvoicesPortalView.class));
        assertThat(GridRows.of(invoiceGrid())).singleElement().satisfies(i -> {
            assertThat(i.councilId()).isEqualTo("norwich");
            assertThat(i.poNumber()).isEqualTo("PO-N");
        });

        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate(InvoicesConsoleView.class);
        assertThat(GridRows.of(invoiceGrid())).hasSize(2);
    }

    @Test
    void staff_quote_a_request_from_the_pipeline_and_see_figures_by_area() {
        RequestSummary norwich = journeys.requested(Fixtures.NORA, "PO-N");
        BrowserlessUi.signIn(Fixtures.staff());
        TalentBankConsoleView view =
                UI.getCurrent().navigate(TalentBankConsoleView.class).orElseThrow();
        view.pipeline.asSingleSelect().setValue(GridRows.of(view.pipeline).get(0));
        view.days.setValue("3");
        view.dayRate.setValue("lots");
        ButtonKt._click(view.quote);
        assertThat(view.message.getText())
                .isEqualTo("Day rate must be an amount in pounds, like 1250 or 1250.50" + " (not \"lots\")");
        view.dayRate.setValue("750");
        ButtonKt._click(view.quote);
        assertThat(view.message.getText()).isEqualTo("Done: Quoted.");
        RequestSummary quoted = GridRows.of(view.pipeline).get(0).request();
        assertThat(quoted.id()).isEqualTo(norwich.id());
        assertThat(quoted.quote().amountPence()).isEqualTo(225_000);
    }

    @Test
    void a_council_officer_cannot_open_the_console_talent_bank() {
        BrowserlessUi.signIn(Fixtures.NORA);
        inCouncil(Fixtures.NORA, () -> UI.getCurrent().navigate("console/talent-bank"));
        assertThat(_get(H1.class).getText()).isEqualTo("You cannot open this page");
    }

    @SuppressWarnings("unchecked")
    private static com.vaadin.flow.component.grid.Grid<uk.org.eelga.platform.billing.InvoiceSummary> invoiceGrid() {
        return _get(com.vaadin.flow.component.grid.Grid.class);
    }

    private static void inCouncil(Caller user, Runnable step) {
        try (CurrentTenant.Binding ignored = TenantScope.bind(user)) {
            step.run();
        }
    }

    private static <T> T asCouncil(Caller user, java.util.function.Supplier<java.util.Optional<T>> step) {
        try (CurrentTenant.Binding ignored = TenantScope.bind(user)) {
            java.util.Optional<T> result = step.get();
            return result == null ? null : result.orElse(null);
        }
    }
}
