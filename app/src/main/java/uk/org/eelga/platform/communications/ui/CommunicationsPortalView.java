package uk.org.eelga.platform.communications.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import uk.org.eelga.platform.communications.Communication;
import uk.org.eelga.platform.communications.Communications;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.CouncilPage;
import uk.org.eelga.tenancy.ui.LongLists;
import uk.org.eelga.tenancy.ui.NarrowScreens;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.RowLinks;
import uk.org.eelga.tenancy.ui.Tables;
import uk.org.eelga.tenancy.ui.UkDates;

/** The councils' archive of the association's e-bulletins, case studies, Chairman's briefs and briefings. */
@Route("portal/communications")
@PageTitle("Bulletins and briefs | EELGA member platform")
@CouncilPage
@MenuEntry(label = "Bulletins and briefs", area = MenuEntry.Area.PORTAL, order = 45)
public class CommunicationsPortalView extends Page {

    final Grid<Communication> archive = new Grid<>(Communication.class, false);

    CommunicationsPortalView(Communications communications) {
        super(
                "Bulletins and briefs",
                "Everything the association has published for your council, newest first. Open one to"
                        + " read it in full.");
        add(new RouterLink("Choose the topics you receive by email", SubscriptionsView.class));
        archive.addColumn(c -> UkDates.day(c.publishedOn())).setHeader("Published");
        archive.addColumn(c -> c.kind().label()).setHeader("What");
        archive.addComponentColumn(c -> RowLinks.to(c.title(), CommunicationReadView.class, c.id()))
                .setHeader("Title")
                .setFlexGrow(2);
        archive.addColumn(Communication::summary).setHeader("Summary").setFlexGrow(3);
        archive.addColumn(c -> c.link() == null ? "" : c.link()).setHeader("Link");
        // on a phone or at 200% zoom each communication is a card: titles were cut to the column's 100 px
        NarrowScreens.cards(archive, "Communication", c -> {
            NarrowScreens.Card card = new NarrowScreens.Card(c.title())
                    .row("Published", UkDates.day(c.publishedOn()))
                    .row("What", c.kind().label())
                    .row("Summary", c.summary());
            if (c.link() != null) {
                card.row("Link", c.link());
            }
            return card.actions(RowLinks.to("Read " + c.title(), CommunicationReadView.class, c.id()));
        });
        LongLists.scrolling(archive);
        Tables.named(
                archive,
                "The association's published communications",
                "The association has not published any communications yet.");
        LongLists.show(archive, communications.archive(Callers.current()), Communication::id);
        add(archive);
    }
}
