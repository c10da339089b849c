package uk.org.eelga.tenancy.audit.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;
import static uk.org.eelga.tenancy.ui.UkDates.ukDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Roles;
import uk.org.eelga.tenancy.audit.AuditEntry;
import uk.org.eelga.tenancy.audit.AuditQuery;
import uk.org.eelga.tenancy.audit.AuditSearch;
import uk.org.eelga.tenancy.audit.AuditSentences;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.Live;
import uk.org.eelga.tenancy.ui.Tables;

/**
 * The audit log: association staff search every entry and export CSV; a council admin sees their own council's
 * entries only (the service decides, whatever the filters say).
 */
@Route("audit")
@PageTitle("Audit log | EELGA member platform")
@MenuEntry(label = "Audit log", area = MenuEntry.Area.CONSOLE, order = 90)
@RolesAllowed({Roles.ASSOCIATION_STAFF, Roles.COUNCIL_ADMIN})
@Prototype
public class AuditLogView extends VerticalLayout {

    private final AuditSearch audit;
    private final Caller viewer;
    private final TextField who = limited(new TextField("Who (name or email)"), Text.NAME);
    private final TextField council = limited(new TextField("Council"), Text.NAME);
    private final ComboBox<String> action = new ComboBox<>("What was done");
    private final DatePicker from = ukDate(new DatePicker("From"));
    private final DatePicker to = ukDate(new DatePicker("To"));
    private final TextField text = limited(new TextField("Any text"), Text.NAME);
    private final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
    private final Paragraph shown = Live.polite(new Paragraph());
    private final Anchor csv = new Anchor();
    private final ErrorSummary errors = new ErrorSummary(from, to);

    AuditLogView(AuditSearch audit) {
        this.audit = audit;
        this.viewer = Callers.current();
        // chosen in words; the log is searched by the stored action the words stand for
        action.setItems(AuditSentences.actions());
        action.setItemLabelGenerator(AuditSentences::describe);
        action.setClearButtonVisible(true);
        action.setPlaceholder("Anything");
        // Entries are read in full, not guessed from "…": cells wrap and the wordy columns get the room.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Each entry is a plain sentence (who did what to which council, when, before and after), read in full:
        // "admin@eelga.demo suspended Ipswich Borough Council on 3 March 2027 at 10:15. Before: active. After:
        // suspended." The stored codes stay in the CSV.
        grid.addColumn(AuditSentences::of)
                .setHeader("What happened")
                .setKey("sentence")
                .setFlexGrow(3);
        grid.addColumn(entry -> entry.reason() == null ? "" : entry.reason())
                .setHeader("Reason")
                .setKey("reason")
                .setFlexGrow(1);
        Tables.named(grid, "Audit entries", "No audit entries match the search.");
        Button search = new Button("Search", click -> refresh());
        HorizontalLayout filters = new HorizontalLayout(who, action, from, to, text);
        if (viewer.isAssociationStaff()) {
            filters.addComponentAtIndex(1, council);
        }
        filters.add(search);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        csv.setText("Download as CSV");
        csv.getElement().setAttribute("download", true);
        csv.setVisible(viewer.isAssociationStaff());
        add(
                new H1(viewer.isAssociationStaff() ? "Audit log" : "Audit log of " + viewer.councilName()),
                errors,
                filters,
                shown,
                csv,
                grid);
        refresh();
    }

    private AuditQuery query() {
        return new AuditQuery(
                who.getValue(),
                viewer.isAssociationStaff() ? council.getValue() : null,
                action.getValue(),
                from.getValue(),
                to.getValue(),
                text.getValue());
    }

    private void refresh() {
        errors.clear();
        errors.optionalDate(from);
        errors.optionalDate(to);
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            errors.add(to, "The To date must be the same as or after the From date");
        }
        if (errors.showIfAny()) {
            // a search with a date that is not one would list entries the person did not ask for
            return;
        }
        AuditQuery query = query();
        List<AuditEntry> entries = audit.search(viewer, query);
        grid.setItems(entries);
        grid.setEmptyStateText(
                query.narrows()
                        ? "No audit entries match the search."
                        : "Nothing has been recorded in the audit log yet.");
        shown.setText(uk.org.eelga.tenancy.ui.Plurals.count(entries.size(), "entry", "entries"));
        if (viewer.isAssociationStaff()) {
            csv.setHref(new StreamResource(
                    "audit-log.csv",
                    () -> new ByteArrayInputStream(audit.csv(viewer, query).getBytes(StandardCharsets.UTF_8))));
        }
    }

    /** "before → after", or just the side there is. */
    static String change(AuditEntry entry) {
        String before = entry.before() == null ? "" : entry.before();
        String after = entry.after() == null ? "" : entry.after();
        if (before.isEmpty() || after.isEmpty()) {
            return before + after;
        }
        return before + " → " + after;
    }
}
