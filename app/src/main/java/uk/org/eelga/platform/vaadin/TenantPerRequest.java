package uk.org.eelga.platform.vaadin;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.inject.Singleton;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.TenantScope;
import uk.org.eelga.tenancy.ui.Callers;

/**
 * Binds the signed-in council person's council for the whole of each page request through {@link TenantScope}, from
 * the caller the sign-in flow kept in the session, and unbinds it at the end. Association staff work with no council
 * bound.
 */
@Singleton
class TenantPerRequest implements VaadinServiceInitListener, VaadinRequestInterceptor {

    private static final String BINDING = TenantPerRequest.class.getName() + ".binding";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(this);
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        Callers.from(request.getWrappedSession(false))
                .filter(caller -> caller.council() != null)
                .ifPresent(caller -> request.setAttribute(BINDING, TenantScope.bind(caller)));
    }

    @Override
    public void handleException(
            VaadinRequest request, VaadinResponse response, VaadinSession session, Exception exception) {
        // requestEnd still runs and unbinds
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
        if (request.getAttribute(BINDING) instanceof CurrentTenant.Binding binding) {
            binding.close();
            request.removeAttribute(BINDING);
        }
    }
}
