package uk.org.eelga.platform.vaadin;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.session.SessionHandler;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceCollection;
import uk.org.eelga.platform.signin.OidcSettings;
import uk.org.eelga.platform.signin.PageSessions;
import uk.org.eelga.platform.web.JettyConnectors;
import uk.org.eelga.platform.web.WebSettings;

/**
 * Gives micronaut-servlet's Jetty context what a servlet container would: HTTP sessions (Vaadin keeps its UI
 * state there), the application class loader, and static resources from {@code META-INF/resources} of every jar.
 * The session cookie is HttpOnly, SameSite=Lax, and Secure when the platform's public address is https; Jetty's
 * connectors are told not to name themselves ({@code Server} header) and to believe forwarding headers only from the
 * configured proxies ({@link WebSettings#trustedProxies()}).
 */
@Singleton
class JettyContextSetup implements BeanCreatedEventListener<Server> {

    private final boolean https;
    private final int maxInactiveSeconds;
    private final WebSettings web;

    JettyContextSetup(OidcSettings oidc, PageSessions pageSessions, WebSettings web) {
        this.https = oidc.platformUrl() != null && oidc.platformUrl().startsWith("https://");
        this.maxInactiveSeconds = pageSessions.maxInactiveSeconds();
        this.web = web;
    }

    @Override
    public Server onCreated(BeanCreatedEvent<Server> event) {
        Server server = event.getBean();
        JettyConnectors.harden(server, web);
        for (Handler handler : server.getChildHandlersByClass(ServletContextHandler.class)) {
            ServletContextHandler context = (ServletContextHandler) handler;
            SessionHandler sessions = new SessionHandler();
            sessions.setHttpOnly(true);
            sessions.setSameSite(HttpCookie.SameSite.LAX);
            sessions.setSessionCookie("EELGA_SESSION");
            sessions.getSessionCookieConfig().setSecure(https);
            sessions.setMaxInactiveInterval(maxInactiveSeconds);
            context.setSessionHandler(sessions);
            context.setClassLoader(Thread.currentThread().getContextClassLoader());
            context.setBaseResource(webResources());
        }
        return server;
    }

    private static Resource webResources() {
        try {
            List<Resource> roots = new ArrayList<>();
            for (URL url : Collections.list(
                    Thread.currentThread().getContextClassLoader().getResources("META-INF/resources"))) {
                roots.add(Resource.newResource(url));
            }
            return new ResourceCollection(roots.toArray(Resource[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list META-INF/resources", e);
        }
    }
}
