package uk.org.eelga.platform.vaadin;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.BeanDefinition;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Creates views and components through Micronaut when they are beans (views are {@code @Prototype}, so each
 * navigation gets its own instance), and by reflection otherwise. Init listeners come from both the service
 * loader and the bean context.
 *
 * <p>Each class's bean definition is looked up once and kept (issue 13): Micronaut keeps only 30 type look-ups, fewer
 * than the platform's views, so asking it by type on every navigation searched all its bean definitions again (3% of
 * the platform's CPU under load). Bean definitions do not change after start.
 */
class MicronautInstantiator extends DefaultInstantiator {

    private final transient ApplicationContext context;
    private final transient ClassValue<Optional<BeanDefinition<?>>> definitions = new ClassValue<>() {
        @Override
        protected Optional<BeanDefinition<?>> computeValue(Class<?> type) {
            return context.findBeanDefinition(type).map(definition -> definition);
        }
    };

    MicronautInstantiator(VaadinService service, ApplicationContext context) {
        super(service);
        this.context = context;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getOrCreate(Class<T> type) {
        Optional<BeanDefinition<?>> definition = definitions.get(type);
        if (definition.isPresent()) {
            return context.getBean((BeanDefinition<T>) definition.get());
        }
        return super.getOrCreate(type);
    }

    @Override
    public Stream<VaadinServiceInitListener> getServiceInitListeners() {
        return Stream.concat(
                super.getServiceInitListeners(), context.getBeansOfType(VaadinServiceInitListener.class).stream());
    }
}
