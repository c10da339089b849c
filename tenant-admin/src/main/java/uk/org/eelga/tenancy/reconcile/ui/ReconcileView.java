package uk.org.eelga.tenancy.reconcile.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.keycloak.KeycloakUnavailable;
import uk.org.eelga.tenancy.reconcile.ReconcileReport;
import uk.org.eelga.tenancy.reconcile.Reconciliation;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Live;
import uk.org.eelga.tenancy.ui.StaffPage;

/**
 * Where the sign-in service (Keycloak) and the council register disagree, for association staff to put right.
 *
 * <p>The check asks Keycloak for every council's members (issue 13: about 15 s on the request thread), so it runs in
 * the background ({@link Reconciliation#checkInBackground}): the page opens at once and says "Checking…" in a live
 * region screen readers announce, the browser polls while the check runs, and the findings replace the message when
 * they arrive. A failure is said plainly, never shown as "they agree".
 */
@Route("console/reconcile")
@PageTitle("Sign-in accounts and the register | EELGA console")
@MenuEntry(label = "Sign-in accounts check", area = MenuEntry.Area.CONSOLE, order = 80)
@StaffPage
public class ReconcileView extends VerticalLayout {

    private static final Logger LOG = LoggerFactory.getLogger(ReconcileView.class);

    /** How often the browser asks for the findings while the check runs. */
    static final int POLL_MILLIS = 1000;

    static final String CHECKING = "Checking the sign-in service's accounts against the council register\u2026";

    final Paragraph status = Live.status(new Paragraph(CHECKING));
    final Div findings = new Div();

    private final Reconciliation reconciliation;
    private final Caller staff;
    private boolean started;

    /** The check's work, shown or dropped (for tests). */
    CompletableFuture<?> latest = CompletableFuture.completedFuture(null);

    ReconcileView(Reconciliation reconciliation) {
        this.reconciliation = reconciliation;
        this.staff = Callers.current();
        staff.requireStaff("Only association staff can run the reconcile check.");
        status.setId("reconcile-status");
        add(new H1("Sign-in accounts and the council register"), status, findings);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (!started) {
            started = true;
            load(() -> reconciliation.checkInBackground(staff));
        }
    }

    /** Leaving the page stops the polling; findings that arrive later are dropped. */
    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        super.onDetach(detachEvent);
    }

    /** Starts the check and shows its findings when they arrive; on the UI thread. */
    void load(Supplier<CompletableFuture<ReconcileReport>> work) {
        UI ui = UI.getCurrent();
        status.setText(CHECKING);
        findings.removeAll();
        ui.setPollInterval(POLL_MILLIS);
        latest = work.get().handle((report, failure) -> {
            try {
                ui.access(() -> {
                    if (!isAttached()) {
                        return; // the person went to another page meanwhile
                    }
                    ui.setPollInterval(-1);
                    if (failure == null) {
                        show(report);
                    } else {
                        status.setText(explain(failure));
                    }
                });
            } catch (UIDetachedException closed) {
                // the page was closed meanwhile: nobody to show it to
            }
            return null;
        });
    }

    private void show(ReconcileReport report) {
        status.setText(report.consistent() ? "They agree." : "They disagree where listed below.");
        section("Sign-in organisations without a council", report.organisationsWithoutCouncil());
        section("Councils without a sign-in organisation", report.councilsWithoutOrganisation());
        section("Users with a council role but no council", report.usersWithoutCouncil());
        section("People no longer in their council's organisation", report.peopleOutsideTheirCouncil());
        section("Merged or departed councils that still have members", report.membersOfClosedCouncils());
        section("Councils' own sign-in providers out of place", report.misplacedSignInProviders());
        section("Email domains that differ between the register and the sign-in service", report.domainsOutOfStep());
    }

    private static String explain(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof Reconciliation.Busy) {
            return "Other checks are running just now, so this one was not made. Reload the page in a minute.";
        }
        if (cause instanceof KeycloakUnavailable) {
            LOG.warn("The reconcile check could not ask the sign-in service: {}", cause.getMessage());
            return "The check could not be made: the sign-in service did not answer. Nothing is known to agree or"
                    + " disagree. Reload the page to try again.";
        }
        LOG.error("The reconcile check failed", cause);
        return "Sorry, the check could not be made. Nothing is known to agree or disagree. Reload the page to try"
                + " again.";
    }

    private void section(String title, List<String> items) {
        findings.add(new H2(title + " (" + items.size() + ")"));
        if (items.isEmpty()) {
            findings.add(new Paragraph("None."));
        } else {
            UnorderedList list = new UnorderedList();
            items.forEach(item -> list.add(new ListItem(item)));
            findings.add(list);
        }
    }
}
