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

/**
 * What the embedded Jetty does before any servlet (the API's or Vaadin's) runs: {@link BodyLimitFilter} in front
 * of every request, and {@link ProblemErrorHandler} for the errors Jetty answers itself (a malformed URI or
 * header), so the API's callers get a problem there too.
 */
@Singleton
class JettyBoundary implements BeanCreatedEventListener<Server> {

    private final RequestLimits limits;

    JettyBoundary(RequestLimits limits) {
        this.limits = limits;
    }

    @Override
    public Server onCreated(BeanCreatedEvent<Server> event) {
        Server server = event.getBean();
        ProblemErrorHandler errors = new ProblemErrorHandler();
        server.setErrorHandler(errors);
        for (Handler handler : server.getChildHandlersByClass(ServletContextHandler.class)) {
            ServletContextHandler context = (ServletContextHandler) handler;
            context.setErrorHandler(errors);
            context.addFilter(new FilterHolder(new BodyLimitFilter(limits)), "/*", EnumSet.of(DispatcherType.REQUEST));
        }
        return server;
    }
}
