package uk.org.eelga.platform.api;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.servlet.engine.initializer.MicronautServletInitializer;
import jakarta.inject.Singleton;

/** Micronaut's servlet serves /api/* (configuration) and also /health, so that load balancers find it there. */
@Singleton
class ExtraServletMappings implements BeanCreatedEventListener<MicronautServletInitializer> {

    @Override
    public MicronautServletInitializer onCreated(BeanCreatedEvent<MicronautServletInitializer> event) {
        event.getBean().addMicronautServletMapping("/health");
        event.getBean().addMicronautServletMapping("/health/*");
        return event.getBean();
    }
}
