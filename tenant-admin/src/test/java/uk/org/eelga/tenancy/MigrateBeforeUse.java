package uk.org.eelga.tenancy;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/** For tenant-admin's tests: migrates its test database before the data source is first handed out. */
@Singleton
class MigrateBeforeUse implements BeanCreatedEventListener<DataSource> {

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        TenantDatabase.migrate();
        return event.getBean();
    }
}
