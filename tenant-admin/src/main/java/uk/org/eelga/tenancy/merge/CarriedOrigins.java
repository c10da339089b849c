package uk.org.eelga.tenancy.merge;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import uk.org.eelga.tenancy.Rows;

/**
 * Which of the bound council's items a merge carried over to it, and from which council, so pages can say
 * "From Forest Heath District Council" beside a booking nobody here made. Reads {@code merge_carried_item} under
 * row-level security: a council sees only what was carried to it.
 */
@Singleton
public class CarriedOrigins {

    private final JdbcOperations jdbc;

    CarriedOrigins(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Item id to the name of the council it came from; empty when nothing of this kind was carried over. */
    @ReadOnly
    public Map<Long, String> of(CarriedKind kind) {
        Map<Long, String> origins = new HashMap<>();
        Rows.each(
                jdbc,
                "select m.item_id, c.name from merge_carried_item m join council c on c.id = m.from_council"
                        + " where m.tenant_id = app_current_tenant() and m.item_kind = ?",
                rows -> origins.put(rows.getLong(1), rows.getString(2)),
                kind);
        return origins;
    }

    /** The words for a grid cell: "From Forest Heath District Council", or nothing. */
    public static String label(Map<Long, String> origins, long id) {
        String from = origins.get(id);
        return from == null ? "" : "From " + from;
    }
}
