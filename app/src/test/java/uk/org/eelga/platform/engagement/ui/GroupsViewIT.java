package uk.org.eelga.platform.engagement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.engagement.Audience;
import uk.org.eelga.platform.engagement.ExpectedRole;
import uk.org.eelga.platform.engagement.GroupReference;
import uk.org.eelga.platform.engagement.GroupReference.Membership;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.GridRows;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;

/** The console page where staff say who a group expects: roles, and named members with dates. */
@BrowserlessPages
class GroupsViewIT {

    @Inject
    GroupReference reference;

    long groupId;

    @BeforeEach
    void setUp() throws Exception {
        clean();
        groupId = reference
                .createGroup(
                        Fixtures.staff(),
                        new GroupReference.NewGroup(
                                "test-page-committee",
                                "Test page committee",
                                null,
                                Audience.NAMED_COUNCILS,
                                List.of(new GroupReference.RoleSeats(ExpectedRole.MEMBER, 1)),
                                4))
                .group()
                .id();
    }

    @AfterEach
    void tearDown() throws Exception {
        clean();
    }

    static void clean() throws Exception {
        TestDatabase.clearTenantData();
        TestDatabase.executeAsOwner("delete from engagement_group where code like 'test-%'");
    }

    @Test
    void staff_add_a_member_council_with_dates_end_its_membership_and_set_two_roles() {
        BrowserlessUi.signIn(Fixtures.staff());
        GroupsView view = BrowserlessUi.open(GroupsView.class);
        view.group.setValue(view.group
                .getListDataView()
                .getItems()
                .filter(g -> g.id() == groupId)
                .findFirst()
                .orElseThrow());
        view.council.setValue(view.council
                .getListDataView()
                .getItems()
                .filter(c -> c.id().equals("ipswich"))
                .findFirst()
                .orElseThrow());
        view.from.setValue(LocalDate.of(2017, 4, 1));
        view.join.click();
        List<Membership> rows = GridRows.of(view.members);
        assertThat(rows).extracting(Membership::councilId).containsExactly("ipswich");
        assertThat(rows.get(0).to()).isNull();

        view.members.select(rows.get(0));
        view.endOn.setValue(LocalDate.of(2017, 8, 31));
        view.end.click();
        assertThat(GridRows.of(view.members).get(0).to()).isEqualTo(LocalDate.of(2017, 8, 31));

        // a membership ending before it starts is refused and changes nothing
        view.members.select(GridRows.of(view.members).get(0));
        view.endOn.setValue(LocalDate.of(2017, 1, 1));
        view.end.click();
        assertThat(reference.detail(groupId).memberships().get(0).to()).isEqualTo(LocalDate.of(2017, 8, 31));

        view.roles.setValue(Set.of(ExpectedRole.LEADER, ExpectedRole.CHIEF_EXECUTIVE));
        view.saveRoles.click();
        assertThat(reference.detail(groupId).roles())
                .extracting(GroupReference.RoleSeats::role)
                .containsExactlyInAnyOrder(ExpectedRole.LEADER, ExpectedRole.CHIEF_EXECUTIVE);
    }

    @Test
    void council_people_cannot_open_the_groups_page() {
        BrowserlessUi.signIn(Fixtures.NORA);
        assertThat(BrowserlessUi.headingAt("console/groups")).isEqualTo("You cannot open this page");
    }
}
