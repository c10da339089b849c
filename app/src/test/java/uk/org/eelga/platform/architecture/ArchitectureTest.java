package uk.org.eelga.platform.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
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
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.eelga.tenancy.SharedReferenceData;

/** The rules of STYLE.md, checked on the compiled platform. */
class ArchitectureTest {

    private final JavaClasses platform = new ClassFileImporter()
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
                .check(platform);
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
                .check(platform);
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
                .check(platform);
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
                .check(platform);
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
                .check(platform);
    }
}
