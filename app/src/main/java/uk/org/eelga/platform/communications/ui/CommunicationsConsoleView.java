package uk.org.eelga.platform.communications.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;
import static uk.org.eelga.tenancy.ui.UkDates.ukDate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.org.eelga.platform.communications.BriefedMeeting;
import uk.org.eelga.platform.communications.Communication;
import uk.org.eelga.platform.communications.CommunicationDetails;
import uk.org.eelga.platform.communications.CommunicationKind;
import uk.org.eelga.platform.communications.CommunicationSending;
import uk.org.eelga.platform.communications.Communications;
import uk.org.eelga.platform.communications.CouncilReads;
import uk.org.eelga.platform.communications.SendState;
import uk.org.eelga.platform.communications.Topic;
import uk.org.eelga.platform.framework.FrameworkService;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Refusal;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Choices;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.FormRow;
import uk.org.eelga.tenancy.ui.NarrowScreens;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.Plurals;
import uk.org.eelga.tenancy.ui.StaffPage;
import uk.org.eelga.tenancy.ui.SuccessMessage;
import uk.org.eelga.tenancy.ui.Tables;
import uk.org.eelga.tenancy.ui.UkDates;

/**
 * The console's communications: this year's counts by kind, recording what was sent or published (a briefing names
 * its meeting), the LGA Executive's meetings with their briefings, and everything recorded this year.
 */
@Route("console/communications")
@PageTitle("Communications | EELGA console")
@StaffPage
@MenuEntry(label = "Communications", area = MenuEntry.Area.CONSOLE, order = 39)
public class CommunicationsConsoleView extends Page {

    final Paragraph summary = new Paragraph();
    final Select<CommunicationKind> kind = Choices.select("What", CommunicationKind::label, CommunicationKind.values());
    final Select<Topic> topic = Choices.select("Topic", Topic::label, Topic.values());
    final TextField title = limited(new TextField("Title"), Communications.TITLE_MAX);
    final TextArea text = limited(new TextArea("Summary"), Communications.SUMMARY_MAX);
    final TextField link = limited(new TextField("Link (optional)"), Text.URL);
    final DatePicker publishedOn = ukDate(new DatePicker("Sent or published on"));
    final IntegerField recipients = new IntegerField("Recipients");
    final Select<BriefedMeeting> executiveMeeting = new Select<>();
    final Select<BriefedMeeting> groupMeeting = new Select<>();
    final ErrorSummary errors = new ErrorSummary(kind, title, text, link, publishedOn, recipients);
    final Button save = new Button("Record");
    final SuccessMessage saved = new SuccessMessage();
    final DatePicker meetsOn = ukDate(new DatePicker("LGA Executive meets on"));
    final Button addMeeting = new Button("Add LGA Executive meeting");
    final Grid<BriefedMeeting> executive = new Grid<>(BriefedMeeting.class, false);
    final Grid<Communication> recorded = new Grid<>(Communication.class, false);

    final Grid<CouncilReads> reads = new Grid<>(CouncilReads.class, false);
    final Paragraph readsCaption = new Paragraph();

    private final Communications communications;
    private final CommunicationSending sending;
    private final FrameworkService framework;
    private final Caller staff;

    CommunicationsConsoleView(Communications communications, CommunicationSending sending, FrameworkService framework) {
        super("Communications");
        this.communications = communications;
        this.sending = sending;
        this.framework = framework;
        this.staff = Callers.current();
        summary.setId("communications-summary");
        add(summary, saved);

        add(new H2("Write and send to councils"));
        add(new Paragraph("Write a communication for every council, the counties and unitaries, or named councils;"
                + " it is saved as a draft, and Send in the list below emails it, once, to everyone of those councils"
                + " who has signed in and receives its topic, and puts it in their councils' archive."));
        add(new RouterLink("Write a communication to send", CommunicationWriteView.class));

        add(new H2("Record what was sent or published"));
        topic.setValue(Topic.GENERAL);
        title.setWidth("24em");
        text.setWidth("32em");
        recipients.setHelperText("How many people it was sent to; 0 if only published");
        recipients.setMin(0);
        recipients.setValue(0);
        publishedOn.setValue(communications.today());
        // short labels with the "what for" as hint text: a long label ran past a phone's edge
        executiveMeeting.setLabel("LGA Executive meeting");
        executiveMeeting.setHelperText("For a briefing for the Chairman");
        executiveMeeting.setItemLabelGenerator(m -> m == null ? "None" : UkDates.day(m.meetsOn()));
        executiveMeeting.setEmptySelectionAllowed(true);
        groupMeeting.setLabel("Meeting of our group");
        groupMeeting.setHelperText("For a briefing or update to the group");
        groupMeeting.setItemLabelGenerator(m -> m == null ? "None" : m.body() + ", " + UkDates.day(m.meetsOn()));
        groupMeeting.setEmptySelectionAllowed(true);
        groupMeeting.setItems(communications.groupMeetings(staff));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        add(
                errors,
                FormRow.of(kind, topic),
                title,
                text,
                FormRow.of(link, publishedOn, recipients),
                FormRow.of(executiveMeeting, groupMeeting),
                save);

        add(new H2("LGA Executive meetings this year"));
        addMeeting.addClickListener(click -> addMeeting());
        executive.addColumn(m -> UkDates.day(m.meetsOn())).setHeader("Meets on");
        executive
                .addColumn(m -> m.briefing() == null
                        ? "No briefing recorded"
                        : m.briefing() + ", " + UkDates.day(m.briefedOn())
                                + (m.briefedInTime() ? "" : " (after the meeting)"))
                .setHeader("Briefing for the Chairman")
                .setKey("briefing")
                .setFlexGrow(3);
        executive.setAllRowsVisible(true);
        Tables.named(
                executive,
                "LGA Executive meetings and their briefings",
                "No LGA Executive meetings recorded this year yet.");
        add(FormRow.of(meetsOn, addMeeting), executive);

        add(new H2("Recorded this year"));
        recorded.addColumn(c -> c.publishedOn() == null ? "Draft" : UkDates.day(c.publishedOn()))
                .setHeader("Date");
        recorded.addColumn(c -> c.kind().label()).setHeader("What");
        recorded.addColumn(Communication::title).setHeader("Title").setFlexGrow(2);
        recorded.addColumn(Communication::recipients).setHeader("Recipients");
        recorded.addColumn(c -> c.briefedFor() == null ? "" : c.briefedFor()).setHeader("For the meeting");
        recorded.addComponentColumn(this::action).setHeader("Sending");
        // on a phone or at 200% zoom each communication is a card, its Send or Reads button within reach
        NarrowScreens.cards(recorded, "Communication", c -> new NarrowScreens.Card(c.title())
                .row("Date", c.publishedOn() == null ? "Draft" : UkDates.day(c.publishedOn()))
                .row("What", c.kind().label())
                .row("Recipients", String.valueOf(c.recipients()))
                .row("For the meeting", c.briefedFor())
                .row("Sending", action(c)));
        recorded.setAllRowsVisible(true);
        Tables.named(recorded, "Communications recorded this year", "No communications recorded this year yet.");
        add(recorded);
        reads.addColumn(CouncilReads::councilName).setHeader("Council").setFlexGrow(2);
        reads.addColumn(CouncilReads::emailed).setHeader("People emailed");
        reads.addColumn(CouncilReads::opened).setHeader("People who opened it");
        reads.setAllRowsVisible(true);
        Tables.named(
                reads,
                "Reads per council of the communication chosen",
                "Nobody at a member council was emailed this communication.");
        reads.setVisible(false);
        readsCaption.setId("communication-reads");
        add(readsCaption, reads);
        refresh();
    }

    private void save() {
        errors.restart(saved);
        errors.required(kind, "Choose what was sent or published");
        errors.required(title, "Enter the title");
        errors.required(text, "Enter a summary of what it said");
        errors.required(publishedOn, "Enter the day it was sent, for example 01/04/2027");
        if (recipients.getValue() == null || recipients.getValue() < 0) {
            errors.add(recipients, "Enter how many people it was sent to, or 0");
        }
        errors.tryIfNone(() -> {
            Communication done = communications.record(
                    staff,
                    new CommunicationDetails(
                            kind.getValue(),
                            topic.getValue(),
                            title.getValue(),
                            text.getValue(),
                            link.getValue(),
                            publishedOn.getValue(),
                            recipients.getValue(),
                            executiveMeeting.getValue() == null
                                    ? null
                                    : executiveMeeting.getValue().id(),
                            groupMeeting.getValue() == null
                                    ? null
                                    : groupMeeting.getValue().id()));
            saved.show("Recorded: " + done.kind().label() + ", " + done.title() + ".");
            title.clear();
            text.clear();
            link.clear();
            refresh();
        });
    }

    private Component action(Communication c) {
        if (c.audience() == null) {
            return new Span("Recorded by hand");
        }
        if (c.draft()) {
            Button send = new Button("Send", click -> send(c));
            send.getElement().setAttribute("aria-label", "Send " + c.title());
            return send;
        }
        Button show = new Button("Reads", click -> showReads(c));
        show.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        show.getElement().setAttribute("aria-label", "Reads per council of " + c.title());
        return new Span(
                new Span((c.deliveredAt() == null ? "Sending to " : "Sent to ")
                        + Plurals.count(c.councils(), "council", "councils") + ", "
                        + Plurals.count(c.recipients(), "person", "people") + " "),
                show);
    }

    private void send(Communication c) {
        saved.hide();
        try {
            SendState state = sending.send(staff, c.id());
            saved.show(c.title() + ": " + state.sentence());
        } catch (Refusal refused) {
            saved.show(refused.getMessage());
        }
        refresh();
    }

    private void showReads(Communication c) {
        List<CouncilReads> found = sending.reads(staff, c.id());
        reads.setItems(found);
        reads.setVisible(true);
        long opened = found.stream().filter(r -> r.opened() > 0).count();
        readsCaption.setText("\"" + c.title() + "\": opened in the portal in " + opened + " of " + found.size()
                + " councils it was sent to (people opening it there; emails carry no tracking).");
    }

    private void addMeeting() {
        saved.hide();
        meetsOn.setInvalid(false);
        try {
            communications.addExecutiveMeeting(staff, meetsOn.getValue(), null);
            saved.show("LGA Executive meeting added: " + UkDates.day(meetsOn.getValue()) + ".");
            refresh();
        } catch (Refusal refused) {
            meetsOn.setErrorMessage(refused.getMessage());
            meetsOn.setInvalid(true);
        }
    }

    private void refresh() {
        ReportingPeriod year =
                ReportingPeriod.containing(communications.today()).wholeYear();
        List<BriefedMeeting> meetings = communications.executiveMeetings(staff, year);
        executive.setItems(meetings);
        executiveMeeting.setItems(meetings);
        List<Communication> all = communications.recorded(staff, year);
        recorded.setItems(all);
        Map<CommunicationKind, Long> byKind =
                all.stream().collect(Collectors.groupingBy(Communication::kind, Collectors.counting()));
        long held = meetings.stream()
                .filter(m -> !m.meetsOn().isAfter(communications.today()))
                .count();
        long briefed = meetings.stream()
                .filter(m -> !m.meetsOn().isAfter(communications.today()) && m.briefedInTime())
                .count();
        Function<CommunicationKind, Long> n = k -> byKind.getOrDefault(k, 0L);
        summary.setText(
                all.isEmpty() && meetings.isEmpty()
                        ? "Nothing recorded in " + year.label() + " yet."
                        : year.label() + ": " + n.apply(CommunicationKind.E_BULLETIN) + " e-bulletins"
                                + bulletinsTarget(year) + ", "
                                + n.apply(CommunicationKind.CASE_STUDY) + " case studies, "
                                + n.apply(CommunicationKind.CHAIRMANS_BRIEF) + " Chairman's briefs; " + briefed + " of "
                                + held + " LGA Executive meetings held so far briefed in time.");
    }

    /** " (target 11)" as the framework sets it for e-bulletins, or nothing when it sets none. */
    private String bulletinsTarget(ReportingPeriod year) {
        return framework
                .targetFor(year, Communications.PUBLISHED_KIND, Map.of("type", CommunicationKind.E_BULLETIN.name()))
                .map(t -> " (" + t.phrase() + ")")
                .orElse("");
    }
}
