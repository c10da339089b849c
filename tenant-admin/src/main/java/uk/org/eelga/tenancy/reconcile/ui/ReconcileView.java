package uk.org.eelga.tenancy.reconcile.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.reconcile.ReconcileReport;
import uk.org.eelga.tenancy.reconcile.Reconciliation;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.StaffPage;

/** Where the sign-in service (Keycloak) and the council register disagree, for association staff to put right. */
@Route("console/reconcile")
@PageTitle("Sign-in accounts and the register | EELGA console")
@MenuEntry(label = "Sign-in accounts check", area = MenuEntry.Area.CONSOLE, order = 80)
@StaffPage
public class ReconcileView extends VerticalLayout {

    ReconcileView(Reconciliation reconciliation) {
        ReconcileReport report = reconciliation.check(Callers.current());
        add(new H1("Sign-in accounts and the council register"));
        add(new Paragraph(report.consistent() ? "They agree." : "They disagree where listed below."));
        section("Sign-in organisations without a council", report.organisationsWithoutCouncil());
        section("Councils without a sign-in organisation", report.councilsWithoutOrganisation());
        section("Users with a council role but no council", report.usersWithoutCouncil());
        section("People no longer in their council's organisation", report.peopleOutsideTheirCouncil());
        section("Merged or departed councils that still have members", report.membersOfClosedCouncils());
        section("Councils' own sign-in providers out of place", report.misplacedSignInProviders());
        section("Email domains that differ between the register and the sign-in service", report.domainsOutOfStep());
    }

    private void section(String title, List<String> items) {
        add(new H2(title + " (" + items.size() + ")"));
        if (items.isEmpty()) {
            add(new Paragraph("None."));
        } else {
            UnorderedList list = new UnorderedList();
            items.forEach(item -> list.add(new ListItem(item)));
            add(list);
        }
    }
}
