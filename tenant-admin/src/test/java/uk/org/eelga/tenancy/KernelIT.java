package uk.org.eelga.tenancy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Starts tenant-admin's beans alone (no web server, no feature of the platform) against its own test database on the
 * real PostgreSQL ({@link TenantDatabase}, migrated with tenant-admin's migrations before first use). Not
 * transactional: the council is bound per connection checkout, as in production.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@MicronautTest(environments = "test", transactional = false)
public @interface KernelIT {}
