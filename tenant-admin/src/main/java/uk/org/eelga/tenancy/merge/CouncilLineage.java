package uk.org.eelga.tenancy.merge;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.TenantId;

/**
 * A council and the councils that merged into it, however many reorganisations back (the database's
 * {@code app_council_lineage}). For summaries and figures that include predecessors' history: the read policies
 * of tenant tables already let the successor read those rows.
 */
@Singleton
public class CouncilLineage {

    private final JdbcOperations jdbc;

    CouncilLineage(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The council itself and all its predecessors. */
    @ReadOnly
    public Set<TenantId> lineageOf(TenantId council) {
        return jdbc.prepareStatement("select app_council_lineage(?)", st -> {
            st.setString(1, council.value());
            return new LinkedHashSet<>(Rows.all(st, rows -> TenantId.of(rows.getString(1))));
        });
    }

    /** The council this one merged into, if it did. */
    @ReadOnly
    public java.util.Optional<TenantId> successorOf(TenantId council) {
        return Rows.first(
                        jdbc,
                        "select successor_id from council where id = ?",
                        rows -> rows.getString(1),
                        council.value())
                .map(TenantId::of);
    }

    /** Every predecessor of the council (not the council itself), with whom it merged into and when, oldest first. */
    @ReadOnly
    public List<Predecessor> predecessorsOf(TenantId council) {
        return Rows.all(
                jdbc,
                "select c.id, c.name, c.successor_id, c.merged_on from council c"
                        + " where c.id in (select app_council_lineage(?)) and c.id <> ?"
                        + " order by c.merged_on, c.name",
                rows -> new Predecessor(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getDate(4).toLocalDate()),
                council.value(),
                council.value());
    }

    /** Every merge there has been, newest first. The council register is shared: this reads no tenant's rows. */
    @ReadOnly
    public List<PastMerge> allMerges() {
        return Rows.all(
                jdbc,
                "select p.id, p.name, s.id, s.name, p.merged_on from council p join council s on s.id = p.successor_id"
                        + " order by p.merged_on desc, s.name, p.name",
                rows -> new PastMerge(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getDate(5).toLocalDate()));
    }
}
