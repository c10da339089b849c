package uk.org.eelga.platform.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17, point 2: secrets from mounted files (NAME_FILE, EELGA_SECRETS_DIR), and every way that can go wrong. */
class SecretFilesTest {

    @TempDir
    Path dir;

    @Test
    void a_file_variable_gives_the_setting_its_content_without_the_trailing_line_break() throws Exception {
        Path file = Files.writeString(dir.resolve("db"), "s3cret-from-a-file\n");
        assertThat(SecretFiles.read(Map.of("PG_APP_PASSWORD_FILE", file.toString())))
                .containsExactly(Map.entry("PG_APP_PASSWORD", "s3cret-from-a-file"));
    }

    @Test
    void a_secrets_directory_gives_each_file_named_as_a_setting() throws Exception {
        Files.writeString(dir.resolve("KEYCLOAK_CLIENT_SECRET"), "kc-secret");
        Files.writeString(dir.resolve("SMTP_PASSWORD"), "relay-password\r\n");
        Files.writeString(dir.resolve("SOMETHING_ELSE"), "not a secret setting: ignored");
        assertThat(SecretFiles.read(Map.of("EELGA_SECRETS_DIR", dir.toString())))
                .containsOnly(
                        Map.entry("KEYCLOAK_CLIENT_SECRET", "kc-secret"), Map.entry("SMTP_PASSWORD", "relay-password"));
    }

    @Test
    void a_setting_given_twice_stops_the_start_naming_the_setting_but_never_the_value() throws Exception {
        Path file = Files.writeString(dir.resolve("stripe"), "sk_live_from_file");
        assertThatThrownBy(() -> SecretFiles.read(Map.of(
                        "STRIPE_SECRET_KEY", "sk_live_from_variable", "STRIPE_SECRET_KEY_FILE", file.toString())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("STRIPE_SECRET_KEY is given more than once")
                .hasMessageNotContaining("sk_live_from");
        Files.writeString(dir.resolve("STRIPE_SECRET_KEY"), "sk_live_in_dir");
        assertThatThrownBy(() -> SecretFiles.read(
                        Map.of("EELGA_SECRETS_DIR", dir.toString(), "STRIPE_SECRET_KEY_FILE", file.toString())))
                .hasMessageContaining("STRIPE_SECRET_KEY_FILE, EELGA_SECRETS_DIR/STRIPE_SECRET_KEY")
                .hasMessageNotContaining("sk_live");
    }

    @Test
    void a_missing_unreadable_or_empty_file_stops_the_start() throws Exception {
        assertThatThrownBy(() -> SecretFiles.read(
                        Map.of("PG_OWNER_PASSWORD_FILE", dir.resolve("nope").toString())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("PG_OWNER_PASSWORD: the file")
                .hasMessageContaining("cannot be read");
        Path empty = Files.writeString(dir.resolve("empty"), "\n");
        assertThatThrownBy(() -> SecretFiles.read(Map.of("SMTP_PASSWORD_FILE", empty.toString())))
                .hasMessageContaining("SMTP_PASSWORD: the file")
                .hasMessageContaining("is empty");
        assertThatThrownBy(() -> SecretFiles.read(
                        Map.of("EELGA_SECRETS_DIR", dir.resolve("absent").toString())))
                .hasMessageContaining("not a directory");
        if (!"root".equals(System.getProperty("user.name"))) {
            Path locked = Files.writeString(dir.resolve("locked"), "x");
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
            assertThatThrownBy(() -> SecretFiles.read(Map.of("SMTP_PASSWORD_FILE", locked.toString())))
                    .hasMessageContaining("cannot be read");
        }
    }

    @Test
    void only_secret_settings_are_read_from_files() throws Exception {
        Path file = Files.writeString(dir.resolve("env"), "development");
        assertThat(SecretFiles.read(Map.of("EELGA_ENV_FILE", file.toString(), "HOME", "/root")))
                .isEmpty();
    }

    @Test
    void the_values_reach_the_settings_that_name_the_variables() {
        try (ApplicationContext context = ApplicationContext.builder()
                .environments("secret-files-check")
                .deduceEnvironment(false)
                .propertySources(SecretFiles.propertySource(Map.of(
                        "PG_APP_PASSWORD", "app-password-from-file",
                        "KEYCLOAK_CLIENT_SECRET", "client-secret-from-file",
                        "SMTP_PASSWORD", "relay-password-from-file")))
                .build()) {
            Environment environment = context.getEnvironment().start();
            assertThat(environment.getProperty("datasources.default.password", String.class))
                    .contains("app-password-from-file");
            assertThat(environment.getProperty("eelga.oidc.client-secret", String.class))
                    .contains("client-secret-from-file");
            assertThat(environment.getProperty("eelga.mail.smtp-password", String.class))
                    .contains("relay-password-from-file");
        }
    }
}
