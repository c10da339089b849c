package uk.org.eelga.platform.signin;

import com.vaadin.flow.server.VaadinService;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.org.eelga.platform.ui.NotLinkedView;
import uk.org.eelga.platform.ui.SignedOutView;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.DatabaseOutage;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilStatus;
import uk.org.eelga.tenancy.identity.MembershipCheck;
import uk.org.eelga.tenancy.identity.PersonStanding;
import uk.org.eelga.tenancy.ui.Callers;

/**
 * Checks a signed-in page session on every request of it (navigation, clicks, uploads), before Vaadin sees it, and
 * ends it when: it has been idle too long or lived too long ({@link SessionSettings}); the person was deactivated or
 * their roles changed after they signed in ({@link PersonStanding}); or their council is no longer active (suspended,
 * merged, gone). The session is invalidated and a fresh one only carries the reason, which {@link SignedOutView}
 * shows. One indexed read per request. When the database cannot be reached the request gets a calm 503 page at once.
 */
@Singleton
public class PageSessions {

    private static final Logger LOG = LoggerFactory.getLogger(PageSessions.class);
    static final String SIGNED_IN_AT = "eelga.signedInAt";
    static final String LAST_ACTIVITY = "eelga.lastActivity";

    private final SessionSettings settings;
    private final PersonStanding standing;
    private final CouncilDirectory councils;
    private final MembershipCheck membership;
    private final Clock clock;

    PageSessions(
            SessionSettings settings,
            PersonStanding standing,
            CouncilDirectory councils,
            MembershipCheck membership,
            Clock clock) {
        this.settings = settings;
        this.standing = standing;
        this.councils = councils;
        this.membership = membership;
        this.clock = clock;
    }

    /** Called by the sign-in when a person is let in. */
    static void started(HttpSession session, Instant now) {
        session.setAttribute(SIGNED_IN_AT, now);
        session.setAttribute(LAST_ACTIVITY, now);
    }

    /** The Jetty session's own inactivity limit: a little past ours, so abandoned sessions are dropped. */
    public int maxInactiveSeconds() {
        return (int) Math.min(Integer.MAX_VALUE, settings.idleTimeout().toSeconds() + 60);
    }

    /**
     * Whether the request may go on. Ends the session (and lets the request go on, signed out) when it no longer
     * stands; answers 503 itself when the database is unreachable.
     */
    public boolean check(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return true;
        }
        Caller user;
        Instant signedInAt;
        Instant lastActivity;
        try {
            user = (Caller) session.getAttribute(Callers.SESSION_ATTRIBUTE);
            signedInAt = (Instant) session.getAttribute(SIGNED_IN_AT);
            lastActivity = (Instant) session.getAttribute(LAST_ACTIVITY);
        } catch (IllegalStateException alreadyInvalidated) {
            return true;
        }
        if (user == null) {
            return true;
        }
        Instant now = clock.instant();
        Ending ending = null;
        if (signedInAt == null || !now.isBefore(signedInAt.plus(settings.absoluteLifetime()))) {
            ending = Ending.signedOut("You were signed out because sessions last at most "
                    + words(settings.absoluteLifetime()) + ". Sign in again to carry on.");
        } else if (lastActivity != null && !now.isBefore(lastActivity.plus(settings.idleTimeout()))) {
            ending = Ending.signedOut("You were signed out after " + words(settings.idleTimeout())
                    + " without activity. Sign in again to carry on.");
        } else {
            try {
                ending = withdrawn(user, signedInAt, request);
            } catch (RuntimeException e) {
                if (!DatabaseOutage.isCause(e)) {
                    throw e;
                }
                LOG.warn("Database unavailable on a page request: {}", e.getMessage());
                unavailable(response);
                return false;
            }
        }
        if (ending != null) {
            LOG.info("Ended the page session of {}: {}", user.subject(), ending.reason());
            session.invalidate();
            HttpSession fresh = request.getSession(true);
            fresh.setAttribute(ending.reasonAttribute(), ending.reason());
            fresh.setAttribute(SignedOutView.EXPLAINED_AT, ending.explainedAt());
            if ("uidl".equals(request.getParameter("v-r"))) {
                // An open page's click: send the page to the explanation now. Vaadin's own "session expired" answer
                // would show the message fixed when the page was loaded (for a session moved to another node).
                response.setContentType("application/json; charset=UTF-8");
                response.setHeader("Cache-Control", "no-store");
                response.getWriter()
                        .write(VaadinService.createCriticalNotificationJSON(null, null, null, ending.explainedAt()));
                return false;
            }
        } else if (!"heartbeat".equals(request.getParameter("v-r"))) {
            session.setAttribute(LAST_ACTIVITY, now);
        }
        return true;
    }

    /**
     * The request attribute naming the council this request's standing check found active, so that the page's
     * navigation guard does not read the council row again in the same request (issue 13).
     */
    public static final String COUNCIL_ACTIVE_IN_REQUEST = "eelga.councilActiveInRequest";

    private Ending withdrawn(Caller user, Instant signedInAt, HttpServletRequest request) {
        PersonStanding.Standing person = standing.of(user.subject(), user.council());
        if (user.council() != null
                && person.admitsSessionSince(signedInAt)
                && person.councilStatus() == CouncilStatus.ACTIVE) {
            request.setAttribute(COUNCIL_ACTIVE_IN_REQUEST, user.council().value());
        }
        if (!person.admitsSessionSince(signedInAt)) {
            return Ending.signedOut(person.reason().orElse("Your access changed.") + " You have been signed out.");
        }
        if (user.council() != null && person.councilStatus() != CouncilStatus.ACTIVE) {
            // suspended, merged or gone: said as at sign-in (after a merge, where to go now)
            return new Ending(
                    councils.find(user.council())
                            .map(council -> membership.refusedFor(council).reason())
                            .orElse("Your council cannot use the platform at the moment."),
                    NotLinkedView.REASON_ATTRIBUTE,
                    "/not-linked");
        }
        return null;
    }

    /** Why a session ended, and which page says so. */
    private record Ending(String reason, String reasonAttribute, String explainedAt) {
        static Ending signedOut(String reason) {
            return new Ending(reason, SignedOutView.REASON_ATTRIBUTE, "/signed-out");
        }
    }

    private static String words(java.time.Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes >= 60 && minutes % 60 == 0) {
            return (minutes / 60) + (minutes == 60 ? " hour" : " hours");
        }
        if (minutes >= 1) {
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        return duration.toSeconds() + " seconds";
    }

    /** A calm page (or, for Vaadin's own requests, a plain 503 it retries) while the database is down. */
    public static void unavailable(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter()
                .write("<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                        + "<title>Service unavailable | EELGA member platform</title>"
                        + "<link rel=\"stylesheet\" href=\"/styles/eelga.css\"></head><body><main class=\"standalone-page\">"
                        + "<h1>Sorry, the platform is unavailable just now</h1>"
                        + "<p>We cannot reach our database. Nothing you did was lost; please try again in a few minutes.</p>"
                        + "<p><a href=\"/\">Try again</a></p></main></body></html>");
    }
}
