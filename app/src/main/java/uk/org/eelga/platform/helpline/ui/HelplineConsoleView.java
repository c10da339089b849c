package uk.org.eelga.platform.helpline.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import uk.org.eelga.platform.helpline.HelplineFigures;
import uk.org.eelga.platform.helpline.HelplineNotFound;
import uk.org.eelga.platform.helpline.HelplineRefused;
import uk.org.eelga.platform.helpline.HrHelpline;
import uk.org.eelga.platform.helpline.QueryStatus;
import uk.org.eelga.platform.helpline.QuerySummary;
import uk.org.eelga.platform.helpline.ServiceLevel;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilSummary;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.Live;
import uk.org.eelga.tenancy.ui.NarrowScreens;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.StaffPage;
import uk.org.eelga.tenancy.ui.Tables;

/** The advisers' desk: every council's queries (open first), each thread, answer, ask back, close; the figures. */
@Route("console/hr-helpline")
@PageTitle("HR helpline | EELGA console")
@StaffPage
@MenuEntry(label = "HR helpline", area = MenuEntry.Area.CONSOLE, order = 35)
public class HelplineConsoleView extends Page {

    final TextField period = new TextField("Financial year or quarter");
    final Paragraph figures = Live.polite(new Paragraph());
    final Checkbox openOnly = new Checkbox("Open queries only", true);
    final Grid<QuerySummary> queries = new Grid<>(QuerySummary.class, false);
    final ThreadPanel thread = new ThreadPanel();
    final TextArea text = limited(new TextArea("Answer or question back"), HrHelpline.TEXT_MAX);
    final Button answer = new Button("Send answer");
    final Button askBack = new Button("Ask the council back");
    final Button close = new Button("Close the query");
    final Paragraph message = new Paragraph();
    final ErrorSummary errors = new ErrorSummary(text);

    private final HrHelpline helpline;
    private final HelplineFigures yearFigures;
    private final Map<String, String> councilNames;
    private final Caller staff;

    HelplineConsoleView(HrHelpline helpline, HelplineFigures yearFigures, CouncilDirectory councils) {
        super("HR helpline", "Service level: " + ServiceLevel.STATED);
        this.helpline = helpline;
        this.yearFigures = yearFigures;
        this.staff = Callers.current();
        this.councilNames = councils.all().stream()
                .collect(Collectors.toMap(CouncilSummary::id, CouncilSummary::name, (a, b) -> a));
        period.setValue(yearFigures.currentYear());
        period.setHelperText("For example 2017-18, or 2017-18 Q3");
        period.addValueChangeListener(e -> showFigures());
        figures.setId("helpline-figures");
        HorizontalLayout figuresRow = new HorizontalLayout(period, figures);
        figuresRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(figuresRow);

        openOnly.addValueChangeListener(e -> refresh(null));
        NarrowScreens.TextColumns<QuerySummary> columns = NarrowScreens.textColumns(queries);
        columns.add("Council", q -> councilNames.getOrDefault(q.councilId(), q.councilId()))
                .setKey("council")
                .setFlexGrow(2);
        columns.add("Raised", q -> UkTime.dateTime(q.raisedAt()));
        columns.add("About", q -> q.category().label());
        columns.add("Subject", QuerySummary::subject).setFlexGrow(2);
        columns.add("Status", q -> q.status().label()).setKey("status");
        columns.add("First response", q -> q.firstResponseOnTime(Instant.now()) ? "On time" : "Late")
                .setKey("first-response");
        columns.cards("Query", QuerySummary::subject);
        queries.setAllRowsVisible(true);
        Tables.named(
                queries,
                "HR helpline queries of every council",
                "No HR helpline queries to list. To see those already closed, untick Open queries only.");
        queries.addSelectionListener(e -> showChosen());
        add(openOnly, queries, thread);

        add(new H2("Respond to the chosen query"));
        text.setWidth("40em");
        answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answer.addClickListener(click ->
                act(() -> helpline.respond(staff, chosen().councilId(), chosen().id(), text.getValue(), false)));
        askBack.addClickListener(click ->
                act(() -> helpline.respond(staff, chosen().councilId(), chosen().id(), text.getValue(), true)));
        close.addClickListener(
                click -> act(() -> helpline.close(staff, chosen().councilId(), chosen().id(), text.getValue())));
        message.getElement().setAttribute("role", "status");
        message.setId("helpline-message");
        add(errors, text, new HorizontalLayout(answer, askBack, close), message);
        refresh(null);
        showFigures();
    }

    private QuerySummary chosen() {
        return queries.getSelectedItems().stream().findFirst().orElseThrow(HelplineNotFound::new);
    }

    /** A step on the chosen query; a refusal is shown at the text it is about, in the error summary. */
    private void act(Supplier<QuerySummary> step) {
        errors.clear();
        message.setText("");
        if (queries.getSelectedItems().isEmpty()) {
            errors.problem("Choose a query in the list first");
        }
        errors.tryIfNone(
                () -> {
                    QuerySummary after = step.get();
                    message.setText(councilNames.getOrDefault(after.councilId(), after.councilId()) + ": "
                            + after.status().label() + ".");
                    text.clear();
                    refresh(after.id());
                    showFigures();
                },
                Map.of("text", text, "note", text));
    }

    private void showFigures() {
        try {
            figures.setText(yearFigures.of(staff, period.getValue()).sentence());
        } catch (HelplineRefused refused) {
            figures.setText(refused.getMessage());
        }
    }

    private void refresh(Long select) {
        ThreadPanel.list(queries, helpline.allQueries(staff, openOnly.getValue()), select);
        showChosen();
    }

    private void showChosen() {
        Optional<QuerySummary> q = queries.getSelectedItems().stream().findFirst();
        q.ifPresentOrElse(one -> thread.show(helpline.thread(staff, one.councilId(), one.id())), thread::clear);
        boolean open = q.isPresent() && q.get().status() != QueryStatus.CLOSED;
        answer.setEnabled(open);
        askBack.setEnabled(open);
        close.setEnabled(open);
    }
}
