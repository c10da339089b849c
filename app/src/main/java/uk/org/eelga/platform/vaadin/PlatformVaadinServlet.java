package uk.org.eelga.platform.vaadin;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.ApplicationContext;
import jakarta.inject.Singleton;
import jakarta.servlet.annotation.WebServlet;

/** Vaadin's servlet, registered with Jetty by micronaut-servlet; it serves every path but /api and /auth. */
@Singleton
@WebServlet(value = "/*", asyncSupported = true, loadOnStartup = 1)
class PlatformVaadinServlet extends VaadinServlet {

    private final transient ApplicationContext context;

    PlatformVaadinServlet(ApplicationContext context) {
        this.context = context;
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        MicronautVaadinService service = new MicronautVaadinService(this, configuration, context);
        service.init();
        return service;
    }
}
