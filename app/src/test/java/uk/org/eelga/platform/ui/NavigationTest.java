package uk.org.eelga.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Role;
import uk.org.eelga.tenancy.TenantId;

/** The side navigation is read from the views: each person sees the pages they may open, in their order. */
class NavigationTest {

    private static final TenantId NORWICH = TenantId.of("norwich");

    @BeforeAll
    static void routes() {
        MockVaadin.setup(new Routes().autoDiscoverViews("uk.org.eelga"));
    }

    @AfterAll
    static void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void a_council_officer_sees_the_portal() {
        assertThat(labels(council(Role.COUNCIL_OFFICER)))
                .containsExactly(
                        "Our council",
                        "Our engagement",
                        "Events",
                        "Coaching",
                        "Surveys",
                        "Talent Bank",
                        "Appraisal support",
                        "HR helpline",
                        "Follow-up commitments",
                        "ePayCheck pay benchmarking",
                        "Contract register",
                        "Marketplace",
                        "Invoices",
                        "Bulletins and briefs",
                        "Our council in the framework");
    }

    @Test
    void a_council_admin_also_sees_people_and_roles_and_the_audit_log() {
        assertThat(labels(council(Role.COUNCIL_ADMIN)))
                .containsExactly(
                        // the audit log, a console page they may open for their council, comes after their portal's
                        "Our council",
                        "Our engagement",
                        "Events",
                        "Coaching",
                        "Surveys",
                        "Talent Bank",
                        "Appraisal support",
                        "HR helpline",
                        "Follow-up commitments",
                        "ePayCheck pay benchmarking",
                        "Contract register",
                        "Marketplace",
                        "Invoices",
                        "Bulletins and briefs",
                        "Our council in the framework",
                        "People and roles",
                        "Audit log");
    }

    @Test
    void association_staff_see_the_console_and_only_admins_onboard() {
        List<String> staff = List.of(
                "Member councils",
                "Meetings and events",
                "Groups and who is expected",
                "Merge councils",
                "Enter records from paper",
                "Councils' own sign-in",
                "Engagement by council",
                "Coaching",
                "Talent Bank",
                "Appraisal requests",
                "Talent Bank catalogue",
                "Talent Bank targets",
                "HR helpline",
                "Follow-up commitments",
                "ePayCheck",
                "Contract database",
                "Communications",
                "Marketplace",
                "Invoices",
                "Surveys",
                "Membership fees",
                "Membership paid before the platform",
                "Performance framework",
                "Sign-in accounts check",
                "Audit log");
        assertThat(labels(association(Role.ASSOCIATION_STAFF))).isEqualTo(staff);
        assertThat(labels(association(Role.ASSOCIATION_ADMIN)))
                .containsExactlyElementsOf(insertAfter(staff, "Meetings and events", "Onboard a council"));
    }

    @Test
    void every_menu_entry_is_a_route_that_says_who_may_open_it() {
        try (ScanResult scan = new ClassGraph()
                .enableAnnotationInfo()
                .acceptPackages("uk.org.eelga")
                .scan()) {
            assertThat(scan.getClassesWithAnnotation(MenuEntry.class).loadClasses())
                    .hasSize(42)
                    .allSatisfy(view ->
                            assertThat(view.isAnnotationPresent(Route.class)).isTrue());
        }
    }

    private static List<String> labels(Caller user) {
        return Navigation.menuFor(user).stream().map(Navigation.Item::label).toList();
    }

    private static Caller council(Role role) {
        return new Caller("s", "p@norwich.demo", "P", Set.of(role), NORWICH, "Norwich City Council");
    }

    private static Caller association(Role role) {
        return new Caller("a", "a@eelga.demo", "A", Set.of(role), null, null);
    }

    private static List<String> insertAfter(List<String> list, String after, String added) {
        List<String> copy = new java.util.ArrayList<>(list);
        copy.add(copy.indexOf(after) + 1, added);
        return copy;
    }
}
