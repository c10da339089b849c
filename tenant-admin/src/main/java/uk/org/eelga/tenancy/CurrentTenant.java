package uk.org.eelga.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The council on whose behalf the current thread works: read here by anyone, bound only by {@link TenantScope} (from
 * the {@link Caller} of the request, whom the pages' session or the verified bearer token made) at the start of a
 * request and unbound at its end; nothing a client sends can choose it. The database connection handed out for the
 * unit of work carries the same value, so row-level security agrees with the repository filters.
 */
public final class CurrentTenant {

    private static final ThreadLocal<TenantId> BOUND = new ThreadLocal<>();

    private CurrentTenant() {}

    public static Optional<TenantId> get() {
        return Optional.ofNullable(BOUND.get());
    }

    public static TenantId require() {
        TenantId tenant = BOUND.get();
        if (tenant == null) {
            throw new NoTenantException();
        }
        return tenant;
    }

    /** Runs work as the given council and restores whatever was bound before; only {@link TenantScope} binds. */
    static <T> T callAs(TenantId tenant, Supplier<T> work) {
        try (Binding ignored = bind(tenant)) {
            return work.get();
        }
    }

    static void runAs(TenantId tenant, Runnable work) {
        callAs(tenant, () -> {
            work.run();
            return null;
        });
    }

    /** Binds a council (or none) until the returned binding is closed. */
    static Binding bind(TenantId tenant) {
        TenantId previous = BOUND.get();
        set(tenant);
        return () -> set(previous);
    }

    private static void set(TenantId tenant) {
        if (tenant == null) {
            BOUND.remove();
        } else {
            BOUND.set(tenant);
        }
    }

    /** An open binding; closing it restores the previous one. */
    @FunctionalInterface
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }
}
