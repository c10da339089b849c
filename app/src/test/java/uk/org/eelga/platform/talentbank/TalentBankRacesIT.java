package uk.org.eelga.platform.talentbank;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.Race;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.tenancy.TenantScope;

/** Twenty callers take the same Talent Bank step at the same moment: it happens once, the others are told (409). */
@PlatformIT
class TalentBankRacesIT {

    @Inject
    TalentBankJourneys journeys;

    @Inject
    TalentBankCatalogue catalogue;

    @Inject
    TalentBankRequests requests;

    @Inject
    TalentBankDesk desk;

    private final String norwich = DemoTokens.accessToken("officer@norwich.demo");

    @BeforeEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void twenty_accepts_of_one_quote_over_http_give_one_acceptance_and_nineteen_conflicts() {
        RequestSummary quoted =
                journeys.quoted(Fixtures.NORA, "PO-RACE", LocalDate.now().plusDays(10));

        List<Api.Answer> answers =
                Race.run(() -> Api.post("/api/v1/talent-bank/requests/" + quoted.id() + "/quote/accept", norwich));

        assertThat(Race.statuses(answers)).isEqualTo(Map.of(200, 1L, 409, 19L));
        answers.stream().filter(a -> a.status() == 409).forEach(a -> {
            assertThat(a.json().get("code").asText()).isEqualTo("conflict");
            assertThat(a.json().get("message").asText()).contains("accepted");
        });
        assertThat(history(quoted.id(), "ACCEPTED")).isEqualTo(1);
        assertThat(Race.count("select count(*) from talent_bank_quote where request_id = " + quoted.id()
                        + " and status = 'ACCEPTED'"))
                .isEqualTo(1);
    }

    @Test
    void accepts_and_declines_racing_leave_one_decision() {
        RequestSummary quoted =
                journeys.quoted(Fixtures.NORA, "PO-RACE", LocalDate.now().plusDays(10));

        List<Api.Answer> answers = Race.run(
                Race.CALLERS,
                i -> () -> i % 2 == 0
                        ? Api.post("/api/v1/talent-bank/requests/" + quoted.id() + "/quote/accept", norwich)
                        : Api.post(
                                "/api/v1/talent-bank/requests/" + quoted.id() + "/quote/decline",
                                norwich,
                                "{\"reason\":\"too dear\"}"));

        assertThat(Race.statuses(answers)).isEqualTo(Map.of(200, 1L, 409, 19L));
        assertThat(history(quoted.id(), "ACCEPTED") + history(quoted.id(), "DECLINED"))
                .isEqualTo(1);
        assertThat(Race.count("select count(*) from talent_bank_quote where request_id = " + quoted.id()
                        + " and status in ('ACCEPTED', 'DECLINED')"))
                .isEqualTo(1);
    }

    @Test
    void twenty_quotes_at_once_leave_exactly_one_open_quote() {
        RequestSummary requested = journeys.requested(Fixtures.NORA, "PO-RACE");

        List<String> outcomes = Race.outcomes(() -> desk.quote(
                Fixtures.staff(),
                Fixtures.NORWICH,
                requested.id(),
                new QuoteTerms(
                        Pricing.FIXED, null, null, 500_000L, LocalDate.now().plusDays(10))));

        // re-quoting is allowed (it withdraws the previous quote), so every quote lands, one after another
        assertThat(Race.counted(outcomes)).isEqualTo(Map.of("ok", 20L));
        assertThat(Race.count("select count(*) from talent_bank_quote where request_id = " + requested.id()
                        + " and status = 'OPEN'"))
                .isEqualTo(1);
        assertThat(Race.count("select count(*) from talent_bank_quote where request_id = " + requested.id()
                        + " and status = 'WITHDRAWN'"))
                .isEqualTo(19);
    }

    @Test
    void assigning_the_same_associate_twenty_times_at_once_assigns_once() {
        RequestSummary accepted = journeys.accepted(Fixtures.NORA, "PO-RACE");
        long associate = catalogue.associates().get(0).id();

        List<String> outcomes = Race.outcomes(() -> desk.assign(
                Fixtures.staff(), Fixtures.NORWICH, accepted.id(), associate, new BigDecimal("2"), LocalDate.now()));

        assertThat(Race.counted(outcomes)).isEqualTo(Map.of("ok", 1L, "RequestRefused", 19L));
        assertThat(Race.count("select count(*) from talent_bank_assignment where request_id = " + accepted.id()))
                .isEqualTo(1);
        assertThat(history(accepted.id(), "SCHEDULED")).isEqualTo(1);
    }

    @Test
    void logging_one_days_delivery_twenty_times_at_once_logs_it_once() {
        RequestSummary accepted = journeys.accepted(Fixtures.NORA, "PO-RACE");
        long associate = catalogue.associates().get(0).id();
        desk.assign(Fixtures.staff(), Fixtures.NORWICH, accepted.id(), associate, new BigDecimal("2"), LocalDate.now());

        List<String> outcomes = Race.outcomes(() -> desk.logDelivery(
                Fixtures.staff(), Fixtures.NORWICH, accepted.id(), associate, LocalDate.now(), new BigDecimal("1")));

        assertThat(Race.counted(outcomes)).isEqualTo(Map.of("ok", 1L, "RequestRefused", 19L));
        assertThat(Race.count("select count(*) from talent_bank_delivery where request_id = " + accepted.id()))
                .isEqualTo(1);
        assertThat(history(accepted.id(), "DELIVERED")).isEqualTo(1);
    }

    @Test
    void invoicing_delivered_work_twenty_times_at_once_bills_it_once() {
        RequestSummary accepted = journeys.accepted(Fixtures.NORA, "PO-RACE");
        long associate = catalogue.associates().get(0).id();
        desk.assign(Fixtures.staff(), Fixtures.NORWICH, accepted.id(), associate, new BigDecimal("2"), LocalDate.now());
        desk.logDelivery(
                Fixtures.staff(), Fixtures.NORWICH, accepted.id(), associate, LocalDate.now(), new BigDecimal("2"));

        List<String> outcomes = Race.outcomes(() -> desk.invoice(
                Fixtures.staff(),
                Fixtures.NORWICH,
                accepted.id(),
                LocalDate.now().plusDays(30)));

        assertThat(Race.counted(outcomes)).isEqualTo(Map.of("ok", 1L, "RequestRefused", 19L));
        assertThat(Race.count("select count(*) from billing_invoice where source_ref = 'talent-bank-request-"
                        + accepted.id() + "'"))
                .isEqualTo(1);
        assertThat(history(accepted.id(), "INVOICED")).isEqualTo(1);
        assertThat(TenantScope.callAs(Fixtures.memberOf(Fixtures.NORWICH), () -> requests.ours(accepted.id()))
                        .orElseThrow()
                        .request()
                        .status())
                .isEqualTo(RequestStatus.INVOICED);
    }

    private static long history(long requestId, String to) {
        return Race.count("select count(*) from talent_bank_history where request_id = " + requestId
                + " and to_status = '" + to + "'");
    }
}
