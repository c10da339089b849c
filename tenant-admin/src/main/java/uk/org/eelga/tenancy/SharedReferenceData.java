package uk.org.eelga.tenancy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a mapped entity whose table is deliberately shared between councils (no tenant_id, no row-level
 * security). Its migration says why with a "-- shared: table reason" comment; the architecture test checks that
 * every entity is either this or tenant-owned, and that the two agree with the migrations.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SharedReferenceData {

    /** Why councils share it, in a few words. */
    String value();
}
