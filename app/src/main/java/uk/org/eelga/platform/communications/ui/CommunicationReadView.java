package uk.org.eelga.platform.communications.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import uk.org.eelga.platform.communications.Communication;
import uk.org.eelga.platform.communications.Communications;
import uk.org.eelga.tenancy.Refusal;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.CouncilPage;
import uk.org.eelga.tenancy.ui.UkDates;

/**
 * One communication, opened by a council's person (from the archive or the link in its email): opening it here is
 * what counts it as read by them, once. One not sent to their council is "not found".
 */
@Route("portal/communications/read")
@PageTitle("Bulletin | EELGA member platform")
@CouncilPage
public class CommunicationReadView extends VerticalLayout implements HasUrlParameter<Long> {

    private final Communications communications;

    CommunicationReadView(Communications communications) {
        this.communications = communications;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        Communication shown;
        try {
            shown = id == null ? null : communications.open(Callers.current(), id);
        } catch (Refusal refused) {
            shown = null;
        }
        if (shown == null) {
            event.rerouteToError(NotFoundException.class, "No such communication");
            return;
        }
        removeAll();
        add(new RouterLink("Back to bulletins and briefs", CommunicationsPortalView.class));
        add(new H1(shown.title()));
        add(new Paragraph(shown.kind().label() + ", " + shown.topic().label() + ", published "
                + UkDates.day(shown.publishedOn())));
        for (String paragraph : shown.summary().split("\\R\\s*\\R|\\R")) {
            if (!paragraph.isBlank()) {
                add(new Paragraph(paragraph));
            }
        }
        if (shown.link() != null) {
            Anchor more = new Anchor(shown.link(), "Read more on the association's website");
            more.getElement().setAttribute("rel", "noopener noreferrer");
            add(more);
        }
    }
}
