package uk.org.eelga.platform.vaadin;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micronaut.context.ApplicationContext;
import java.util.stream.Stream;

/**
 * Creates views and components through Micronaut when they are beans (views are {@code @Prototype}, so each
 * navigation gets its own instance), and by reflection otherwise. Init listeners come from both the service
 * loader and the bean context.
 */
class MicronautInstantiator extends DefaultInstantiator {

    private final transient ApplicationContext context;

    MicronautInstantiator(VaadinService service, ApplicationContext context) {
        super(service);
        this.context = context;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        if (context.containsBean(type)) {
            return context.getBean(type);
        }
        return super.getOrCreate(type);
    }

    @Override
    public Stream<VaadinServiceInitListener> getServiceInitListeners() {
        return Stream.concat(
                super.getServiceInitListeners(), context.getBeansOfType(VaadinServiceInitListener.class).stream());
    }
}
