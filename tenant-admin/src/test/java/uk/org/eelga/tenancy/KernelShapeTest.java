package uk.org.eelga.tenancy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The shape of tenant-admin: a Vaadin-free kernel that the features depend on, with tenancy's pages in ui packages. */
class KernelShapeTest {

    private static final JavaClasses TENANCY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.org.eelga.tenancy");

    @Test
    void only_the_pages_use_vaadin() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .because("the kernel (tenant id, caller, current council, data source, register, audit) and the"
                        + " services are used by the API too; pages live in ui subpackages")
                .check(TENANCY);
    }

    @Test
    void the_kernel_and_services_never_use_the_pages() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..ui..")
                .check(TENANCY);
    }

    @Test
    void only_the_door_binds_a_council() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(TenantScope.class.getName())
                .and()
                .doNotHaveFullyQualifiedName(CurrentTenant.class.getName())
                .should()
                .callMethod(CurrentTenant.class, "bind", TenantId.class)
                .because("TenantScope binds the council of a Caller made from the verified identity")
                .check(TENANCY);
    }
}
