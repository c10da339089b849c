package uk.org.eelga.platform.talentbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.Race;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.talentbank.TalentBankTargets.Target;
import uk.org.eelga.platform.talentbank.TalentBankTargets.TargetDraft;
import uk.org.eelga.tenancy.Refusal;

/**
 * Talent Bank gross-profit targets kept by staff without SQL (a fresh install had no way to set one): set, corrected
 * and removed for the whole bank or an area, every change audited, the year's figures judged against them; bad
 * input, council people and twenty staff racing are refused or settled with nothing half-written.
 */
@PlatformIT
public class TalentBankTargetsIT {

    public static final String YEAR = "2011-12";

    @Inject
    TalentBankTargets targets;

    @Inject
    TalentBankFigures figures;

    @BeforeEach
    @AfterEach
    void cleanUp() throws Exception {
        clean();
    }

    /** Removes the targets of the test year (the page's test uses it too). */
    public static void clean() throws Exception {
        TestDatabase.executeAsOwner("delete from talent_bank_target where financial_year = '" + YEAR + "'");
    }

    @Test
    void staff_set_correct_and_remove_targets_for_the_whole_bank_and_an_area_and_each_change_is_audited() {
        targets.set(Fixtures.staff(), YEAR, new TargetDraft(null, 20_000_000L));
        targets.set(Fixtures.staff(), YEAR, new TargetDraft("procurement", 5_000_000L));
        Target corrected = targets.set(Fixtures.staff(), YEAR, new TargetDraft("", 21_500_000L));

        assertThat(corrected).isEqualTo(new Target(YEAR, null, "The whole Talent Bank", 21_500_000L));
        assertThat(targets.targets())
                .filteredOn(t -> t.financialYear().equals(YEAR))
                .containsExactly(
                        new Target(YEAR, null, "The whole Talent Bank", 21_500_000L),
                        new Target(YEAR, "procurement", "Procurement support", 5_000_000L));
        assertThat(figures.year(Fixtures.staff(), YEAR).orElseThrow().targetPence())
                .isEqualTo(21_500_000L);
        assertThat(Race.count("select count(*) from audit_event where action = 'talent-bank.target.set'"
                        + " and before_state = '" + YEAR + " The whole Talent Bank: £200,000.00'"
                        + " and after_state = '" + YEAR + " The whole Talent Bank: £215,000.00'"))
                .isEqualTo(1);

        Target removed = targets.remove(Fixtures.staff(), YEAR, "procurement");
        assertThat(removed.grossProfitPence()).isEqualTo(5_000_000L);
        assertThat(targets.targets())
                .filteredOn(t -> t.financialYear().equals(YEAR))
                .hasSize(1);
        assertThat(Race.count("select count(*) from audit_event where action = 'talent-bank.target.removed'"
                        + " and before_state = '" + YEAR + " Procurement support: £50,000.00'"))
                .isEqualTo(1);
        assertThatThrownBy(() -> targets.remove(Fixtures.staff(), YEAR, "procurement"))
                .isInstanceOf(CatalogueRefused.class)
                .satisfies(e -> assertThat(((Refusal) e).kind()).isEqualTo(Refusal.Kind.NOT_FOUND));
    }

    @Test
    void bad_input_and_council_people_are_refused_in_words_and_nothing_is_written() {
        List<Runnable> attempts = List.of(
                () -> targets.set(Fixtures.staff(), "2011", new TargetDraft(null, 1L)),
                () -> targets.set(Fixtures.staff(), "2011-13", new TargetDraft(null, 1L)),
                () -> targets.set(Fixtures.staff(), YEAR + " Q1", new TargetDraft(null, 1L)),
                () -> targets.set(Fixtures.staff(), null, new TargetDraft(null, 1L)),
                () -> targets.set(Fixtures.staff(), YEAR, new TargetDraft("nowhere", 1L)),
                () -> targets.set(Fixtures.staff(), YEAR, new TargetDraft(null, 0L)),
                () -> targets.set(Fixtures.staff(), YEAR, new TargetDraft(null, -1L)),
                () -> targets.set(Fixtures.staff(), YEAR, new TargetDraft(null, null)),
                () -> targets.set(Fixtures.staff(), YEAR, null),
                () -> targets.set(
                        Fixtures.staff(), YEAR, new TargetDraft(null, TalentBankTargets.MAX_TARGET_PENCE + 1)));
        for (Runnable attempt : attempts) {
            assertThatThrownBy(attempt::run)
                    .isInstanceOf(CatalogueRefused.class)
                    .satisfies(e -> assertThat(((Refusal) e).kind()).isEqualTo(Refusal.Kind.INVALID))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SQL", "Exception"));
        }
        assertThatThrownBy(() -> targets.set(Fixtures.NORA, YEAR, new TargetDraft(null, 1L)))
                .isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(((Refusal) e).kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
        targets.set(Fixtures.staff(), YEAR, new TargetDraft(null, 100L));
        assertThatThrownBy(() -> targets.remove(Fixtures.NORA, YEAR, null))
                .isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(((Refusal) e).kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
        assertThat(Race.count(
                        "select gross_profit_pence from talent_bank_target where financial_year = '" + YEAR + "'"))
                .isEqualTo(100L);
    }

    @Test
    void twenty_staff_setting_the_same_target_at_once_leave_one_target_and_twenty_audited_changes() {
        long auditedBefore = Race.count("select count(*) from audit_event where action = 'talent-bank.target.set'");
        List<Target> set = Race.run(
                Race.CALLERS,
                caller -> () -> targets.set(Fixtures.staff(), YEAR, new TargetDraft("hr-od", 1_000_000L + caller)));

        assertThat(set).hasSize(Race.CALLERS);
        assertThat(Race.count("select count(*) from talent_bank_target where financial_year = '" + YEAR + "'"))
                .isEqualTo(1);
        long kept =
                Race.count("select gross_profit_pence from talent_bank_target where financial_year = '" + YEAR + "'");
        assertThat(set).extracting(Target::grossProfitPence).contains(kept);
        assertThat(Race.count("select count(*) from audit_event where action = 'talent-bank.target.set'"))
                .isEqualTo(auditedBefore + Race.CALLERS);
    }

    @Test
    void the_api_lets_staff_keep_targets_and_refuses_everyone_else_and_bad_input_with_a_plain_4xx() {
        String staff = DemoTokens.accessToken("staff@eelga.demo");
        Api.Answer put = Api.put(
                "/api/v1/staff/talent-bank/targets/" + YEAR, staff, "{\"areaId\":null,\"grossProfitPence\":2150000}");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().get("areaName").asText()).isEqualTo("The whole Talent Bank");
        assertThat(Api.get("/api/v1/staff/talent-bank/targets", staff).json())
                .anySatisfy(t -> assertThat(t.get("financialYear").asText()).isEqualTo(YEAR));

        for (String person : List.of("officer@norwich.demo", "leader@norwich.demo", "admin@essex.demo")) {
            String token = DemoTokens.accessToken(person);
            assertThat(Api.get("/api/v1/staff/talent-bank/targets", token).status())
                    .isEqualTo(403);
            assertThat(Api.put("/api/v1/staff/talent-bank/targets/" + YEAR, token, "{\"grossProfitPence\":1}")
                            .status())
                    .isEqualTo(403);
            assertThat(Api.delete("/api/v1/staff/talent-bank/targets/" + YEAR, token)
                            .status())
                    .isEqualTo(403);
        }
        assertThat(Api.get("/api/v1/staff/talent-bank/targets", null).status()).isEqualTo(401);

        List<Api.Answer> refused = new ArrayList<>();
        String url = "/api/v1/staff/talent-bank/targets/" + YEAR;
        refused.add(Api.put(url, staff, "{\"grossProfitPence\":"));
        refused.add(Api.put(url, staff, "{\"grossProfitPence\":\"lots\"}"));
        refused.add(Api.put(url, staff, "{\"grossProfitPence\":-5}"));
        refused.add(Api.put(url, staff, "{\"grossProfitPence\":99999999999999999999}"));
        refused.add(Api.put(url, staff, "{\"areaId\":\"" + "p".repeat(100_000) + "\",\"grossProfitPence\":1}"));
        refused.add(Api.put("/api/v1/staff/talent-bank/targets/2011", staff, "{\"grossProfitPence\":1}"));
        refused.add(Api.delete("/api/v1/staff/talent-bank/targets/" + YEAR + "?areaId=hr-od", staff));
        for (Api.Answer answer : refused) {
            assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
            assertThat(answer.body()).doesNotContain("Exception", "SQL", "org.postgresql", "pppppppppp");
        }
        assertThat(Race.count(
                        "select gross_profit_pence from talent_bank_target where financial_year = '" + YEAR + "'"))
                .isEqualTo(2_150_000L);

        assertThat(Api.delete(url, staff).status()).isEqualTo(200);
        assertThat(Race.count("select count(*) from talent_bank_target where financial_year = '" + YEAR + "'"))
                .isZero();
    }
}
