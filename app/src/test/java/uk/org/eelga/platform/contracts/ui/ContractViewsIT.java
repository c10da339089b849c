package uk.org.eelga.platform.contracts.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.contracts.ContractCategory;
import uk.org.eelga.platform.contracts.RegisterEntry;
import uk.org.eelga.platform.support.Cards;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.GridRows;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.tenancy.CurrentTenant;

/** Browserless tests of the contract database pages with their real services and database. */
@BrowserlessPages
class ContractViewsIT {

    @BeforeEach
    void start() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void an_officer_sees_every_problem_at_once_registers_a_contract_and_cambridge_sees_it_without_its_value() {
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(Fixtures.NORA)) {
            ContractPortalView page = BrowserlessUi.open(ContractPortalView.class);
            assertThat(page.participation.getText()).isEqualTo("Your council has not registered any contracts yet.");
            _click(page.save);
            assertThat(page.errors.messages()).hasSize(8);
            page.title.setValue("Home care framework");
            page.supplier.setValue("Caring Hands Ltd");
            page.category.setValue(ContractCategory.SOCIAL_CARE);
            page.value.setValue("2,400,000");
            page.startOn.setValue(LocalDate.now().minusYears(2));
            page.endOn.setValue(LocalDate.now().plusDays(45));
            page.contactName.setValue("Jo Clarke");
            page.contactEmail.setValue("jo.clarke@norwich.gov.uk");
            _click(page.save);
            assertThat(page.errors.isVisible()).isFalse();
            assertThat(page.saved.getText()).startsWith("Registered: Home care framework, ending ");
            assertThat(GridRows.of(page.ending)).hasSize(1);
            assertThat(GridRows.of(page.ours).get(0).valuePence()).isEqualTo(240_000_000L);
            // on a phone each contract is a card of the same words as its row
            assertThat(Cards.text(page.ours, 0))
                    .startsWith("Home care framework")
                    .contains("Supplier: Caring Hands Ltd", "Value: £2,400,000", "Regional register: Shown");
            assertThat(Cards.text(page.ending, 0)).contains("Ends: ", "Extension options: None");
        }
        BrowserlessUi.restart();
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(Fixtures.CAM)) {
            ContractPortalView page = BrowserlessUi.open(ContractPortalView.class);
            assertThat(GridRows.of(page.ours)).isEmpty();
            RegisterEntry seen = GridRows.of(page.regional).get(0);
            assertThat(seen.title()).isEqualTo("Home care framework");
            assertThat(seen.valuePence()).isNull();
            assertThat(Cards.text(page.regional, 0))
                    .contains("Council: Norwich City Council", "Value: Not shared")
                    .doesNotContain("2,400,000");
        }
    }

    @Test
    void staff_see_participation_and_a_council_officer_cannot_open_the_console() {
        BrowserlessUi.signIn(Fixtures.staff());
        ContractConsoleView console = BrowserlessUi.open(ContractConsoleView.class);
        // no council has kept a register yet: no figure, as the framework says (not "0 of 52 (0%)")
        assertThat(console.summary.getText())
                .isEqualTo("No figure yet: no member council has kept a contract register on the platform.");
        assertThat(GridRows.of(console.councils)).hasSizeGreaterThanOrEqualTo(50);
        assertThat(Cards.text(console.councils, 0)).contains("Contracts: 0", "Last updated: Never", "Register: ");

        BrowserlessUi.restartAs(Fixtures.NORA);
        assertThat(BrowserlessUi.headingAt("console/contracts")).isEqualTo("You cannot open this page");
    }
}
