package uk.org.eelga.platform.billing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.billing.TestInvoices.Facts;
import uk.org.eelga.platform.billing.TestInvoices.Line;
import uk.org.eelga.platform.billing.ui.InvoiceView;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.talentbank.TalentBankJourneys;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.TenantScope;

/**
 * One invoice with its lines, against the real database, by its page and the API: a council opens its own and one
 * carried over to it by a merge; another council's id (even a merged predecessor's invoice that did not carry over,
 * which row-level security would let it read) is "not found", exactly as the list decides.
 */
@BrowserlessPages
class InvoiceIsolationIT {

    static final TenantId FOREST_HEATH = TenantId.of("forest-heath");
    static final Instant ISSUED = Instant.parse("2026-03-02T10:00:00Z");

    final String norwich = DemoTokens.accessToken("officer@norwich.demo");
    final String cambridge = DemoTokens.accessToken("officer@cambridge.demo");

    @Inject
    TalentBankJourneys journeys;

    @Inject
    Invoices invoices;

    @BeforeEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void an_officer_of_one_council_gets_not_found_for_another_councils_invoice_by_page_and_api() {
        InvoiceSummary cambridges = journeys.invoiced(Fixtures.CAM, "PO-CAM");

        // its own council opens it, with its line
        JsonNode own = Api.get("/api/v1/invoices/" + cambridges.id(), cambridge).json();
        assertThat(own.get("councilId").asText()).isEqualTo("cambridge");
        assertThat(own.get("totalPence").asLong()).isEqualTo(240_000);
        assertThat(own.get("lines")).hasSize(1);
        assertThat(own.get("lines").get(0).get("netPence").asLong()).isEqualTo(200_000);
        assertThat(own.get("issuedOn").asText()).isNotBlank();
        assertThat(own.hasNonNull("paidOn")).isFalse();

        // Norwich: not found by the API, the service and the page, and nothing of it shown
        Api.Answer foreign = Api.get("/api/v1/invoices/" + cambridges.id(), norwich);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain("PO-CAM", cambridges.description());
        assertThat(TenantScope.callAs(
                        Fixtures.memberOf(Fixtures.NORWICH), () -> invoices.oursWithLines(cambridges.id())))
                .isEmpty();
        assertThat(pageHeading(Fixtures.NORA, cambridges.id())).isEqualTo("Page not found");
        assertThat(_find(Component.class, spec -> spec.withText("PO-CAM"))).isEmpty();

        // an unknown id answers exactly as another council's does
        Api.Answer unknown = Api.get("/api/v1/invoices/" + (cambridges.id() + 1000), norwich);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo(foreign.body());

        // association staff read any council's, with its lines
        JsonNode staff = Api.get("/api/v1/invoices/" + cambridges.id(), DemoTokens.accessToken("staff@eelga.demo"))
                .json();
        assertThat(staff.get("councilId").asText()).isEqualTo("cambridge");
        assertThat(staff.get("lines")).hasSize(1);
    }

    @Test
    void an_invoice_carried_over_by_a_merge_opens_for_the_successor_and_for_no_one_else() throws Exception {
        long carried = TestInvoices.insert(
                facts("Forest Heath coaching", InvoiceStatus.OPEN),
                new Line("Coaching places", 2, 30_000),
                new Line("Workbook", 1, 1_000));
        long leftBehind = TestInvoices.insert(
                facts("Forest Heath conference", InvoiceStatus.PAID), new Line("Conference places", 1, 5_000));
        TestInvoices.carryOver(carried, FOREST_HEATH, Fixtures.NORWICH);

        // Norwich, which Forest Heath merged into, opens the carried invoice with its lines
        JsonNode api = Api.get("/api/v1/invoices/" + carried, norwich).json();
        assertThat(api.get("councilId").asText()).isEqualTo("forest-heath");
        assertThat(api.get("netPence").asLong()).isEqualTo(61_000);
        assertThat(api.get("lines"))
                .extracting(line -> line.get("description").asText())
                .containsExactly("Coaching places", "Workbook");
        assertThat(api.get("lines").get(0).get("quantity").asLong()).isEqualTo(2);
        assertThat(pageHeading(Fixtures.NORA, carried)).isEqualTo("Forest Heath coaching");
        assertThat(_get(InvoiceView.class).getElement().getTextRecursively())
                .contains("Forest Heath District Council", "From Forest Heath District Council (merged into us)");

        // a predecessor's invoice that did not carry over stays out of reach, though Norwich may read its history
        assertThat(Api.get("/api/v1/invoices/" + leftBehind, norwich).status()).isEqualTo(404);
        assertThat(TenantScope.callAs(Fixtures.memberOf(Fixtures.NORWICH), () -> invoices.oursWithLines(leftBehind)))
                .isEmpty();
        assertThat(pageHeading(Fixtures.NORA, leftBehind)).isEqualTo("Page not found");

        // a council it was not carried to: not found
        assertThat(Api.get("/api/v1/invoices/" + carried, cambridge).status()).isEqualTo(404);
        assertThat(pageHeading(Fixtures.CAM, carried)).isEqualTo("Page not found");
    }

    private static Facts facts(String description, InvoiceStatus status) {
        return new Facts(FOREST_HEATH, description, "FH-PO", status, LocalDate.of(2099, 1, 31), ISSUED, ISSUED, null);
    }

    /** Opens the invoice's page as {@code user}, with their council bound as a request would; its main heading. */
    private static String pageHeading(Caller user, long id) {
        BrowserlessUi.restartAs(user);
        try (CurrentTenant.Binding ignored = TenantScope.bind(user)) {
            UI.getCurrent().navigate("portal/invoices/" + id);
            return _get(H1.class).getText();
        }
    }
}
