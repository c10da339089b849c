package uk.org.eelga.tenancy.council;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.TenantId;

/** The email domains of each council (shared register data): which council an address belongs to. */
@Singleton
public class CouncilDomains {

    private final JdbcOperations jdbc;

    CouncilDomains(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @ReadOnly
    public Optional<TenantId> ownerOf(String domain) {
        return Rows.first(
                jdbc,
                "select council_id from council_domain where domain = lower(?)",
                rows -> TenantId.of(rows.getString(1)),
                domain);
    }

    @ReadOnly
    public List<String> of(TenantId council) {
        return Rows.all(
                jdbc,
                "select domain from council_domain where council_id = ? order by domain",
                rows -> rows.getString(1),
                council.value());
    }

    /** Every council's domains in one query (the reconcile check compares all 52 councils at once). */
    @ReadOnly
    public Map<TenantId, List<String>> all() {
        Map<TenantId, List<String>> domains = new TreeMap<>(java.util.Comparator.comparing(TenantId::value));
        Rows.each(
                jdbc,
                "select council_id, domain from council_domain order by council_id, domain",
                rows -> domains.computeIfAbsent(TenantId.of(rows.getString(1)), id -> new ArrayList<>())
                        .add(rows.getString(2)));
        return domains;
    }
}
