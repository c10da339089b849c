package uk.org.eelga.tenancy.council.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Role;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilKind;
import uk.org.eelga.tenancy.council.CouncilStatus;
import uk.org.eelga.tenancy.council.CouncilSummary;
import uk.org.eelga.tenancy.council.CouncilSuspension;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.people.CouncilActivity;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Live;
import uk.org.eelga.tenancy.ui.NarrowScreens;
import uk.org.eelga.tenancy.ui.PageAccess;
import uk.org.eelga.tenancy.ui.RowLinks;
import uk.org.eelga.tenancy.ui.StaffPage;
import uk.org.eelga.tenancy.ui.SuccessMessage;
import uk.org.eelga.tenancy.ui.Tables;
import uk.org.eelga.tenancy.users.ui.CouncilPeopleView;

/** The association console's home: every member council, filterable by name, kind and county area. */
@Route("console")
@PageTitle("Member councils | EELGA console")
@MenuEntry(label = "Member councils", area = MenuEntry.Area.CONSOLE, order = 0)
@StaffPage
public class CouncilsView extends VerticalLayout {

    static final String ALL = "All";

    private final TextField search = limited(new TextField("Search councils"), Text.NAME);
    private final Select<String> kind = new Select<>();
    private final Select<String> area = new Select<>();
    private final Paragraph shown = Live.polite(new Paragraph());
    /** What a suspension or restoration did, said above the list (a toast would vanish unread). */
    final SuccessMessage changedNote = new SuccessMessage();

    private final Grid<CouncilRow> grid = new Grid<>(CouncilRow.class, false);
    private final ListDataProvider<CouncilRow> rows;

    private final List<CouncilRow> all;

    CouncilsView(CouncilDirectory councils, CouncilActivity activity, CouncilSuspension suspension) {
        Caller viewer = Callers.current();
        Map<TenantId, Long> people = activity.peopleOnPlatformByCouncil(viewer);
        all = new ArrayList<>(councils.all().stream()
                .map(c -> new CouncilRow(c, people.getOrDefault(TenantId.of(c.id()), 0L)))
                .toList());
        rows = new ListDataProvider<>(all);

        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setHelperText("Part of a council's name");
        kind.setLabel("Kind");
        kind.setItems(ALL, CouncilKind.COUNTY.label(), CouncilKind.UNITARY.label(), CouncilKind.DISTRICT.label());
        kind.setValue(ALL);
        area.setLabel("County area");
        area.setItems(Stream.concat(
                        Stream.of(ALL),
                        all.stream().map(CouncilRow::countyArea).distinct().sorted())
                .toList());
        area.setValue(ALL);
        search.addValueChangeListener(e -> applyFilter());
        kind.addValueChangeListener(e -> applyFilter());
        area.addValueChangeListener(e -> applyFilter());

        grid.setItems(rows);
        grid.addColumn(CouncilRow::name)
                .setHeader("Council")
                .setSortable(true)
                .setFlexGrow(3)
                .setComparator(CouncilRow::name)
                .setKey("name");
        grid.addColumn(CouncilRow::kindLabel)
                .setHeader("Kind")
                .setSortable(true)
                .setKey("kind");
        grid.addColumn(CouncilRow::countyArea)
                .setHeader("County area")
                .setSortable(true)
                .setKey("area");
        grid.addColumn(CouncilRow::statusLabel).setHeader("Status").setKey("status");
        grid.addColumn(CouncilRow::peopleOnPlatform)
                .setHeader("People who have signed in")
                .setSortable(true)
                .setAutoWidth(true)
                .setKey("people");
        boolean admin = viewer.roles().contains(Role.ASSOCIATION_ADMIN);
        // the link to a council's people only for those its page lets in (its roles are written on the page)
        boolean peoplePage = PageAccess.mayOpen(viewer, CouncilPeopleView.class);
        if (admin || peoplePage) {
            // only an active council can be suspended and only a suspended one restored, and only a member council
            // (active or suspended) can be given people; onboarding, merged and departed councils have no action here
            grid.addComponentColumn(row -> row.council().memberNow()
                            ? actions(row, admin, peoplePage, viewer, suspension)
                            : new com.vaadin.flow.component.html.Span(""))
                    .setHeader("Actions")
                    .setKey("action")
                    .setAutoWidth(true);
        }
        NarrowScreens.cards(grid, "Council", row -> {
            NarrowScreens.Card card = new NarrowScreens.Card(row.name())
                    .row("Kind", row.kindLabel())
                    .row("County area", row.countyArea())
                    .row("Status", row.statusLabel())
                    .row("People who have signed in", String.valueOf(row.peopleOnPlatform()));
            if ((admin || peoplePage) && row.council().memberNow()) {
                card.actions(actionsOf(row, admin, peoplePage, viewer, suspension));
            }
            return card;
        });
        grid.setAllRowsVisible(true);
        Tables.named(grid, "Member councils", "No councils match the search, kind and county area chosen.");
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("name")).build());

        HorizontalLayout filters = new HorizontalLayout(search, kind, area);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H1("Member councils"), changedNote, filters, shown, grid);
        applyFilter();
    }

    private HorizontalLayout actions(
            CouncilRow row, boolean admin, boolean peoplePage, Caller viewer, CouncilSuspension suspension) {
        HorizontalLayout actions = new HorizontalLayout(actionsOf(row, admin, peoplePage, viewer, suspension));
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return actions;
    }

    /** A member council's actions: its people (for those who may open that page), suspend or restore (admins). */
    private Component[] actionsOf(
            CouncilRow row, boolean admin, boolean peoplePage, Caller viewer, CouncilSuspension suspension) {
        List<Component> actions = new ArrayList<>();
        if (peoplePage) {
            actions.add(peopleLink(row));
        }
        if (admin) {
            actions.add(statusButton(row, viewer, suspension));
        }
        return actions.toArray(Component[]::new);
    }

    /** The council's people and the form that invites its first (or next) person. */
    private static Anchor peopleLink(CouncilRow row) {
        Anchor people =
                RowLinks.to("People", CouncilPeopleView.class, row.council().id());
        people.getElement().setAttribute("aria-label", "People of " + row.name());
        return people;
    }

    private Button statusButton(CouncilRow row, Caller viewer, CouncilSuspension suspension) {
        boolean suspending = row.council().status() == CouncilStatus.ACTIVE;
        Button button = new Button(suspending ? "Suspend" : "Restore");
        button.getElement().setAttribute("aria-label", (suspending ? "Suspend " : "Restore ") + row.name());
        TenantId id = TenantId.of(row.council().id());
        button.addClickListener(click -> new StatusChangeDialog(
                        row.council(),
                        suspending,
                        reason -> suspending
                                ? suspension.suspend(id, viewer, reason)
                                : suspension.restore(id, viewer, reason),
                        changed -> {
                            all.replaceAll(r -> r.council().id().equals(changed.id())
                                    ? new CouncilRow(changed, r.peopleOnPlatform())
                                    : r);
                            rows.refreshAll();
                            changedNote.show(changed.name() + (suspending ? " is suspended." : " is restored."));
                        })
                .open());
        return button;
    }

    private void applyFilter() {
        String text = search.getValue().trim().toLowerCase(Locale.UK);
        rows.setFilter(row -> row.name().toLowerCase(Locale.UK).contains(text)
                && (ALL.equals(kind.getValue()) || row.kindLabel().equals(kind.getValue()))
                && (ALL.equals(area.getValue()) || row.countyArea().equals(area.getValue())));
        long count = rows.size(new Query<>(rows.getFilter()));
        shown.setText("Showing " + count + " of " + rows.getItems().size() + " councils");
    }

    /** One line of the list. */
    public record CouncilRow(CouncilSummary council, long peopleOnPlatform) {
        public String name() {
            return council.name();
        }

        public String kindLabel() {
            return council.kind().label();
        }

        public String countyArea() {
            return council.countyArea();
        }

        public String statusLabel() {
            return switch (council.status()) {
                case ACTIVE -> "Active";
                case SUSPENDED -> "Suspended";
                case LEFT -> "Left";
                case ONBOARDING -> "Onboarding";
                case MERGED -> "Merged";
            };
        }
    }
}
