package uk.org.eelga.tenancy;

import io.micronaut.core.annotation.Introspected;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identity of a member council as a tenant: the council's short id (e.g. {@code norwich}), which is also the
 * alias of its Keycloak organisation and the value of every {@code tenant_id} column.
 */
@Introspected
public record TenantId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public TenantId {
        Objects.requireNonNull(value, "tenant id");
        if (value.length() > 60 || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a council id: " + value);
        }
    }

    public static TenantId of(String value) {
        return new TenantId(value);
    }

    /** The council id in untrusted input (a path, a request body): empty when it is not one, never an exception. */
    public static java.util.Optional<TenantId> parse(String value) {
        return value != null && value.length() <= 60 && FORMAT.matcher(value).matches()
                ? java.util.Optional.of(new TenantId(value))
                : java.util.Optional.empty();
    }

    /**
     * The council id a caller gave (a path, a request body), or what {@code unknown} makes when it is not a council
     * id (null included): each feature passes its own refusal, so the code and sentence the caller sees stay its own.
     */
    public static TenantId given(String value, java.util.function.Supplier<? extends RuntimeException> unknown) {
        return parse(value).orElseThrow(unknown);
    }

    @Override
    public String toString() {
        return value;
    }
}
