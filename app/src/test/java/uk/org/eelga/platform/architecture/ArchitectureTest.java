package uk.org.eelga.platform.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.Component;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.http.annotation.Controller;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.framework.live.LiveMeasureKind;
import uk.org.eelga.shared.Uses;
import uk.org.eelga.tenancy.SharedReferenceData;

/** The rules of STYLE.md, checked on the compiled platform. */
class ArchitectureTest {

    // imported once for all the rules (an import takes seconds; per test it cost most of a minute)
    private static final JavaClasses PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.org.eelga");

    @Test
    void tenant_admin_depends_on_no_other_module() {
        noClasses()
                .that()
                .resideInAPackage("uk.org.eelga.tenancy..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("uk.org.eelga.platform..")
                .check(PLATFORM);
    }

    @Test
    void views_never_use_repositories() {
        noClasses()
                .that()
                .areAssignableTo(Component.class)
                .should()
                .dependOnClassesThat()
                .areAssignableTo(GenericRepository.class)
                .because("views talk to services, services to repositories")
                .check(PLATFORM);
    }

    @Test
    void repositories_are_used_only_inside_their_feature_package() {
        classes()
                .that()
                .areAssignableTo(GenericRepository.class)
                .and()
                .areInterfaces()
                .should()
                .notBePublic()
                .check(PLATFORM);
    }

    @Test
    void every_mapped_entity_is_tenant_owned_or_named_shared_reference_data() {
        classes()
                .that()
                .areAnnotatedWith(MappedEntity.class)
                .should(new ArchCondition<>("carry a @TenantId or be marked @SharedReferenceData") {
                    @Override
                    public void check(JavaClass entity, ConditionEvents events) {
                        boolean tenantOwned =
                                entity.getAllFields().stream().anyMatch(field -> field.isAnnotatedWith(TenantId.class))
                                        || entity.getConstructors().stream()
                                                .flatMap(c -> c.getParameters().stream())
                                                .anyMatch(p -> p.isAnnotatedWith(TenantId.class));
                        boolean shared = entity.isAnnotatedWith(SharedReferenceData.class);
                        if (tenantOwned == shared) {
                            events.add(SimpleConditionEvent.violated(
                                    entity,
                                    entity.getName()
                                            + (shared
                                                    ? " is marked shared but has a @TenantId"
                                                    : " has neither a @TenantId nor @SharedReferenceData")));
                        }
                    }
                })
                .check(PLATFORM);
    }

    @Test
    void only_the_verified_request_bindings_choose_the_council() {
        noClasses()
                .that()
                .resideInAPackage("uk.org.eelga.platform..")
                .and()
                .haveNameNotMatching(".*\\.(ApiTenantBinding|TenantPerRequest|SignInServlet)(\\$.*)?")
                .should()
                .callMethodWhere(DescribedPredicate.describe(
                        "a method of CurrentTenant that binds a council",
                        call -> call.getTargetOwner().isEquivalentTo(uk.org.eelga.tenancy.CurrentTenant.class)
                                && Set.of("bind", "runAs", "callAs").contains(call.getName())))
                .because("the council comes from the verified token or session only, bound by the API filter, "
                        + "the page-request interceptor and the sign-in callback")
                .check(PLATFORM);
    }

    @Test
    void no_cycles_between_packages() {
        slices().matching("uk.org.eelga.(**)")
                .should()
                .beFreeOfCycles()
                .because("a cycle makes two packages one; split out what both need or turn one call into an event")
                .check(PLATFORM);
    }

    @Test
    void features_use_only_the_features_their_package_info_declares() {
        Map<String, Set<String>> undeclared = new TreeMap<>();
        for (JavaClass origin : PLATFORM) {
            String from = feature(origin.getPackageName());
            if (from == null) {
                continue;
            }
            Set<String> allowed = declaredUses(from);
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                String to = feature(dependency.getTargetClass().getPackageName());
                if (to == null || to.equals(from) || !sameModule(from, to) || allowed.contains(to)) {
                    continue;
                }
                undeclared.computeIfAbsent(from, f -> new TreeSet<>()).add(to + " (" + origin.getSimpleName() + ")");
            }
        }
        assertThat(undeclared)
                .as("uses not declared in the feature's package-info @Uses (declare them, or remove the use)")
                .isEmpty();
    }

    @Test
    void every_feature_declares_what_it_uses() {
        Set<String> features = new TreeSet<>();
        PLATFORM.forEach(c -> Optional.ofNullable(feature(c.getPackageName())).ifPresent(features::add));
        assertThat(features).hasSizeGreaterThan(20);
        assertThat(features.stream().filter(f -> usesOf(f) == null).toList())
                .as("features whose package-info.java has no @Uses")
                .isEmpty();
    }

    @Test
    void live_measure_kinds_are_declared_as_records_not_written_as_classes_of_plumbing() {
        classes()
                .that()
                .implement(LiveMeasureKind.class)
                .and()
                .areNotInterfaces()
                .should()
                .beRecords()
                .andShould()
                .resideInAPackage("uk.org.eelga.platform.framework.live")
                .because("a feature declares its kinds as SqlMeasureKind or FilteredSqlMeasureKind beans (STYLE.md)")
                .check(PLATFORM);
    }

    @Test
    void controllers_reach_data_only_through_their_feature_services() {
        noClasses()
                .that()
                .areAnnotatedWith(Controller.class)
                .should()
                .dependOnClassesThat()
                .areAssignableTo(GenericRepository.class)
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("io.micronaut.data.jdbc.runtime.JdbcOperations")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("javax.sql.DataSource")
                .because("controllers, like views, call a feature's public service")
                .check(PLATFORM);
    }

    @Test
    void test_packages_mirror_main_packages() throws IOException {
        Set<String> main = packagesUnder(Path.of("src/main/java"));
        main.addAll(packagesUnder(Path.of("../tenant-admin/src/main/java")));
        // Not features, so not in main: journeys across features, the test kit, these rules. Tenancy's tests that
        // need the whole platform (its web door, Vaadin and Keycloak) cannot live in tenant-admin; they sit here in
        // the package they test, uk.org.eelga.tenancy, so they need no exception.
        Set<String> ownTestPackages = Set.of(
                "uk.org.eelga.platform.e2e", "uk.org.eelga.platform.support", "uk.org.eelga.platform.architecture");
        assertThat(packagesUnder(Path.of("src/test/java")).stream()
                        .filter(p -> !main.contains(p))
                        .filter(p ->
                                ownTestPackages.stream().noneMatch(own -> p.equals(own) || p.startsWith(own + ".")))
                        .toList())
                .as("test packages with no main package of the same name")
                .isEmpty();
    }

    /** The feature a package belongs to: "platform.billing" for uk.org.eelga.platform.billing.ui; null for roots. */
    private static String feature(String packageName) {
        String[] parts = packageName.split("\\.");
        if (parts.length < 5 || !"uk.org.eelga".equals(parts[0] + "." + parts[1] + "." + parts[2])) {
            return null;
        }
        if (!Set.of("platform", "tenancy").contains(parts[3])) {
            return null;
        }
        return parts[3] + "." + parts[4];
    }

    private static boolean sameModule(String from, String to) {
        return from.substring(0, from.indexOf('.')).equals(to.substring(0, to.indexOf('.')));
    }

    private static Set<String> declaredUses(String feature) {
        Uses uses = usesOf(feature);
        return uses == null ? Set.of() : Set.of(uses.value());
    }

    private static Uses usesOf(String feature) {
        try {
            return Class.forName("uk.org.eelga." + feature + ".package-info").getAnnotation(Uses.class);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static Set<String> packagesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> root.relativize(f.getParent()).toString().replace('/', '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
