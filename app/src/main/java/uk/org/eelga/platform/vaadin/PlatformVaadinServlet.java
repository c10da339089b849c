package uk.org.eelga.platform.vaadin;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.InitParameters;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.ApplicationContext;
import jakarta.inject.Singleton;
import jakarta.servlet.annotation.WebServlet;
import java.util.Properties;

/** Vaadin's servlet, registered with Jetty by micronaut-servlet; it serves every path but /api and /auth. */
@Singleton
@WebServlet(value = "/*", asyncSupported = true, loadOnStartup = 1)
class PlatformVaadinServlet extends VaadinServlet {

    private final transient ApplicationContext context;

    PlatformVaadinServlet(ApplicationContext context) {
        this.context = context;
    }

    /**
     * Sessions and UIs that nobody uses go away (issue 13: after a load test 3,265 HTTP sessions were alive for 84
     * people, and every reload left its old UI behind for 15 minutes). {@code closeIdleSessions}: heartbeats alone do
     * not keep a session alive, so it ends after the HTTP session's idle time; a heartbeat every 60 s (Vaadin's
     * default is 300 s) lets Vaadin drop a UI whose tab was closed or reloaded after three missed beats, 3 minutes.
     */
    @Override
    protected DeploymentConfiguration createDeploymentConfiguration(Properties initParameters) {
        initParameters.putIfAbsent(InitParameters.SERVLET_PARAMETER_CLOSE_IDLE_SESSIONS, "true");
        initParameters.putIfAbsent(InitParameters.SERVLET_PARAMETER_HEARTBEAT_INTERVAL, "60");
        return super.createDeploymentConfiguration(initParameters);
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        MicronautVaadinService service = new MicronautVaadinService(this, configuration, context);
        service.init();
        return service;
    }
}
