package uk.org.eelga.platform.communications.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.Arrays;
import java.util.List;
import uk.org.eelga.platform.communications.Audience;
import uk.org.eelga.platform.communications.Communication;
import uk.org.eelga.platform.communications.CommunicationDraft;
import uk.org.eelga.platform.communications.CommunicationKind;
import uk.org.eelga.platform.communications.CommunicationSending;
import uk.org.eelga.platform.communications.Communications;
import uk.org.eelga.platform.communications.Topic;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilStatus;
import uk.org.eelga.tenancy.council.CouncilSummary;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Choices;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.StaffPage;
import uk.org.eelga.tenancy.ui.SuccessMessage;

/**
 * Staff write a communication to send through the platform: what it is, its topic and text, and which councils it is
 * for. It is saved as a draft; it is sent from the Communications page, which says what went out and who opened it.
 */
@Route("console/communications/write")
@PageTitle("Write a communication | EELGA console")
@StaffPage
public class CommunicationWriteView extends Page {

    final Select<CommunicationKind> kind = new Select<>();
    final Select<Topic> topic = Choices.select("Topic", Topic::label, Topic.values());
    final TextField title = limited(new TextField("Title"), Communications.TITLE_MAX);
    final TextArea text = limited(new TextArea("Text"), Communications.SUMMARY_MAX);
    final TextField link = limited(new TextField("Link (optional)"), Text.URL);
    final Select<Audience> audience = Choices.select("For", Audience::label, Audience.values());
    final MultiSelectComboBox<CouncilSummary> named = new MultiSelectComboBox<>("Councils");
    final ErrorSummary errors = new ErrorSummary(kind, title, text, link, audience, named);
    final Button save = new Button("Save as draft");
    final SuccessMessage saved = new SuccessMessage();

    private final CommunicationSending sending;
    private final Caller staff;

    CommunicationWriteView(CommunicationSending sending, CouncilDirectory councils) {
        super(
                "Write a communication",
                "It is saved as a draft. Send it from the Communications page: it is emailed once to"
                        + " everyone of the councils it is for who has signed in and receives its topic, and it appears in"
                        + " their councils' Bulletins and briefs.");
        this.sending = sending;
        this.staff = Callers.current();
        add(saved);
        kind.setLabel("What");
        kind.setItems(Arrays.stream(CommunicationKind.values())
                .filter(k -> !k.internal())
                .toList());
        kind.setItemLabelGenerator(CommunicationKind::label);
        topic.setValue(Topic.GENERAL);
        title.setWidth("24em");
        text.setWidth("32em");
        audience.setValue(Audience.ALL_COUNCILS);
        named.setItems(councils.all().stream()
                .filter(c -> c.status() == CouncilStatus.ACTIVE)
                .toList());
        named.setItemLabelGenerator(CouncilSummary::name);
        named.setHelperText("Only when it is for named councils");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        add(
                errors,
                row(kind, topic, audience),
                title,
                text,
                row(link, named),
                save,
                new RouterLink("Back to communications", CommunicationsConsoleView.class));
    }

    private static HorizontalLayout row(Component... parts) {
        HorizontalLayout row = new HorizontalLayout(parts);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private void save() {
        errors.restart(saved);
        if (kind.getValue() == null) {
            errors.add(kind, "Choose what you are sending");
        }
        if (title.getValue().isBlank()) {
            errors.add(title, "Enter the title");
        }
        if (text.getValue().isBlank()) {
            errors.add(text, "Enter the text");
        }
        if (audience.getValue() == Audience.NAMED_COUNCILS && named.getValue().isEmpty()) {
            errors.add(named, "Choose the councils it is for");
        }
        errors.tryIfNone(() -> {
            Communication done = sending.draft(
                    staff,
                    new CommunicationDraft(
                            kind.getValue(),
                            topic.getValue(),
                            title.getValue(),
                            text.getValue(),
                            link.getValue(),
                            audience.getValue(),
                            audience.getValue() == Audience.NAMED_COUNCILS
                                    ? named.getValue().stream()
                                            .map(CouncilSummary::id)
                                            .toList()
                                    : List.of()));
            saved.show("Draft saved: " + done.title() + ". Send it from the Communications page.");
            title.clear();
            text.clear();
            link.clear();
        });
    }
}
