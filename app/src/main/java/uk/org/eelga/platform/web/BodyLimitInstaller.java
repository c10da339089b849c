package uk.org.eelga.platform.web;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;

/** Puts {@link BodyLimitFilter} in front of every servlet of the embedded Jetty (the API's and Vaadin's). */
@Singleton
class BodyLimitInstaller implements BeanCreatedEventListener<Server> {

    private final RequestLimits limits;

    BodyLimitInstaller(RequestLimits limits) {
        this.limits = limits;
    }

    @Override
    public Server onCreated(BeanCreatedEvent<Server> event) {
        Server server = event.getBean();
        for (Handler handler : server.getChildHandlersByClass(ServletContextHandler.class)) {
            ((ServletContextHandler) handler)
                    .addFilter(new FilterHolder(new BodyLimitFilter(limits)), "/*", EnumSet.of(DispatcherType.REQUEST));
        }
        return server;
    }
}
