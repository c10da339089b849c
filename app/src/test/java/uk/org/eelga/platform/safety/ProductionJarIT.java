package uk.org.eelga.platform.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.vaadin.VaadinClassScan;

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

    /** What the build does once so that a start need not (src/build/PrepareProductionJar.java, issue 13). */
    @Test
    void the_jar_lists_micronauts_services_in_plain_service_files_and_carries_vaadins_class_index() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> entries = jar.stream().map(ZipEntry::getName).toList();
            assertThat(entries)
                    .as("no service folders left for Micronaut to open the jar as a file system for")
                    .noneMatch(name -> name.startsWith("META-INF/micronaut/") && !name.endsWith("/"));
            assertThat(read(jar, "META-INF/services/io.micronaut.inject.BeanDefinitionReference"))
                    .as("the platform's beans and the frameworks' are all listed")
                    .contains(
                            "uk.org.eelga.platform.signin.$KeycloakClient$Definition",
                            "uk.org.eelga.tenancy.identity.token.$RealmKeys$Definition")
                    .hasSizeGreaterThan(500);
            assertThat(read(jar, VaadinClassScan.INDEX))
                    .as("Vaadin's routes, found when the jar was built")
                    .contains("com.vaadin.flow.server.startup.RouteRegistryInitializer\t"
                            + "uk.org.eelga.platform.billing.ui.InvoicesPortalView");
        }
    }

    /** Flow's print-and-parse of every page change is replaced by the platform's own NodeChange (NodeChangePatchTest). */
    @Test
    void the_jar_carries_the_platforms_node_change_and_not_flows() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            ZipEntry entry = jar.getEntry("com/vaadin/flow/internal/change/NodeChange.class");
            assertThat(entry).isNotNull();
            try (var in = jar.getInputStream(entry)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1))
                        .contains("uk/org/eelga/platform/vaadin/ElementalToJackson");
            }
        }
    }

    private static List<String> read(JarFile jar, String name) throws IOException {
        ZipEntry entry = jar.getEntry(name);
        assertThat(entry).as(name).isNotNull();
        try (var in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
