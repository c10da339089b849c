package uk.org.eelga.platform.vaadin;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.TenantScope;
import uk.org.eelga.tenancy.ui.Callers;

/**
 * Karibu-Testing with the platform's real Vaadin wiring: views come from Micronaut (so they get their real
 * services) and the platform's init listeners, the navigation guard among them, are installed.
 */
public final class BrowserlessUi {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("uk.org.eelga");

    /** The platform the current session was started on, for {@link #restartAs}. */
    private static ApplicationContext platform;

    private BrowserlessUi() {}

    public static void start(ApplicationContext context) {
        platform = context;
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
    public static void restartAs(Caller user) {
        restart();
        signIn(user);
    }

    /** Ends this browserless session and opens a new one, signed in as no one yet. */
    public static void restart() {
        stop();
        start(platform);
    }

    /**
     * Signs {@code user} in and binds their council to this thread, as the platform's request filter does for a
     * request, until the returned binding is closed: {@code try (var ignored = BrowserlessUi.signInAs(NORA)) {...}}.
     */
    public static CurrentTenant.Binding signInAs(Caller user) {
        signIn(user);
        return TenantScope.bind(user);
    }

    /** Navigates the current browserless session to the page and returns its instance. */
    public static <V extends Component> V open(Class<V> page) {
        UI.getCurrent().navigate(page);
        return LocatorJ._get(page);
    }

    /** Navigates the current browserless session to the address and returns the page's main heading. */
    public static String headingAt(String location) {
        UI.getCurrent().navigate(location);
        return LocatorJ._get(H1.class).getText();
    }
}
