package uk.org.eelga.tenancy.api;

import io.micronaut.core.annotation.Nullable;
import java.util.function.Function;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.tenancy.NotFoundForCaller;
import uk.org.eelga.tenancy.TenantId;

/** How every controller reads the same kinds of argument from a request: a council id in the path, a period. */
public final class ApiArguments {

    private ApiArguments() {}

    /** The council named in the path; one that cannot exist is not found, like one that does not. */
    public static TenantId council(String id) {
        return TenantId.parse(id).orElseThrow(() -> new NotFoundForCaller("No such council"));
    }

    /**
     * The financial year or quarter in an optional query value ("2017-18" or "2017-18 Q3"): {@code absent} when it is
     * missing or blank, otherwise the {@code refusal} made from what is wrong with it.
     */
    public static ReportingPeriod period(
            @Nullable String period,
            ReportingPeriod absent,
            Function<IllegalArgumentException, ? extends RuntimeException> refusal) {
        if (period == null || period.isBlank()) {
            return absent;
        }
        try {
            return ReportingPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            throw refusal.apply(e);
        }
    }
}
