package uk.org.eelga.platform.talentbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.Race;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.talentbank.TalentBankReference.AssociateRow;
import uk.org.eelga.platform.talentbank.TalentBankReference.ServiceRow;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Refusal;
import uk.org.eelga.tenancy.Role;
import uk.org.eelga.tenancy.TenantScope;

/**
 * Correcting and withdrawing the Talent Bank's services and associates: a withdrawn service is no longer offered nor
 * requestable while requests already made keep it; a withdrawn associate is not assigned to new work; only staff do
 * either, and every change is audited.
 */
@PlatformIT
class TalentBankReferenceIT {

    @Inject
    TalentBankReference reference;

    @Inject
    TalentBankCatalogue catalogue;

    @Inject
    TalentBankRequests requests;

    @Inject
    TalentBankJourneys journeys;

    @Inject
    TalentBankDesk desk;

    @BeforeEach
    void start() throws Exception {
        TestDatabase.clearTenantData();
        clean();
    }

    @AfterEach
    void stop() throws Exception {
        TestDatabase.clearTenantData();
        clean();
    }

    static void clean() throws Exception {
        TestDatabase.executeAsOwner(
                "delete from talent_bank_associate_rate where associate_id in (select id from talent_bank_associate"
                        + " where email like '%@reference.test')",
                "delete from talent_bank_associate where email like '%@reference.test'",
                "delete from talent_bank_service where name like 'Test reference%'");
    }

    @Test
    void a_withdrawn_service_is_no_longer_offered_nor_requestable_and_a_request_already_made_keeps_it() {
        ServiceRow service = reference.addService(
                Fixtures.staff(),
                new TalentBankReference.ServiceDraft(
                        "procurement", "Test reference audit", "A look at contracts", 50_000L, true));
        RequestSummary made = request(service.id());

        ServiceRow withdrawn = reference.offerService(Fixtures.staff(), service.id(), false);

        assertThat(withdrawn.active()).isFalse();
        assertThat(reference.services()).anySatisfy(s -> {
            assertThat(s.id()).isEqualTo(service.id());
            assertThat(s.active()).isFalse();
        });
        assertThat(catalogue.offers()).noneMatch(o -> o.id() == service.id());
        assertThatThrownBy(() -> request(service.id()))
                .isInstanceOf(RequestRefused.class)
                .hasMessage("Choose a service from the catalogue");
        assertThat(TenantScope.callAs(Fixtures.memberOf(Fixtures.NORWICH), () -> requests.ours()))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.id()).isEqualTo(made.id());
                    assertThat(r.serviceName()).isEqualTo("Test reference audit");
                });
        assertThat(Race.count("select count(*) from audit_event where action = 'talent-bank.service.withdrawn'"
                        + " and after_state like 'procurement: Test reference audit at % (withdrawn)'"))
                .isEqualTo(1);
        assertThatThrownBy(() -> reference.offerService(Fixtures.staff(), service.id(), false))
                .isInstanceOf(CatalogueRefused.class)
                .hasMessageContaining("already withdrawn");

        reference.offerService(Fixtures.staff(), service.id(), true);
        assertThat(catalogue.offers()).anyMatch(o -> o.id() == service.id());
    }

    @Test
    void staff_correct_a_service_and_an_associate_and_the_change_is_audited() {
        ServiceRow service = reference.addService(
                Fixtures.staff(),
                new TalentBankReference.ServiceDraft(
                        "procurement", "Test reference revew", "A look at contracts", 50_000L, true));
        ServiceRow changed = reference.changeService(
                Fixtures.staff(),
                service.id(),
                new TalentBankReference.ServiceDraft(
                        "procurement", "Test reference review", "A look at contracts", 55_000L, null));
        assertThat(changed.name()).isEqualTo("Test reference review");
        assertThat(changed.indicativeDayRatePence()).isEqualTo(55_000L);
        assertThat(changed.active()).isTrue();

        AssociateRow sam = addAssociate("Sam Smiht", "sam@reference.test");
        addAssociate("Alex Other", "alex@reference.test");
        AssociateRow corrected = reference.changeAssociate(
                Fixtures.staff(),
                sam.id(),
                new TalentBankReference.AssociateDetails("Sam Smith", "Sam.Smith@Reference.test", "procurement"));
        assertThat(corrected.name()).isEqualTo("Sam Smith");
        assertThat(corrected.email()).isEqualTo("sam.smith@reference.test");
        assertThat(corrected.rates()).hasSize(1);
        assertThat(Race.count("select count(*) from audit_event where action = 'talent-bank.associate.changed'"
                        + " and before_state like 'Sam Smiht%' and after_state like 'Sam Smith%'"))
                .isEqualTo(1);

        assertThatThrownBy(() -> reference.changeAssociate(
                        Fixtures.staff(),
                        sam.id(),
                        new TalentBankReference.AssociateDetails("Sam Smith", "alex@reference.test", "procurement")))
                .isInstanceOf(CatalogueRefused.class)
                .hasMessage("An associate with this email address exists");
        assertThatThrownBy(() -> reference.changeAssociate(
                        Fixtures.staff(),
                        sam.id(),
                        new TalentBankReference.AssociateDetails(" ", "not an email", "nowhere")))
                .isInstanceOf(CatalogueRefused.class);
        assertThat(Race.count("select count(*) from talent_bank_associate where email = 'sam.smith@reference.test'"
                        + " and name = 'Sam Smith'"))
                .isEqualTo(1);
    }

    @Test
    void a_withdrawn_associate_is_not_assigned_to_new_work_and_stays_listed_as_withdrawn_to_staff() {
        AssociateRow sam = addAssociate("Sam Withdrawn", "withdrawn@reference.test");
        reference.offerAssociate(Fixtures.staff(), sam.id(), false);

        assertThat(reference.associates()).anySatisfy(a -> {
            assertThat(a.id()).isEqualTo(sam.id());
            assertThat(a.active()).isFalse();
        });
        assertThat(catalogue.associates()).noneMatch(a -> a.id() == sam.id());
        RequestSummary accepted = journeys.accepted(Fixtures.NORA, "PO-W");
        assertThatThrownBy(() -> desk.assign(
                        Fixtures.staff(),
                        Fixtures.NORWICH,
                        accepted.id(),
                        sam.id(),
                        new BigDecimal("2"),
                        LocalDate.now()))
                .isInstanceOf(RequestRefused.class);
        assertThat(Race.count("select count(*) from audit_event where action = 'talent-bank.associate.withdrawn'"
                        + " and after_state like 'Sam Withdrawn%(withdrawn)'"))
                .isEqualTo(1);
    }

    @Test
    void a_withdrawn_associate_offered_again_is_assigned_to_new_work_and_their_past_work_is_unchanged() {
        AssociateRow sam = addAssociate("Sam Returning", "returning@reference.test");
        RequestSummary before = journeys.accepted(Fixtures.NORA, "PO-R1");
        desk.assign(Fixtures.staff(), Fixtures.NORWICH, before.id(), sam.id(), new BigDecimal("2"), LocalDate.now());
        reference.offerAssociate(Fixtures.staff(), sam.id(), false);
        // withdrawn, the work they were assigned keeps them: their days on it are still logged
        desk.logDelivery(
                Fixtures.staff(), Fixtures.NORWICH, before.id(), sam.id(), LocalDate.now(), new BigDecimal("1"));
        RequestSummary after = journeys.accepted(Fixtures.NORA, "PO-R2");
        assertThatThrownBy(() -> desk.assign(
                        Fixtures.staff(), Fixtures.NORWICH, after.id(), sam.id(), BigDecimal.ONE, LocalDate.now()))
                .isInstanceOf(RequestRefused.class);

        AssociateRow back = reference.offerAssociate(Fixtures.staff(), sam.id(), true);

        assertThat(back.active()).isTrue();
        assertThat(back.rates()).hasSize(1);
        assertThat(catalogue.associates()).anyMatch(a -> a.id() == sam.id());
        desk.assign(Fixtures.staff(), Fixtures.NORWICH, after.id(), sam.id(), BigDecimal.ONE, LocalDate.now());
        assertThat(Race.count("select count(*) from talent_bank_assignment where associate_id = " + sam.id()))
                .isEqualTo(2);
        assertThat(Race.count("select count(*) from talent_bank_delivery where associate_id = " + sam.id()))
                .isEqualTo(1);
        assertThat(Race.count("select count(*) from audit_event where action = 'talent-bank.associate.offered'"
                        + " and before_state like 'Sam Returning%(withdrawn)' and after_state not like '%withdrawn%'"))
                .isEqualTo(1);
        assertThatThrownBy(() -> reference.offerAssociate(Fixtures.staff(), sam.id(), true))
                .isInstanceOf(CatalogueRefused.class)
                .hasMessage("Sam Returning is already available")
                .satisfies(e -> assertThat(((Refusal) e).kind()).isEqualTo(Refusal.Kind.CONFLICT));
        assertThatThrownBy(() -> reference.offerAssociate(Fixtures.staff(), 999_999_999L, true))
                .isInstanceOf(CatalogueRefused.class)
                .satisfies(e -> assertThat(((Refusal) e).kind()).isEqualTo(Refusal.Kind.NOT_FOUND));
    }

    @Test
    void only_staff_offer_a_withdrawn_associate_again_and_twenty_at_once_offer_them_once() {
        AssociateRow sam = addAssociate("Sam Raced", "raced@reference.test");
        reference.offerAssociate(Fixtures.staff(), sam.id(), false);
        for (Role role : List.of(Role.COUNCIL_OFFICER, Role.COUNCIL_LEADER, Role.COUNCIL_ADMIN)) {
            Caller council = new Caller(
                    "subject-" + role, "someone@norwich.demo", "Someone", Set.of(role), Fixtures.NORWICH, "Norwich");
            assertThatThrownBy(() -> reference.offerAssociate(council, sam.id(), true))
                    .isInstanceOf(CatalogueRefused.class)
                    .satisfies(e -> assertThat(((Refusal) e).kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
        }
        assertThat(Race.count("select count(*) from talent_bank_associate where id = " + sam.id() + " and active"))
                .isZero();

        List<String> outcomes = Race.outcomes(() -> reference.offerAssociate(Fixtures.staff(), sam.id(), true));

        assertThat(Race.counted(outcomes)).isEqualTo(Map.of("ok", 1L, "CatalogueRefused", 19L));
        assertThat(Race.count("select count(*) from talent_bank_associate where id = " + sam.id() + " and active"))
                .isEqualTo(1);
        assertThat(Race.count("select count(*) from audit_event where action = 'talent-bank.associate.offered'"
                        + " and before_state like 'Sam Raced%'"))
                .isEqualTo(1);
    }

    @Test
    void a_council_person_cannot_change_or_withdraw_a_service_or_an_associate() {
        ServiceRow service = reference.addService(
                Fixtures.staff(),
                new TalentBankReference.ServiceDraft(
                        "procurement", "Test reference kept", "A look at contracts", 50_000L, true));
        AssociateRow sam = addAssociate("Sam Kept", "kept@reference.test");

        assertThatThrownBy(() -> reference.offerService(Fixtures.NORA, service.id(), false))
                .isInstanceOf(CatalogueRefused.class)
                .satisfies(e -> assertThat(((Refusal) e).kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
        assertThatThrownBy(() -> reference.changeService(
                        Fixtures.NORA,
                        service.id(),
                        new TalentBankReference.ServiceDraft(
                                "procurement", "Test reference taken", "Mine now", 1L, null)))
                .isInstanceOf(CatalogueRefused.class);
        assertThatThrownBy(() -> reference.offerAssociate(Fixtures.NORA, sam.id(), false))
                .isInstanceOf(CatalogueRefused.class);
        assertThatThrownBy(() -> reference.changeAssociate(
                        Fixtures.NORA,
                        sam.id(),
                        new TalentBankReference.AssociateDetails("Nora", "nora@reference.test", "procurement")))
                .isInstanceOf(CatalogueRefused.class);

        assertThat(Race.count("select count(*) from talent_bank_service where name = 'Test reference kept'"
                        + " and active and indicative_day_rate_pence = 50000"))
                .isEqualTo(1);
        assertThat(Race.count("select count(*) from talent_bank_associate where email = 'kept@reference.test'"
                        + " and active and name = 'Sam Kept'"))
                .isEqualTo(1);
    }

    private RequestSummary request(long serviceId) {
        return TenantScope.callAs(
                Fixtures.NORA,
                () -> requests.request(
                        Fixtures.NORA,
                        new NewRequest(
                                serviceId,
                                "Review of the waste contract",
                                LocalDate.now().plusDays(10),
                                LocalDate.now().plusDays(40),
                                null,
                                null)));
    }

    private AssociateRow addAssociate(String name, String email) {
        return reference.addAssociate(
                Fixtures.staff(),
                new TalentBankReference.AssociateDraft(name, email, "procurement", 40_000L, 60_000L, null));
    }
}
