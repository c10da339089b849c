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
 * row-level security. In a cluster the migration job ({@link MigrateSchema}) migrates once before a new version
 * starts, and the nodes run with {@code eelga.database.migrate-at-start=false} and no owner password.
 */
@Singleton
class MigrateBeforeUse implements BeanCreatedEventListener<DataSource> {

    private static final Logger LOG = LoggerFactory.getLogger(MigrateBeforeUse.class);

    private final String url;
    private final String owner;
    private final String ownerPassword;
    private final boolean demoData;
    private final boolean migrateAtStart;
    private volatile boolean migrated;

    MigrateBeforeUse(
            @Value("${datasources.default.url}") String url,
            @Value("${eelga.database.owner-username}") String owner,
            @Value("${eelga.database.owner-password}") String ownerPassword,
            @Value("${eelga.database.demo-data:false}") boolean demoData,
            @Value("${eelga.database.migrate-at-start:true}") boolean migrateAtStart) {
        this.demoData = demoData;
        this.migrateAtStart = migrateAtStart;
        this.url = url;
        this.owner = owner;
        this.ownerPassword = ownerPassword;
    }

    @Override
    public synchronized DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        if (!migrated) {
            if (migrateAtStart) {
                migrate(url, owner, ownerPassword, demoData);
            } else {
                LOG.info("Schema migrations are left to the migration job (eelga.database.migrate-at-start=false)");
            }
            migrated = true;
        }
        return event.getBean();
    }

    /**
     * Applies the pending migrations (and the demo records' when asked) as the schema owner. The demo records are not
     * in the production jar (they come with infra/demo's jar), so asking for them without it fails rather than
     * silently loading nothing.
     */
    static void migrate(String url, String owner, String ownerPassword, boolean demoData) {
        long started = System.nanoTime();
        var result = Flyway.configure()
                .dataSource(url, owner, ownerPassword)
                .locations(
                        demoData
                                ? new String[] {"classpath:db/migration", "classpath:db/demo"}
                                : new String[] {"classpath:db/migration"})
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(
                "Database schema at version {} ({} migrations applied) in {} ms",
                result.targetSchemaVersion,
                result.migrationsExecuted,
                (System.nanoTime() - started) / 1_000_000);
    }
}
