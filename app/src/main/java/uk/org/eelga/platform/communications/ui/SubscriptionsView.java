package uk.org.eelga.platform.communications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.org.eelga.platform.communications.Subscriptions;
import uk.org.eelga.platform.communications.Topic;
import uk.org.eelga.platform.communications.TopicChoice;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Refusal;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.CouncilPage;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.SuccessMessage;

/** A council person's own choice of the topics they receive by email (every topic until they turn it off). */
@Route("portal/communications/subscriptions")
@PageTitle("Your email subscriptions | EELGA member platform")
@CouncilPage
public class SubscriptionsView extends Page {

    final CheckboxGroup<Topic> topics = new CheckboxGroup<>("Topics you receive by email");
    final Button save = new Button("Save my choices");
    final SuccessMessage saved = new SuccessMessage();
    final ErrorSummary errors = new ErrorSummary(topics);

    private final Subscriptions subscriptions;
    private final Caller person;

    SubscriptionsView(Subscriptions subscriptions) {
        super(
                "Your email subscriptions",
                "The association emails its e-bulletins, case studies, Chairman's briefs and briefings to"
                        + " the people of the councils they are for. You receive every topic until you untick it here; you"
                        + " can still read everything under Bulletins and briefs. Only you can change this.");
        this.subscriptions = subscriptions;
        this.person = Callers.current();
        add(saved, errors);
        topics.setItems(Topic.values());
        topics.setItemLabelGenerator(Topic::label);
        topics.setValue(chosen(subscriptions.of(person)));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        add(topics, save, new RouterLink("Back to bulletins and briefs", CommunicationsPortalView.class));
    }

    private void save() {
        errors.restart(saved);
        try {
            List<TopicChoice> now = subscriptions.choose(person, Set.copyOf(topics.getValue()));
            topics.setValue(chosen(now));
            long on = now.stream().filter(TopicChoice::subscribed).count();
            saved.show(
                    on == 0
                            ? "Saved: you receive no emails from the association; everything stays in the portal."
                            : "Saved: you receive " + on + " of " + now.size() + " topics by email.");
        } catch (Refusal refused) {
            errors.problem(refused.getMessage());
            errors.showIfAny();
        }
    }

    private static Set<Topic> chosen(List<TopicChoice> choices) {
        return choices.stream()
                .filter(TopicChoice::subscribed)
                .map(TopicChoice::topic)
                .collect(Collectors.toSet());
    }
}
