package uk.org.eelga.platform.talentbank.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.GridRows;
import uk.org.eelga.platform.support.Race;
import uk.org.eelga.platform.talentbank.TalentBankAreas.AreaInUse;
import uk.org.eelga.platform.talentbank.TalentBankAreasIT;
import uk.org.eelga.platform.talentbank.TalentBankReference.AreaRow;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;

/**
 * The areas on the Talent Bank catalogue page: an area added by name is offered at once in the service and associate
 * forms, a chosen area renamed, every problem listed in words with nothing saved, and an empty area says "None yet"
 * rather than 0.
 */
@BrowserlessPages
class TalentBankAreasPanelIT {

    @BeforeEach
    @AfterEach
    void clean() throws Exception {
        TalentBankAreasIT.clean();
    }

    @Test
    void staff_add_an_area_offered_at_once_in_the_forms_and_rename_the_chosen_one() {
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate("console/talent-bank/catalogue");
        TalentBankCatalogueView view = _get(TalentBankCatalogueView.class);
        TalentBankAreasPanel panel = view.areasPanel;

        panel.addArea.click();
        assertThat(panel.errors.messages()).containsExactly("Enter the area's name");
        panel.renameArea.click();
        assertThat(panel.errors.messages())
                .containsExactly("Choose the area in the list first", "Enter the area's new name");
        panel.areaName.setValue("procurement support");
        panel.addArea.click();
        assertThat(panel.errors.messages())
                .containsExactly("The Talent Bank already has an area called procurement support");
        assertThat(Race.count("select count(*) from talent_bank_area where id like 'test-area%'"))
                .isZero();

        panel.areaName.setValue("Test area: Climate");
        panel.addArea.click();
        assertThat(panel.errors.hasProblems())
                .as(panel.errors.messages().toString())
                .isFalse();
        assertThat(panel.saved.getText())
                .isEqualTo("Added the area Test area: Climate. Add its services and associates below.");
        assertThat(panel.areaName.getValue()).isEmpty();
        AreaInUse added = GridRows.of(panel.areas).stream()
                .filter(a -> a.id().equals("test-area-climate"))
                .findFirst()
                .orElseThrow();
        assertThat(offered(view)).contains("Test area: Climate");
        assertThat(view.associateArea.getListDataView().getItems().map(AreaRow::name))
                .contains("Test area: Climate");

        panel.areas.select(added);
        assertThat(panel.areaName.getValue()).isEqualTo("Test area: Climate");
        panel.renameArea.click();
        assertThat(panel.errors.messages()).containsExactly("The area is already called Test area: Climate");
        panel.areaName.setValue("Test area: Climate and nature");
        panel.renameArea.click();
        assertThat(panel.saved.getText()).isEqualTo("Renamed Test area: Climate to Test area: Climate and nature.");
        assertThat(offered(view)).contains("Test area: Climate and nature").doesNotContain("Test area: Climate");
        assertThat(Race.count("select count(*) from talent_bank_area where id = 'test-area-climate'"
                        + " and name = 'Test area: Climate and nature'"))
                .isEqualTo(1);
    }

    @Test
    void an_area_with_nothing_in_it_yet_says_so_in_words() {
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate("console/talent-bank/catalogue");
        TalentBankAreasPanel panel = _get(TalentBankCatalogueView.class).areasPanel;
        panel.areaName.setValue("Test area: Empty");
        panel.addArea.click();

        int row =
                GridRows.of(panel.areas).stream().map(AreaInUse::name).toList().indexOf("Test area: Empty");
        assertThat(GridRows.column(panel.areas, "services").get(row)).isEqualTo("None yet");
        assertThat(GridRows.column(panel.areas, "associates").get(row)).isEqualTo("None yet");
        int procurement =
                GridRows.of(panel.areas).stream().map(AreaInUse::id).toList().indexOf("procurement");
        assertThat(GridRows.column(panel.areas, "services").get(procurement)).matches("[1-9][0-9]*");
    }

    private static java.util.List<String> offered(TalentBankCatalogueView view) {
        return view.serviceArea.getListDataView().getItems().map(AreaRow::name).toList();
    }
}
