package uk.org.eelga.platform.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.GridRows;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.TenantScope;
import uk.org.eelga.tenancy.council.ui.CouncilsView;
import uk.org.eelga.tenancy.people.CouncilPeople;
import uk.org.eelga.tenancy.people.PersonSummary;

/** Browserless tests of the console and portal pages with their real services and database. */
@BrowserlessPages
class ConsoleAndPortalViewsIT {

    @Inject
    CouncilPeople people;

    @BeforeEach
    void start() throws Exception {
        TestDatabase.clearTenantData();
        Fixtures.peopleOfTwoCouncils(people);
    }

    @Test
    void staff_see_all_52_councils_and_can_filter_them() {
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate(CouncilsView.class);
        @SuppressWarnings("unchecked")
        Grid<CouncilsView.CouncilRow> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(52);

        @SuppressWarnings("unchecked")
        List<Select<String>> selects = (List<Select<String>>) (List<?>) _find(Select.class);
        Select<String> area = selects.stream()
                .filter(s -> "County area".equals(s.getLabel()))
                .findFirst()
                .orElseThrow();
        Select<String> kind = selects.stream()
                .filter(s -> "Kind".equals(s.getLabel()))
                .findFirst()
                .orElseThrow();
        area.setValue("Norfolk");
        assertThat(GridKt._size(grid)).isEqualTo(8);
        kind.setValue("District");
        assertThat(GridKt._size(grid)).isEqualTo(7);

        area.setValue("All");
        kind.setValue("All");
        _get(TextField.class, spec -> spec.withLabel("Search councils")).setValue("cambridge");
        assertThat(names(grid))
                .containsExactly(
                        "Cambridge City Council",
                        "Cambridgeshire County Council",
                        "East Cambridgeshire District Council",
                        "South Cambridgeshire District Council");
    }

    @Test
    void the_council_list_counts_people_per_council_through_the_audited_path() {
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate(CouncilsView.class);
        @SuppressWarnings("unchecked")
        Grid<CouncilsView.CouncilRow> grid = _get(Grid.class);
        List<String> withPeople = GridRows.of(grid).stream()
                .filter(row -> row.peopleOnPlatform() > 0)
                .map(row -> row.name() + "=" + row.peopleOnPlatform())
                .toList();
        assertThat(withPeople).containsExactlyInAnyOrder("Norwich City Council=2", "Cambridge City Council=1");
    }

    @Test
    void a_council_officer_opening_the_console_is_shown_access_denied() {
        BrowserlessUi.signIn(Fixtures.NORA);
        assertThat(BrowserlessUi.headingAt("console")).isEqualTo("You cannot open this page");
        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void staff_opening_a_council_portal_page_is_shown_access_denied() {
        BrowserlessUi.signIn(Fixtures.staff());
        assertThat(BrowserlessUi.headingAt("portal")).isEqualTo("You cannot open this page");
    }

    @Test
    void the_portal_home_shows_the_officers_own_council_and_only_its_people() {
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(Fixtures.NORA)) {
            UI.getCurrent().navigate(PortalHomeView.class);
        }
        assertThat(_get(H1.class).getText()).isEqualTo("Norwich City Council");
        @SuppressWarnings("unchecked")
        Grid<PersonSummary> grid = _get(Grid.class);
        List<String> shown =
                GridRows.of(grid).stream().map(PersonSummary::displayName).toList();
        assertThat(shown).containsExactly("Ned", "Nora");
    }

    @Test
    void every_link_on_the_portal_home_opens_a_page_an_officer_may_open() {
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(Fixtures.NORA)) {
            UI.getCurrent().navigate(PortalHomeView.class);
        }
        List<String> hrefs = _find(com.vaadin.flow.component.html.Anchor.class).stream()
                .map(com.vaadin.flow.component.html.Anchor::getHref)
                .filter(href -> href.startsWith("portal/"))
                .toList();

        // every page of the portal's side navigation but the home itself, in the same order
        List<String> portalPages = Navigation.menuFor(Fixtures.NORA).stream()
                .filter(item -> item.area() == MenuEntry.Area.PORTAL && item.view() != PortalHomeView.class)
                .map(item -> RouteConfiguration.forApplicationScope().getUrl(item.view()))
                .toList();
        assertThat(portalPages).hasSizeGreaterThan(10);
        assertThat(hrefs).containsExactlyElementsOf(portalPages);
        for (String href : hrefs) {
            try (CurrentTenant.Binding ignored = TenantScope.bind(Fixtures.memberOf(Fixtures.NORWICH))) {
                UI.getCurrent().navigate(href);
            }
            assertThat(_get(H1.class).getText()).as(href).isNotEqualTo("You cannot open this page");
        }
    }

    private static List<String> names(Grid<CouncilsView.CouncilRow> grid) {
        return GridRows.of(grid).stream().map(CouncilsView.CouncilRow::name).toList();
    }
}
