package uk.org.eelga.tenancy;

import io.micronaut.data.runtime.multitenancy.TenantResolver;
import jakarta.inject.Singleton;
import java.io.Serializable;

/**
 * Feeds Micronaut Data's discriminator multi-tenancy: every entity field marked {@code @TenantId} is filled from,
 * and every query on such an entity is filtered by, the council bound to the current unit of work.
 */
@Singleton
final class TenantDiscriminator implements TenantResolver {

    @Override
    public Serializable resolveTenantIdentifier() {
        return CurrentTenant.require().value();
    }
}
