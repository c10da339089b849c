package uk.org.eelga.platform.safety;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import io.micronaut.context.env.MapPropertySource;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.exceptions.ConfigurationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Secrets from mounted files, as Kubernetes and Docker hand them over, instead of environment variables (which leak
 * into process listings, crash reports and child processes). For each secret setting {@code NAME} below:
 * {@code NAME_FILE=/run/secrets/x} reads its value from that file, and a directory given by
 * {@code EELGA_SECRETS_DIR} may hold a file called {@code NAME} (a Kubernetes Secret mounted as a volume, with
 * {@code items} naming the files). One trailing line break is dropped. A file that is named but cannot be read, an
 * empty file, and a setting given twice (variable and file, or file and directory) stop the start-up with a message
 * that names the setting and never the value.
 *
 * <p>Applied to every application context built here (the platform, {@code MigrateSchema}, tests), before any
 * configuration is read: the values take the place of the environment variables of the same names, so every
 * {@code ${NAME}} of application.yml sees them.
 */
@ContextConfigurer
public final class SecretFiles implements ApplicationContextConfigurer {

    /** The settings that hold secrets; only these are read from files. */
    static final List<String> SECRET_SETTINGS = List.of(
            "PG_APP_USER",
            "PG_APP_PASSWORD",
            "PG_OWNER_USER",
            "PG_OWNER_PASSWORD",
            "KEYCLOAK_CLIENT_SECRET",
            "KEYCLOAK_ADMIN_CLIENT_SECRET",
            "STRIPE_SECRET_KEY",
            "STRIPE_WEBHOOK_SECRET",
            "SMTP_USERNAME",
            "SMTP_PASSWORD");

    static final String DIRECTORY = "EELGA_SECRETS_DIR";

    @Override
    public void configure(ApplicationContextBuilder builder) {
        Map<String, Object> values = read(System.getenv());
        if (!values.isEmpty()) {
            builder.propertySources(propertySource(values));
        }
    }

    /**
     * A property source that answers like the environment variables: {@code ${PG_APP_PASSWORD}} and
     * {@code pg.app.password} both find the value. Ahead of the real environment, which has no value for these.
     */
    static PropertySource propertySource(Map<String, Object> values) {
        return new MapPropertySource("secret-files", values) {
            @Override
            public int getOrder() {
                return -400;
            }

            @Override
            public PropertyConvention getConvention() {
                return PropertyConvention.ENVIRONMENT_VARIABLE;
            }
        };
    }

    /** The secrets named by {@code environment}'s {@code *_FILE} variables and directory, by setting name. */
    static Map<String, Object> read(Map<String, String> environment) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String directory = environment.getOrDefault(DIRECTORY, "").strip();
        for (String name : SECRET_SETTINGS) {
            List<String> sources = new ArrayList<>();
            String variable = environment.get(name);
            if (variable != null && !variable.isEmpty()) {
                sources.add(name);
            }
            String file = environment.getOrDefault(name + "_FILE", "").strip();
            Path fromDirectory = directory.isEmpty() ? null : Path.of(directory, name);
            if (!file.isEmpty()) {
                sources.add(name + "_FILE");
            }
            if (fromDirectory != null && Files.isRegularFile(fromDirectory)) {
                sources.add(DIRECTORY + "/" + name);
            }
            if (sources.size() > 1) {
                problems.add(name + " is given more than once (" + String.join(", ", sources) + "): keep one.");
                continue;
            }
            Path path = !file.isEmpty()
                    ? Path.of(file)
                    : fromDirectory != null && Files.isRegularFile(fromDirectory) ? fromDirectory : null;
            if (path == null) {
                continue;
            }
            try {
                String value = stripOneLineBreak(Files.readString(path, StandardCharsets.UTF_8));
                if (value.isEmpty()) {
                    problems.add(name + ": the file " + path + " is empty.");
                } else {
                    values.put(name, value);
                }
            } catch (IOException | RuntimeException e) {
                problems.add(name + ": the file " + path + " cannot be read ("
                        + e.getClass().getSimpleName() + ").");
            }
        }
        if (!directory.isEmpty() && !Files.isDirectory(Path.of(directory))) {
            problems.add(DIRECTORY + " is '" + directory + "', which is not a directory.");
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(
                    "Secrets from files could not be read:\n  - " + String.join("\n  - ", problems));
        }
        return values;
    }

    private static String stripOneLineBreak(String value) {
        if (value.endsWith("\r\n")) {
            return value.substring(0, value.length() - 2);
        }
        if (value.endsWith("\n")) {
            return value.substring(0, value.length() - 1);
        }
        return value;
    }
}
