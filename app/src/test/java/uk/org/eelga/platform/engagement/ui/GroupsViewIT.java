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
import uk.org.eelga.platform.engagement.GroupInfo;
import uk.org.eelga.platform.engagement.GroupReference;
import uk.org.eelga.platform.engagement.GroupReference.Membership;
import uk.org.eelga.platform.support.Cards;
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
        assertThat(Cards.text(view.members, 0))
                .startsWith("Ipswich Borough Council")
                .contains("Council: Ipswich Borough Council", "From: 1 April 2017", "To: Open");

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
    void staff_add_a_group_on_the_page_and_are_told_it_was_added() {
        BrowserlessUi.signIn(Fixtures.staff());
        GroupsView view = BrowserlessUi.open(GroupsView.class);
        addGroup(view, "test-leaders-board", "Test leaders' board", Audience.ALL_COUNCILS, ExpectedRole.LEADER, 6);

        assertThat(view.createErrors.messages()).isEmpty();
        assertThat(view.created.getText()).isEqualTo("Group added: Test leaders' board.");
        assertThat(view.group.getValue().name()).isEqualTo("Test leaders' board");
        assertThat(reference.detail(view.group.getValue().id()).roles())
                .extracting(GroupReference.RoleSeats::role)
                .containsExactly(ExpectedRole.LEADER);
    }

    @Test
    void adding_a_group_with_nothing_filled_in_lists_every_problem_and_adds_nothing() throws Exception {
        BrowserlessUi.signIn(Fixtures.staff());
        GroupsView view = BrowserlessUi.open(GroupsView.class);
        int before = view.group.getListDataView().getItemCount();
        view.create.click();

        assertThat(view.createErrors.messages())
                .containsExactly(
                        "Enter a short code",
                        "Enter the group's name",
                        "Select who is expected",
                        "Select the roles each expected council sends",
                        "Enter meetings a year, a whole number from 0 to 52");
        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.created.isVisible()).isFalse();
        assertThat(view.group.getListDataView().getItemCount()).isEqualTo(before);
    }

    @Test
    void a_group_whose_name_is_taken_is_refused_at_the_code_in_the_summary() {
        BrowserlessUi.signIn(Fixtures.staff());
        GroupsView view = BrowserlessUi.open(GroupsView.class);
        addGroup(view, "test-other-code", "Test page committee", Audience.NAMED_COUNCILS, ExpectedRole.MEMBER, 4);

        assertThat(view.createErrors.messages()).containsExactly("A group with this code or name exists");
        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.created.isVisible()).isFalse();
    }

    @Test
    void ending_a_membership_with_nothing_chosen_lists_every_problem() {
        BrowserlessUi.signIn(Fixtures.staff());
        GroupsView view = BrowserlessUi.open(GroupsView.class);
        view.end.click();

        assertThat(view.errors.messages())
                .containsExactly(
                        "Choose the membership to end in the list first",
                        "Enter the last day of the membership",
                        "Select a group first");
        assertThat(view.said.isVisible()).isFalse();
    }

    @Test
    void staff_correct_the_chosen_groups_details_and_the_group_list_shows_its_new_name() {
        BrowserlessUi.signIn(Fixtures.staff());
        GroupsView view = BrowserlessUi.open(GroupsView.class);
        choose(view);
        assertThat(view.detailsName.getValue()).isEqualTo("Test page committee");
        assertThat(view.detailsDescription.getValue()).isEmpty();
        assertThat(view.detailsMeetings.getValue()).isEqualTo(4);

        view.detailsName.setValue("Test page management committee");
        view.detailsDescription.setValue("Day-to-day management of the Association.");
        view.detailsMeetings.setValue(6);
        view.saveDetails.click();

        assertThat(view.errors.messages()).isEmpty();
        assertThat(view.said.getText()).isEqualTo("Details saved for Test page management committee.");
        assertThat(view.group.getValue().name()).isEqualTo("Test page management committee");
        assertThat(view.group.getListDataView().getItems().map(GroupInfo::name))
                .contains("Test page management committee")
                .doesNotContain("Test page committee");
        assertThat(view.detailsMeetings.getValue()).isEqualTo(6);
        GroupInfo saved = reference.detail(groupId).group();
        assertThat(saved.code()).isEqualTo("test-page-committee");
        assertThat(saved.audience()).isEqualTo(Audience.NAMED_COUNCILS);
        assertThat(saved.description()).isEqualTo("Day-to-day management of the Association.");
        assertThat(saved.meetingsPerYear()).isEqualTo(6);
    }

    @Test
    void saving_details_left_empty_or_wrong_lists_every_problem_at_its_field_and_changes_nothing() {
        reference.createGroup(
                Fixtures.staff(),
                new GroupReference.NewGroup(
                        "test-page-other",
                        "Test page other",
                        null,
                        Audience.ALL_COUNCILS,
                        List.of(new GroupReference.RoleSeats(ExpectedRole.LEADER, 1)),
                        2));
        BrowserlessUi.signIn(Fixtures.staff());
        GroupsView view = BrowserlessUi.open(GroupsView.class);
        choose(view);
        view.detailsName.setValue("  ");
        view.detailsMeetings.clear();
        view.saveDetails.click();

        assertThat(view.errors.messages())
                .containsExactly("Enter the group's name", "Enter meetings a year, a whole number from 0 to 52");
        assertThat(view.detailsName.isInvalid()).isTrue();
        assertThat(view.detailsMeetings.isInvalid()).isTrue();
        assertThat(view.said.isVisible()).isFalse();

        view.detailsName.setValue("Test page committee");
        view.detailsMeetings.setValue(53);
        view.saveDetails.click();
        assertThat(view.errors.messages()).containsExactly("Meetings a year is 0 to 52");
        assertThat(view.detailsMeetings.isInvalid()).isTrue();
        assertThat(view.detailsName.isInvalid()).isFalse();

        view.detailsName.setValue("test page OTHER");
        view.detailsMeetings.setValue(4);
        view.saveDetails.click();
        assertThat(view.errors.messages()).containsExactly("Another group has this name");
        assertThat(view.detailsName.isInvalid()).isTrue();
        assertThat(view.said.isVisible()).isFalse();

        GroupInfo kept = reference.detail(groupId).group();
        assertThat(kept.name()).isEqualTo("Test page committee");
        assertThat(kept.meetingsPerYear()).isEqualTo(4);
    }

    @Test
    void saving_details_with_no_group_chosen_says_so() {
        BrowserlessUi.signIn(Fixtures.staff());
        GroupsView view = BrowserlessUi.open(GroupsView.class);
        view.detailsName.setValue("Test nothing chosen");
        view.detailsMeetings.setValue(2);
        view.saveDetails.click();

        assertThat(view.errors.messages()).containsExactly("Select a group first");
        assertThat(view.group.isInvalid()).isTrue();
        assertThat(view.said.isVisible()).isFalse();
    }

    private void choose(GroupsView view) {
        view.group.setValue(view.group
                .getListDataView()
                .getItems()
                .filter(g -> g.id() == groupId)
                .findFirst()
                .orElseThrow());
    }

    @Test
    void council_people_cannot_open_the_groups_page() {
        BrowserlessUi.signIn(Fixtures.NORA);
        assertThat(BrowserlessUi.headingAt("console/groups")).isEqualTo("You cannot open this page");
    }

    /** Fills in "Add a group" as staff would, with one role, and adds it. */
    private static void addGroup(
            GroupsView view, String code, String name, Audience audience, ExpectedRole role, int meetingsPerYear) {
        view.code.setValue(code);
        view.name.setValue(name);
        view.newAudience.setValue(audience);
        view.newRoles.setValue(Set.of(role));
        view.meetingsPerYear.setValue(meetingsPerYear);
        view.create.click();
    }
}
