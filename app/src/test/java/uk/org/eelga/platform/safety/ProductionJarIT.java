package uk.org.eelga.platform.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The production jar (target/eelga-platform.jar, what the image and a deployment run) holds the platform and nothing
 * for development: no demo data or loaders (module infra/demo) and no Stripe stub (module infra/stripe-stub). Runs
 * after 'package', like every IT.
 */
class ProductionJarIT {

    private static final Path JAR = Path.of("target", "eelga-platform.jar");

    @Test
    void the_production_jar_contains_no_demo_data_and_no_stripe_stub() throws IOException {
        assertThat(JAR).exists();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> entries = jar.stream().map(ZipEntry::getName).toList();
            assertThat(entries)
                    .as("the platform itself is there")
                    .contains(
                            "uk/org/eelga/platform/Application.class",
                            "uk/org/eelga/platform/billing/StripeConnection.class",
                            "db/migration/V150__delegate_addresses_and_council_mail_count.sql");
            assertThat(entries)
                    .as("nothing of the demo or the stub")
                    .noneMatch(name -> name.startsWith("db/demo/")
                            || name.startsWith("demo/")
                            || name.startsWith("uk/org/eelga/platform/demo/")
                            || name.startsWith("uk/org/eelga/stripe/")
                            || name.matches("uk/org/eelga/.*(DemoData|DemoValues|DemoIdentity|StripeStub).*")
                            || name.matches("META-INF/micronaut/.*(Demo|StripeStub).*"));
        }
        assertThat(Files.size(JAR)).isGreaterThan(10_000_000L);
    }
}
