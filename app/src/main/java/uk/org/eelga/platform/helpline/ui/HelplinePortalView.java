package uk.org.eelga.platform.helpline.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import uk.org.eelga.platform.helpline.Category;
import uk.org.eelga.platform.helpline.HelplineNotFound;
import uk.org.eelga.platform.helpline.HelplineRefused;
import uk.org.eelga.platform.helpline.HrHelpline;
import uk.org.eelga.platform.helpline.QueryStatus;
import uk.org.eelga.platform.helpline.QuerySummary;
import uk.org.eelga.platform.helpline.Satisfaction;
import uk.org.eelga.platform.helpline.ServiceLevel;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Choices;
import uk.org.eelga.tenancy.ui.CouncilPage;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.Live;
import uk.org.eelga.tenancy.ui.NarrowScreens;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.Tables;

/** A council's HR helpline page: raise a query, follow the council's queries and their threads, reply, close, rate. */
@Route("portal/hr-helpline")
@PageTitle("HR helpline | EELGA member platform")
@CouncilPage
@MenuEntry(label = "HR helpline", area = MenuEntry.Area.PORTAL, order = 35)
public class HelplinePortalView extends Page {

    final Select<Category> category = Choices.select("What is it about?", Category::label, Category.values());
    final TextField subject = limited(new TextField("Subject"), HrHelpline.SUBJECT_MAX);
    final TextArea question = limited(new TextArea("Your question"), HrHelpline.TEXT_MAX);
    final Button raise = new Button("Send to the advisers");
    final Paragraph outcome = Live.status(new Paragraph());
    final ErrorSummary askErrors = new ErrorSummary(category, subject, question);
    final Grid<QuerySummary> queries = new Grid<>(QuerySummary.class, false);
    final ThreadPanel thread = new ThreadPanel();
    final TextArea reply = limited(new TextArea("Your reply"), HrHelpline.TEXT_MAX);
    final Button sendReply = new Button("Send reply");
    final RadioButtonGroup<Integer> rating = new RadioButtonGroup<>(Satisfaction.QUESTION);
    final TextArea comment = limited(new TextArea("Anything to add (optional)"), HrHelpline.COMMENT_MAX);
    final Button close = new Button("Close the query");
    final Button rate = new Button("Send rating");
    final ErrorSummary threadErrors = new ErrorSummary(reply, rating, comment);

    private final HrHelpline helpline;
    private final Caller person;

    HelplinePortalView(HrHelpline helpline) {
        super(
                "HR helpline",
                "The association's HR advisers answer questions on pay, TUPE, employment law, pensions and"
                        + " benchmarking (how other councils pay or organise a role). " + ServiceLevel.STATED);
        this.helpline = helpline;
        this.person = Callers.current();

        add(new H2("Ask a question"));
        category.setRequiredIndicatorVisible(true);
        subject.setRequired(true);
        subject.setWidth("32em");
        question.setRequired(true);
        question.setWidth("40em");
        question.setHelperText("Do not name employees unless the advisers need it to answer.");
        raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        raise.addClickListener(click -> ask());
        outcome.setId("helpline-outcome");
        add(askErrors, category, subject, question, raise, outcome);

        add(new H2("Our council's queries"));
        NarrowScreens.TextColumns<QuerySummary> columns = NarrowScreens.textColumns(queries);
        columns.add("Raised", q -> UkTime.dateTime(q.raisedAt()));
        columns.add("About", q -> q.category().label());
        columns.add("Subject", QuerySummary::subject).setFlexGrow(2);
        columns.add("By", QuerySummary::raisedByName);
        columns.add("Status", q -> q.status().label()).setKey("status");
        columns.cards("Query", QuerySummary::subject);
        queries.setAllRowsVisible(true);
        Tables.named(
                queries,
                "Our council's HR helpline queries",
                "Our council has not asked the HR helpline anything yet.");
        queries.addSelectionListener(e -> showChosen());
        add(queries, thread);

        reply.setWidth("40em");
        sendReply.addClickListener(click -> act(
                () -> helpline.reply(person, chosen().id(), reply.getValue()), "Reply sent. The advisers respond by "));
        rating.setItems(5, 4, 3, 2, 1);
        rating.setItemLabelGenerator(Satisfaction::label);
        comment.setWidth("40em");
        close.addClickListener(click -> act(
                () -> helpline.closeOurs(person, chosen().id(), rating.getValue(), comment.getValue()),
                "Closed. Thank you. First response was due by "));
        rate.addClickListener(click -> act(
                () -> helpline.rate(person, chosen().id(), rating.getValue(), comment.getValue()),
                "Thank you for rating the advice. First response was due by "));
        add(threadErrors, reply, sendReply, rating, comment, close, rate);
        refresh(null);
    }

    /** Checks the question as GOV.UK's error summary does (every problem at once), then sends it. */
    private void ask() {
        askErrors.clear();
        outcome.setText("");
        askErrors.required(category, "Choose what the query is about");
        askErrors.required(subject, "Enter a subject");
        askErrors.required(question, "Enter your question");
        if (askErrors.showIfAny()) {
            return;
        }
        try {
            QuerySummary raised = helpline.raise(person, category.getValue(), subject.getValue(), question.getValue());
            subject.clear();
            question.clear();
            category.clear();
            shown(raised, "Sent. The advisers will respond by ");
        } catch (HelplineRefused refused) {
            askErrors.refused(refused, Map.of("category", category, "subject", subject, "question", question));
        }
    }

    private QuerySummary chosen() {
        return queries.getSelectedItems().stream().findFirst().orElseThrow(HelplineNotFound::new);
    }

    private void shown(QuerySummary after, String done) {
        outcome.setText(done + UkTime.dateTime(after.firstResponseDue()) + ".");
        refresh(after.id());
    }

    /** A step on the chosen query; a refusal is shown at the field it is about, in the thread's error summary. */
    private void act(Supplier<QuerySummary> step, String done) {
        askErrors.clear();
        threadErrors.clear();
        outcome.setText("");
        threadErrors.tryIfNone(
                () -> {
                    QuerySummary after = step.get();
                    outcome.setText(done + UkTime.dateTime(after.firstResponseDue()) + ".");
                    reply.clear();
                    comment.clear();
                    rating.clear();
                    refresh(after.id());
                },
                Map.of("text", reply, "rating", rating, "comment", comment));
    }

    private void refresh(Long select) {
        ThreadPanel.list(queries, helpline.ourQueries(), select);
        showChosen();
    }

    private void showChosen() {
        Optional<QuerySummary> q = queries.getSelectedItems().stream().findFirst();
        boolean open = q.isPresent() && q.get().status() != QueryStatus.CLOSED;
        boolean toRate = q.isPresent() && q.get().awaitingRating();
        q.ifPresentOrElse(one -> thread.show(helpline.ourThread(one.id())), thread::clear);
        reply.setVisible(open);
        sendReply.setVisible(open);
        close.setVisible(open);
        rating.setVisible(open || toRate);
        comment.setVisible(open || toRate);
        rate.setVisible(toRate);
    }
}
