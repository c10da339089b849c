package uk.org.eelga.platform.vaadin;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.ui.Callers;

/**
 * Karibu-Testing with the platform's real Vaadin wiring: views come from Micronaut (so they get their real
 * services) and the platform's init listeners, the navigation guard among them, are installed.
 */
public final class BrowserlessUi {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("uk.org.eelga");

    private BrowserlessUi() {}

    public static void start(ApplicationContext context) {
        MockVaadin.setup(UI::new, new MockVaadinServlet(ROUTES, UI::new) {
            @Override
            protected VaadinServletService createServletService(DeploymentConfiguration configuration)
                    throws ServiceException {
                MockService service = new MockService(this, configuration, UI::new) {
                    @Override
                    protected Instantiator createInstantiator() {
                        return new MicronautInstantiator(this, context);
                    }
                };
                service.init();
                ROUTES.register(service.getContext());
                return service;
            }
        });
    }

    public static void signIn(Caller user) {
        VaadinSession.getCurrent().getSession().setAttribute(Callers.SESSION_ATTRIBUTE, user);
    }

    public static void stop() {
        MockVaadin.tearDown();
    }

    /**
     * Ends this browserless session and opens a new one signed in as {@code user}: the next person at the
     * platform, who shares nothing with the one before.
     */
    public static void restartAs(ApplicationContext context, Caller user) {
        stop();
        start(context);
        signIn(user);
    }
}
