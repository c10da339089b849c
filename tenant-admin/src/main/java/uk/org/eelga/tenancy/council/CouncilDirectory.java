package uk.org.eelga.tenancy.council;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.org.eelga.tenancy.TenantId;

/** Reads the council register. The register is shared reference data; access rules live with the callers. */
@Singleton
public class CouncilDirectory {

    private final CouncilRepository councils;

    CouncilDirectory(CouncilRepository councils) {
        this.councils = councils;
    }

    @ReadOnly
    public List<CouncilSummary> all() {
        return councils.findAllOrderByName().stream().map(Council::summary).toList();
    }

    @ReadOnly
    public Optional<CouncilSummary> find(TenantId id) {
        return councils.findById(id.value()).map(Council::summary);
    }

    /** Every council's name by its id, for pages that list rows of many councils (people read names, not ids). */
    @ReadOnly
    public Map<String, String> namesById() {
        return all().stream().collect(Collectors.toUnmodifiableMap(CouncilSummary::id, CouncilSummary::name));
    }

    /** The name of the council this one merged into; empty for a council that has not merged. */
    @ReadOnly
    public Optional<String> successorName(TenantId id) {
        return councils.findSuccessorName(id.value());
    }
}
