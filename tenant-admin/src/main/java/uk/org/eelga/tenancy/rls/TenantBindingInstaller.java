package uk.org.eelga.tenancy.rls;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/**
 * Wraps every application data source so that its connections carry the current council. It must wrap the
 * pool itself, before Micronaut Data's transaction-aware proxy: Micronaut Data unwraps its own proxies down to
 * the first data source that is not one of them, and that must be this wrapper, or connections would bypass it.
 */
@Singleton
final class TenantBindingInstaller implements BeanCreatedEventListener<DataSource>, Ordered {

    /**
     * First among the platform's wrappers, but leaving room below it (lower numbers run first) for a test's
     * instrumentation that wraps the pool itself, so that the binding's own round trips are seen too.
     */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource created = event.getBean();
        if (created instanceof TenantBoundDataSource) {
            return created;
        }
        if (created instanceof DelegatingDataSource) {
            throw new IllegalStateException("The data source was proxied before the tenant binding was installed; "
                    + "its connections would not carry the council");
        }
        return new TenantBoundDataSource(created);
    }
}
