package uk.org.eelga.platform.vaadin;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import uk.org.eelga.platform.ui.AccessDeniedView;
import uk.org.eelga.platform.ui.Navigation;
import uk.org.eelga.platform.ui.NotLinkedView;
import uk.org.eelga.platform.ui.SignedOutView;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilStatus;
import uk.org.eelga.tenancy.council.CouncilSummary;
import uk.org.eelga.tenancy.identity.MembershipCheck;
import uk.org.eelga.tenancy.ui.Callers;

/**
 * Checks every navigation, because Micronaut Security never sees Vaadin's requests. A view opens only when it
 * says who may open it: {@code @AnonymousAllowed}, {@code @PermitAll} (anyone signed in) or
 * {@code @RolesAllowed}. Anything else is refused, so a view that forgets to say is closed, not open.
 */
@Singleton
class NavigationGuard implements VaadinServiceInitListener, BeforeEnterListener {

    private final CouncilDirectory councils;
    private final MembershipCheck membership;

    NavigationGuard(CouncilDirectory councils, MembershipCheck membership) {
        this.councils = councils;
        this.membership = membership;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target.isAnnotationPresent(AnonymousAllowed.class)) {
            return;
        }
        Optional<Caller> user = Callers.find();
        if (user.isEmpty()) {
            WrappedSession session = VaadinSession.getCurrent().getSession();
            Object explainedAt = session == null ? null : session.getAttribute(SignedOutView.EXPLAINED_AT);
            if (explainedAt != null) {
                session.removeAttribute(SignedOutView.EXPLAINED_AT);
                event.forwardToUrl((String) explainedAt);
                return;
            }
            String next = "/" + event.getLocation().getPathWithQueryParameters();
            event.forwardToUrl("/auth/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            return;
        }
        if (councilNoLongerActive(user.get(), event)) {
            return;
        }
        if (!mayOpen(user.get(), target)) {
            event.rerouteTo(AccessDeniedView.class);
        }
    }

    /**
     * A council suspended, merged or gone after its people signed in loses the platform at their next step: the
     * session forgets the user and the page explains why (and, after a merge, where to go now).
     */
    private boolean councilNoLongerActive(Caller user, BeforeEnterEvent event) {
        if (user.council() == null) {
            return false;
        }
        // Already checked by this very request's standing check (PageSessions): no second read of the council row.
        com.vaadin.flow.server.VaadinRequest request = com.vaadin.flow.server.VaadinRequest.getCurrent();
        if (request != null
                && user.council()
                        .value()
                        .equals(request.getAttribute(
                                uk.org.eelga.platform.signin.PageSessions.COUNCIL_ACTIVE_IN_REQUEST))) {
            return false;
        }
        Optional<CouncilSummary> council = councils.find(user.council());
        if (council.isPresent() && council.get().status() == CouncilStatus.ACTIVE) {
            return false;
        }
        WrappedSession session = VaadinSession.getCurrent().getSession();
        session.removeAttribute(Callers.SESSION_ATTRIBUTE);
        session.setAttribute(
                NotLinkedView.REASON_ATTRIBUTE,
                council.map(c -> membership.refusedFor(c).reason())
                        .orElse("Your council cannot use the platform at the moment."));
        event.forwardToUrl("/not-linked");
        return true;
    }

    /** The views' own rule ({@link Navigation#mayOpen}), which the side navigation follows too. */
    static boolean mayOpen(Caller user, Class<?> target) {
        return Navigation.mayOpen(user, target);
    }
}
