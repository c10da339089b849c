package uk.org.eelga.platform.database;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;

/**
 * Migrates the schema and exits, without starting the platform: the migration job of a deployment runs this once
 * before a new version takes traffic ({@code java -cp @/app/jib-classpath-file
 * uk.org.eelga.platform.database.MigrateSchema} in the image). It reads the same settings as the platform
 * ({@code application.yml} and the environment: {@code PG_HOST}, {@code PG_PORT}, {@code PG_DATABASE},
 * {@code PG_OWNER_USER}, {@code PG_OWNER_PASSWORD}, {@code EELGA_DEMO_DATA}) and exits non-zero when a migration
 * fails.
 */
public final class MigrateSchema {

    private MigrateSchema() {}

    public static void main(String[] args) {
        // Only the configuration is loaded: no beans, no jobs, no server.
        try (ApplicationContext context =
                ApplicationContext.builder().args(args).build()) {
            Environment env = context.getEnvironment().start();
            MigrateBeforeUse.migrate(
                    env.getRequiredProperty("datasources.default.url", String.class),
                    env.getRequiredProperty("eelga.database.owner-username", String.class),
                    env.getRequiredProperty("eelga.database.owner-password", String.class),
                    env.getProperty("eelga.database.demo-data", Boolean.class).orElse(false));
        }
    }
}
