package uk.org.eelga.platform.vaadin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.ui.Navigation;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.Role;
import uk.org.eelga.tenancy.TenantScope;
import uk.org.eelga.tenancy.ui.Tables;

/**
 * Every table on every page of each person's side navigation, opened with nothing recorded: it has a name for
 * screen readers and says in its own words what is not there yet ({@link Tables}), never the general fallback.
 */
@BrowserlessPages
class EveryTableViewsIT {

    @BeforeEach
    void start() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void every_table_on_the_association_console_has_a_name_and_its_own_empty_text() {
        List<String> unnamed = new ArrayList<>();
        int tables = walk(Fixtures.associationAdmin(), unnamed);
        assertThat(unnamed).as("tables without a name or their own empty text").isEmpty();
        assertThat(tables).as("tables found on the console's pages").isGreaterThanOrEqualTo(29);
    }

    @Test
    void every_table_on_a_councils_portal_has_a_name_and_its_own_empty_text() {
        List<String> unnamed = new ArrayList<>();
        Caller everyRole = new Caller(
                "subject-every-role",
                "all@norwich.demo",
                "Norah All",
                Set.of(Role.COUNCIL_OFFICER, Role.COUNCIL_LEADER, Role.COUNCIL_ADMIN),
                Fixtures.NORWICH,
                "Norwich City Council");
        int tables = walk(everyRole, unnamed);
        assertThat(unnamed).as("tables without a name or their own empty text").isEmpty();
        assertThat(tables).as("tables found on the portal's pages").isGreaterThanOrEqualTo(24);
    }

    private static int walk(Caller user, List<String> unnamed) {
        BrowserlessUi.signIn(user);
        int found = 0;
        for (Navigation.Item page : Navigation.menuFor(user)) {
            String route = RouteConfiguration.forApplicationScope().getUrl(page.view());
            try (CurrentTenant.Binding ignored = user.council() == null ? null : TenantScope.bind(user)) {
                UI.getCurrent().navigate(route);
            }
            for (Grid<?> grid : _find(Grid.class)) {
                found++;
                boolean ownEmptyText = grid.getEmptyStateComponent() != null
                        || (grid.getEmptyStateText() != null && !EmptyTables.NOTHING.equals(grid.getEmptyStateText()));
                if (!Tables.isNamed(grid) || !ownEmptyText) {
                    unnamed.add(
                            route + ": " + grid.getAriaLabel().orElse("(no name)") + " / " + grid.getEmptyStateText());
                }
            }
        }
        return found;
    }
}
