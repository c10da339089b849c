package uk.org.eelga.tenancy.ui;

import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import uk.org.eelga.tenancy.Roles;

/**
 * A page of a council's portal: opened by every council role (officer, leader, admin) and made anew for each
 * navigation. Stands for {@code @RolesAllowed({COUNCIL_OFFICER, COUNCIL_LEADER, COUNCIL_ADMIN})} and
 * {@code @Prototype}; the navigation guard and the side navigation read the roles through it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@RolesAllowed({Roles.COUNCIL_OFFICER, Roles.COUNCIL_LEADER, Roles.COUNCIL_ADMIN})
@Prototype
public @interface CouncilPage {}
