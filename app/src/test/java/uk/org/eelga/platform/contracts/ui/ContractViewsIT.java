package uk.org.eelga.platform.contracts.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import io.micronaut.context.ApplicationContext;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.contracts.ContractCategory;
import uk.org.eelga.platform.contracts.RegisterEntry;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.GridRows;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.TenantScope;

/** Browserless tests of the contract database pages with their real services and database. */
@PlatformIT
class ContractViewsIT {

    @Inject
    ApplicationContext context;

    static final Caller NORA = Fixtures.officer(Fixtures.NORWICH, "Norwich City Council", "Nora");
    static final Caller CAM = Fixtures.officer(Fixtures.CAMBRIDGE, "Cambridge City Council", "Cam");

    @BeforeEach
    void start() throws Exception {
        TestDatabase.clearTenantData();
        BrowserlessUi.start(context);
    }

    @AfterEach
    void stop() {
        BrowserlessUi.stop();
    }

    @Test
    void an_officer_sees_every_problem_at_once_registers_a_contract_and_cambridge_sees_it_without_its_value() {
        BrowserlessUi.signIn(NORA);
        try (CurrentTenant.Binding ignored = TenantScope.bind(NORA)) {
            UI.getCurrent().navigate(ContractPortalView.class);
            ContractPortalView page = _get(ContractPortalView.class);
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
        }
        BrowserlessUi.stop();
        BrowserlessUi.start(context);
        BrowserlessUi.signIn(CAM);
        try (CurrentTenant.Binding ignored = TenantScope.bind(CAM)) {
            UI.getCurrent().navigate(ContractPortalView.class);
            ContractPortalView page = _get(ContractPortalView.class);
            assertThat(GridRows.of(page.ours)).isEmpty();
            RegisterEntry seen = GridRows.of(page.regional).get(0);
            assertThat(seen.title()).isEqualTo("Home care framework");
            assertThat(seen.valuePence()).isNull();
        }
    }

    @Test
    void staff_see_participation_and_a_council_officer_cannot_open_the_console() {
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate(ContractConsoleView.class);
        ContractConsoleView console = _get(ContractConsoleView.class);
        assertThat(console.summary.getText()).startsWith("0 of ");
        assertThat(GridRows.of(console.councils)).hasSizeGreaterThanOrEqualTo(50);

        BrowserlessUi.stop();
        BrowserlessUi.start(context);
        BrowserlessUi.signIn(NORA);
        UI.getCurrent().navigate("console/contracts");
        assertThat(_get(H1.class).getText()).isEqualTo("You cannot open this page");
    }
}
