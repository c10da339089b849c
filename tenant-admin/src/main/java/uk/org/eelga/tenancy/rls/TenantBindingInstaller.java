package uk.org.eelga.tenancy.rls;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/** Wraps every application data source so that its connections carry the current council. */
@Singleton
final class TenantBindingInstaller implements BeanCreatedEventListener<DataSource> {

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource created = event.getBean();
        return created instanceof TenantBoundDataSource ? created : new TenantBoundDataSource(created);
    }
}
