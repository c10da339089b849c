package uk.org.eelga.platform.database;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migrates the schema before the application's data source is first handed out. Migrations run as the schema
 * owner; the application itself connects as {@code eelga_app}, which owns nothing and so cannot escape
 * row-level security.
 */
@Singleton
class MigrateBeforeUse implements BeanCreatedEventListener<DataSource> {

    private static final Logger LOG = LoggerFactory.getLogger(MigrateBeforeUse.class);

    private final String url;
    private final String owner;
    private final String ownerPassword;
    private final boolean demoData;
    private volatile boolean migrated;

    MigrateBeforeUse(
            @Value("${datasources.default.url}") String url,
            @Value("${eelga.database.owner-username}") String owner,
            @Value("${eelga.database.owner-password}") String ownerPassword,
            @Value("${eelga.database.demo-data:false}") boolean demoData) {
        this.demoData = demoData;
        this.url = url;
        this.owner = owner;
        this.ownerPassword = ownerPassword;
    }

    @Override
    public synchronized DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        if (!migrated) {
            var result = Flyway.configure()
                    .dataSource(url, owner, ownerPassword)
                    .locations(
                            demoData
                                    ? new String[] {"classpath:db/migration", "classpath:db/demo"}
                                    : new String[] {"classpath:db/migration"})
                    .load()
                    .migrate();
            LOG.info(
                    "Database schema at version {} ({} migrations applied)",
                    result.targetSchemaVersion,
                    result.migrationsExecuted);
            migrated = true;
        }
        return event.getBean();
    }
}
