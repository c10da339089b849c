package uk.org.eelga.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a feature's {@code package-info.java}: the other features (top-level packages of the same module, named
 * relative to {@code uk.org.eelga}, such as {@code "platform.billing"} or {@code "tenancy.audit"}) that its classes
 * may use. The kernel's root packages ({@code uk.org.eelga.tenancy}, {@code uk.org.eelga.shared}) are open to all
 * and the platform may use any of tenant-admin's packages. The architecture tests fail on a use that is not declared
 * here and on a cycle between packages, in the manner of Spring Modulith's {@code verify()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface Uses {

    /** The features this one may use; empty for a feature that uses none. */
    String[] value() default {};
}
