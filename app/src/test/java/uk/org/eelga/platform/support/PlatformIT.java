package uk.org.eelga.platform.support;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Boots the whole platform on port 18080 (or TEST_PORT) against the real test database and the real Keycloak started by
 * infra/test.sh, and the local Stripe stub of this JVM ({@link LocalStripe}). Not transactional: the tenant is bound per
 * connection checkout, as in production.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@MicronautTest(environments = "test", transactional = false, contextBuilder = PlatformContext.class)
public @interface PlatformIT {}
