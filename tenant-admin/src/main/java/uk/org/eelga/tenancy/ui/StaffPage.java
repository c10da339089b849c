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
 * A page of the association's console: opened by association staff only and made anew for each navigation. Stands
 * for {@code @RolesAllowed(ASSOCIATION_STAFF)} and {@code @Prototype}; the navigation guard and the side navigation
 * read the role through it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@RolesAllowed(Roles.ASSOCIATION_STAFF)
@Prototype
public @interface StaffPage {}
