package uk.org.eelga.platform.talentbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.billing.InvalidAmount;
import uk.org.eelga.platform.billing.InvoiceSummary;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.tenancy.TenantScope;

/** The Talent Bank's rules and its REST API, with two councils trying to reach each other's records. */
@PlatformIT
class TalentBankIT {

    @Inject
    TalentBankJourneys journeys;

    @Inject
    TalentBankCatalogue catalogue;

    @Inject
    TalentBankRequests requests;

    @Inject
    TalentBankFigures figures;

    private final String norwich = DemoTokens.accessToken("officer@norwich.demo");
    private final String cambridge = DemoTokens.accessToken("officer@cambridge.demo");

    @BeforeEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void an_expired_quote_cannot_be_accepted_and_stays_open() throws Exception {
        RequestSummary quoted =
                journeys.quoted(Fixtures.NORA, "PO-1", LocalDate.now().plusDays(5));
        TestDatabase.executeAsOwner(
                "select set_config('app.tenant_id', 'norwich', false)",
                "update talent_bank_quote set expires_on = current_date - 1");

        assertThatThrownBy(() -> TenantScope.callAs(
                        Fixtures.memberOf(Fixtures.NORWICH), () -> requests.accept(Fixtures.NORA, quoted.id())))
                .isInstanceOf(RequestRefused.class)
                .hasMessageContaining("expired")
                .hasMessageContaining("ask the association for a new quote");
        Api.Answer viaApi = Api.post("/api/v1/talent-bank/requests/" + quoted.id() + "/quote/accept", norwich, null);
        assertThat(viaApi.status()).isEqualTo(422);
        assertThat(viaApi.json().get("message").asText()).contains("expired");

        RequestSummary after = TenantScope.callAs(Fixtures.memberOf(Fixtures.NORWICH), () -> requests.ours())
                .get(0);
        assertThat(after.status()).isEqualTo(RequestStatus.QUOTED);
        assertThat(after.quote().expired()).isTrue();
    }

    @Test
    void negative_and_non_numeric_budgets_are_refused_with_a_clear_message_and_nothing_is_saved() {
        long service = catalogue.offers().get(0).id();
        String start = LocalDate.now().plusDays(3).toString();
        String end = LocalDate.now().plusDays(9).toString();
        for (String budget : List.of("-100", "lots", "12.345")) {
            Api.Answer answer = Api.post(
                    "/api/v1/talent-bank/requests",
                    norwich,
                    "{\"serviceId\":" + service
                            + ",\"scope\":\"Review\",\"startOn\":\"" + start + "\",\"endOn\":\"" + end
                            + "\",\"budget\":\""
                            + budget + "\"}");
            assertThat(answer.status()).as(budget).isEqualTo(400);
            assertThat(answer.json().get("message").asText()).startsWith("Budget");
        }
        assertThatThrownBy(() -> new QuoteTerms(Pricing.FIXED, null, null, -1L, LocalDate.now()))
                .isInstanceOf(InvalidAmount.class)
                .hasMessage("Fixed price cannot be negative");
        assertThat(Api.get("/api/v1/talent-bank/requests", norwich).json()).isEmpty();

        Api.Answer good = Api.post(
                "/api/v1/talent-bank/requests",
                norwich,
                "{\"serviceId\":" + service
                        + ",\"scope\":\"Review\",\"startOn\":\"" + start + "\",\"endOn\":\"" + end
                        + "\",\"budget\":\"£12,500.50\",\"poNumber\":\"NCC-1\"}");
        assertThat(good.status()).isEqualTo(201);
        assertThat(good.json().get("budgetPence").asLong()).isEqualTo(1_250_050);
    }

    @Test
    void a_council_gets_not_found_for_another_councils_request_quote_and_invoice() {
        InvoiceSummary norwichInvoice = journeys.invoiced(Fixtures.NORA, "PO-N");
        RequestSummary norwichQuoted =
                journeys.quoted(Fixtures.NORA, "PO-Q", LocalDate.now().plusDays(20));
        long norwichRequest = TenantScope.callAs(Fixtures.memberOf(Fixtures.NORWICH), () -> requests.ours()).stream()
                .filter(r -> r.status() == RequestStatus.INVOICED)
                .findFirst()
                .orElseThrow()
                .id();

        assertThat(Api.get("/api/v1/talent-bank/requests/" + norwichRequest, norwich)
                        .status())
                .isEqualTo(200);
        assertThat(Api.get("/api/v1/talent-bank/requests/" + norwichRequest, cambridge)
                        .status())
                .isEqualTo(404);
        assertThat(Api.get("/api/v1/talent-bank/requests", cambridge).json()).isEmpty();
        assertThat(Api.post("/api/v1/talent-bank/requests/" + norwichQuoted.id() + "/quote/accept", cambridge, null)
                        .status())
                .isEqualTo(404);
        assertThat(Api.post(
                                "/api/v1/talent-bank/requests/" + norwichQuoted.id() + "/quote/decline",
                                cambridge,
                                "{\"reason\":\"x\"}")
                        .status())
                .isEqualTo(404);
        assertThat(Api.get("/api/v1/invoices/" + norwichInvoice.id(), cambridge).status())
                .isEqualTo(404);
        assertThat(Api.get("/api/v1/invoices", cambridge).json()).isEmpty();
        for (String forged : List.of("0", "-1", "abc", "1%20or%201=1")) {
            assertThat(Api.get("/api/v1/invoices/" + forged, norwich).status())
                    .as(forged)
                    .isEqualTo(404);
            assertThat(Api.get("/api/v1/talent-bank/requests/" + forged, norwich)
                            .status())
                    .as(forged)
                    .isEqualTo(404);
        }

        JsonNode own =
                Api.get("/api/v1/invoices/" + norwichInvoice.id(), norwich).json();
        assertThat(own.get("totalPence").asLong()).isEqualTo(240_000);
        assertThat(own.get("vatPence").asLong()).isEqualTo(40_000);
        // the quote stays Norwich's to decide
        assertThat(TenantScope.callAs(Fixtures.memberOf(Fixtures.NORWICH), () -> requests.ours(norwichQuoted.id()))
                        .orElseThrow()
                        .request()
                        .status())
                .isEqualTo(RequestStatus.QUOTED);
    }

    @Test
    void staff_see_every_councils_invoices_and_a_council_only_its_own_through_the_api() {
        journeys.invoiced(Fixtures.NORA, "PO-N");
        journeys.invoiced(Fixtures.CAM, "PO-C");
        assertThat(Api.get("/api/v1/invoices", DemoTokens.accessToken("staff@eelga.demo"))
                        .json())
                .hasSize(2);
        assertThat(Api.get("/api/v1/invoices", norwich).json()).hasSize(1);
        assertThat(Api.get("/api/v1/invoices", norwich)
                        .json()
                        .get(0)
                        .get("councilId")
                        .asText())
                .isEqualTo("norwich");
    }

    @Test
    void every_step_is_in_the_history_with_who_and_when() {
        journeys.invoiced(Fixtures.NORA, "PO-H");
        long id = TenantScope.callAs(Fixtures.memberOf(Fixtures.NORWICH), () -> requests.ours())
                .get(0)
                .id();
        RequestDetail detail = TenantScope.callAs(Fixtures.memberOf(Fixtures.NORWICH), () -> requests.ours(id))
                .orElseThrow();
        assertThat(detail.history())
                .extracting(RequestDetail.Change::to)
                .containsExactly("Requested", "Quoted", "Quote accepted", "Scheduled", "Delivered", "Invoiced");
        assertThat(detail.history())
                .extracting(RequestDetail.Change::by)
                .containsExactly(
                        "Nora@norwich.demo",
                        "staff@eelga.demo",
                        "Nora@norwich.demo",
                        "staff@eelga.demo",
                        "staff@eelga.demo",
                        "staff@eelga.demo");
        assertThat(detail.history())
                .allSatisfy(change -> assertThat(change.at()).isNotNull());
    }

    @Test
    void gross_profit_by_area_and_year_comes_from_the_delivery_rows_and_the_stored_target() throws Exception {
        journeys.invoiced(Fixtures.NORA, "PO-F");
        String year = ReportingPeriod.containing(LocalDate.now()).yearLabel();
        TestDatabase.executeAsOwner(
                "insert into talent_bank_target (financial_year, area_id, gross_profit_pence) values ('" + year
                        + "', null, 100000) on conflict do nothing");
        TalentBankFigures.Year figuresOfYear =
                figures.year(Fixtures.staff(), year).orElseThrow();
        TalentBankCatalogue.AssociateSummary associate = catalogue.associates().get(0);
        long cost = TalentBankDesk.times(new java.math.BigDecimal("2.5"), associate.costDayRatePence());
        assertThat(figuresOfYear.turnoverPence()).isEqualTo(200_000);
        assertThat(figuresOfYear.associateCostPence()).isEqualTo(cost);
        assertThat(figuresOfYear.grossProfitPence()).isEqualTo(200_000 - cost);
        assertThat(figuresOfYear.targetPence()).isEqualTo(100_000);
        assertThat(figuresOfYear.areas()).singleElement().satisfies(area -> assertThat(area.deliveries())
                .singleElement()
                .satisfies(row -> assertThat(row.councilId()).isEqualTo("norwich")));
        assertThat(figures.year(Fixtures.staff(), "2017-18").orElseThrow().targetPence())
                .isEqualTo(20_500_000);
        assertThatThrownBy(() -> figures.grossProfitByAreaAndYear(Fixtures.NORA))
                .isInstanceOf(SecurityException.class);
    }
}
