package uk.org.eelga.platform.talentbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.framework.FrameworkService;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.Race;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.talentbank.TalentBankAreas.AreaDraft;
import uk.org.eelga.platform.talentbank.TalentBankAreas.AreaInUse;
import uk.org.eelga.tenancy.Refusal;

/**
 * The Talent Bank's areas kept by staff without SQL (the offer's areas changed between the framework's years): an
 * area added after the others with an id made from its name, renamed with its services keeping it, each change
 * audited, offered by name where a framework measure is bound to one; bad input, council people and twenty staff
 * racing are refused or settled with nothing half-written.
 */
@PlatformIT
public class TalentBankAreasIT {

    @Inject
    TalentBankAreas areas;

    @Inject
    TalentBankReference reference;

    @Inject
    FrameworkService frameworks;

    @BeforeEach
    @AfterEach
    void cleanUp() throws Exception {
        clean();
    }

    /** Removes the areas the tests add (their names start "Test area"), with any service put in them. */
    public static void clean() throws Exception {
        TestDatabase.executeAsOwner("delete from talent_bank_service where area_id like 'test-area%'");
        TestDatabase.executeAsOwner("delete from talent_bank_area where id like 'test-area%'");
    }

    @Test
    void staff_add_an_area_after_the_others_and_rename_it_and_its_services_keep_it_under_the_new_name() {
        int before = areas.areas().size();
        AreaInUse added = areas.add(Fixtures.staff(), new AreaDraft("  Test   area: Digital & data  "));

        assertThat(added).isEqualTo(new AreaInUse("test-area-digital-and-data", "Test area: Digital & data", 0, 0));
        assertThat(areas.areas()).hasSize(before + 1).last().isEqualTo(added);
        assertThat(reference.areas())
                .last()
                .extracting(TalentBankReference.AreaRow::name)
                .isEqualTo("Test area: Digital & data");
        TalentBankReference.ServiceRow service = reference.addService(
                Fixtures.staff(),
                new TalentBankReference.ServiceDraft(
                        added.id(), "Data maturity review", "A review of the council's use of data.", 65_000L, true));

        AreaInUse renamed = areas.rename(Fixtures.staff(), added.id(), new AreaDraft("Test area: Digital"));

        assertThat(renamed).isEqualTo(new AreaInUse("test-area-digital-and-data", "Test area: Digital", 1, 0));
        assertThat(reference.services())
                .filteredOn(s -> s.id() == service.id())
                .singleElement()
                .extracting(TalentBankReference.ServiceRow::areaName)
                .isEqualTo("Test area: Digital");
        assertThat(Race.count("select count(*) from audit_event where action = 'talent-bank.area.added'"
                        + " and after_state = 'Test area: Digital & data'"))
                .isEqualTo(1);
        assertThat(Race.count("select count(*) from audit_event where action = 'talent-bank.area.renamed'"
                        + " and before_state = 'Test area: Digital & data' and after_state = 'Test area: Digital'"))
                .isEqualTo(1);

        // a second area whose name makes the same id is numbered, never refused or merged into the first
        AreaInUse second = areas.add(Fixtures.staff(), new AreaDraft("Test area: digital and data"));
        assertThat(second.id()).isEqualTo("test-area-digital-and-data-2");
    }

    @Test
    void a_measure_bound_to_an_area_offers_the_areas_by_name_as_do_projects_and_briefed_bodies() {
        areas.add(Fixtures.staff(), new AreaDraft("Test area: Climate"));

        Map<String, String> offered = frameworks.parameterChoices("area");
        assertThat(offered)
                .containsEntry("procurement", "Procurement support")
                .containsEntry("test-area-climate", "Test area: Climate");
        assertThat(frameworks.parameterChoices("for"))
                .containsEntry("lga-executive", "The LGA Executive")
                .hasSizeGreaterThan(1);
        assertThat(frameworks.parameterChoices("project").values())
                .allSatisfy(words -> assertThat(words).matches(".+, opens \\d{1,2} [A-Z][a-z]+ \\d{4}"));
    }

    @Test
    void bad_input_taken_names_and_council_people_are_refused_in_words_and_nothing_is_written() {
        AreaInUse mine = areas.add(Fixtures.staff(), new AreaDraft("Test area: Housing"));
        List<Runnable> invalid = List.of(
                () -> areas.add(Fixtures.staff(), null),
                () -> areas.add(Fixtures.staff(), new AreaDraft(null)),
                () -> areas.add(Fixtures.staff(), new AreaDraft("   ")),
                () -> areas.add(Fixtures.staff(), new AreaDraft("Test area " + "x".repeat(TalentBankAreas.NAME_MAX))),
                () -> areas.add(Fixtures.staff(), new AreaDraft("Test area\nwith a line break")),
                () -> areas.rename(Fixtures.staff(), mine.id(), new AreaDraft("")));
        for (Runnable attempt : invalid) {
            assertThatThrownBy(attempt::run)
                    .isInstanceOf(CatalogueRefused.class)
                    .satisfies(e -> assertThat(((Refusal) e).kind()).isEqualTo(Refusal.Kind.INVALID))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SQL", "Exception", "null"));
        }
        assertThatThrownBy(() -> areas.add(Fixtures.staff(), new AreaDraft("PROCUREMENT SUPPORT")))
                .isInstanceOf(CatalogueRefused.class)
                .hasMessage("The Talent Bank already has an area called PROCUREMENT SUPPORT");
        assertThatThrownBy(() -> areas.rename(Fixtures.staff(), mine.id(), new AreaDraft("procurement support")))
                .isInstanceOf(CatalogueRefused.class)
                .satisfies(e -> assertThat(((Refusal) e).kind()).isEqualTo(Refusal.Kind.CONFLICT));
        assertThatThrownBy(() -> areas.rename(Fixtures.staff(), mine.id(), new AreaDraft("Test area: Housing")))
                .isInstanceOf(CatalogueRefused.class)
                .hasMessage("The area is already called Test area: Housing");
        assertThatThrownBy(() -> areas.rename(Fixtures.staff(), "test-area-nowhere", new AreaDraft("Test area: X")))
                .isInstanceOf(CatalogueRefused.class)
                .satisfies(e -> assertThat(((Refusal) e).kind()).isEqualTo(Refusal.Kind.NOT_FOUND));
        for (var person : List.of(Fixtures.NORA, Fixtures.CAM)) {
            assertThatThrownBy(() -> areas.add(person, new AreaDraft("Test area: Theirs")))
                    .isInstanceOf(Refusal.class)
                    .satisfies(e -> assertThat(((Refusal) e).kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
            assertThatThrownBy(() -> areas.rename(person, mine.id(), new AreaDraft("Test area: Theirs")))
                    .isInstanceOf(Refusal.class)
                    .satisfies(e -> assertThat(((Refusal) e).kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
        }
        assertThat(areas.areas())
                .filteredOn(a -> a.id().startsWith("test-area"))
                .containsExactly(mine);
    }

    @Test
    void twenty_staff_adding_the_same_area_at_once_leave_one_area_and_nineteen_plain_refusals() {
        List<String> outcomes = Race.outcomes(() -> areas.add(Fixtures.staff(), new AreaDraft("Test area: Raced")));

        assertThat(Race.counted(outcomes)).isEqualTo(Map.of("ok", 1L, "CatalogueRefused", 19L));
        assertThat(Race.count("select count(*) from talent_bank_area where id like 'test-area%'"))
                .isEqualTo(1);
        assertThat(Race.count("select count(*) from talent_bank_area where id = 'test-area-raced'"))
                .isEqualTo(1);
    }

    @Test
    void the_api_lets_staff_keep_areas_and_refuses_everyone_else_and_bad_input_with_a_plain_4xx() {
        String staff = DemoTokens.accessToken("staff@eelga.demo");
        Api.Answer added = Api.post("/api/v1/staff/talent-bank/areas", staff, "{\"name\":\"Test area: Api\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("id").asText()).isEqualTo("test-area-api");
        Api.Answer renamed = Api.put(
                "/api/v1/staff/talent-bank/areas/test-area-api", staff, "{\"name\":\"Test area: Api renamed\"}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(Api.get("/api/v1/staff/talent-bank/areas", staff).json())
                .anySatisfy(a -> assertThat(a.get("name").asText()).isEqualTo("Test area: Api renamed"));

        for (String person : List.of("officer@norwich.demo", "leader@norwich.demo", "admin@essex.demo")) {
            String token = DemoTokens.accessToken(person);
            assertThat(Api.post("/api/v1/staff/talent-bank/areas", token, "{\"name\":\"Test area: Theirs\"}")
                            .status())
                    .isEqualTo(403);
            assertThat(Api.put("/api/v1/staff/talent-bank/areas/test-area-api", token, "{\"name\":\"Test area: T\"}")
                            .status())
                    .isEqualTo(403);
        }
        assertThat(Api.post("/api/v1/staff/talent-bank/areas", null, "{\"name\":\"Test area: Anyone\"}")
                        .status())
                .isEqualTo(401);

        List<Api.Answer> refused = new ArrayList<>();
        String url = "/api/v1/staff/talent-bank/areas";
        refused.add(Api.post(url, staff, "{\"name\":"));
        refused.add(Api.post(url, staff, "{\"name\":{\"first\":\"Test area: In an object\"}}"));
        refused.add(Api.post(url, staff, "{}"));
        refused.add(Api.post(url, staff, "{\"name\":\"Test area " + "n".repeat(100_000) + "\"}"));
        refused.add(Api.post(url, staff, "{\"name\":\"Test area: Api renamed\"}"));
        refused.add(Api.put(url + "/" + "i".repeat(5_000), staff, "{\"name\":\"Test area: Long id\"}"));
        refused.add(Api.put(url + "/procurement", staff, "{\"name\":\"Commercialisation\"}"));
        for (Api.Answer answer : refused) {
            assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
            assertThat(answer.body()).doesNotContain("Exception", "SQL", "org.postgresql", "nnnnnnnnnn");
        }
        assertThat(Race.count("select count(*) from talent_bank_area where id like 'test-area%'"))
                .isEqualTo(1);
        assertThat(Race.count("select count(*) from talent_bank_area where name = 'Procurement support'"))
                .isEqualTo(1);
    }
}
