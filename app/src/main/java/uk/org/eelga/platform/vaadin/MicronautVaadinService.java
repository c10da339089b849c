package uk.org.eelga.platform.vaadin;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.ApplicationContext;

/** A Vaadin service whose instantiator is Micronaut's bean context. */
class MicronautVaadinService extends VaadinServletService {

    private final transient ApplicationContext context;

    MicronautVaadinService(VaadinServlet servlet, DeploymentConfiguration configuration, ApplicationContext context) {
        super(servlet, configuration);
        this.context = context;
    }

    @Override
    protected Instantiator createInstantiator() {
        return new MicronautInstantiator(this, context);
    }
}
