package uk.org.eelga.tenancy.api;

import io.micronaut.security.annotation.Secured;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import uk.org.eelga.tenancy.Roles;

/**
 * A controller or an operation for the association's staff (staff and association admins): a stereotype that carries
 * their {@code @Secured} roles, so the audience is named once. An operation's own {@code @Secured} wins over its
 * controller's.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Secured({Roles.ASSOCIATION_STAFF, Roles.ASSOCIATION_ADMIN})
public @interface ForAssociationStaff {}
