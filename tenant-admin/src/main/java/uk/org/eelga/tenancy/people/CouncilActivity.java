package uk.org.eelga.tenancy.people;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.rls.AssociationWideRead;

/** How many of each council's people use the platform: an association-wide, audited read. */
@Singleton
public class CouncilActivity {

    private final AssociationWideRead associationWide;

    CouncilActivity(AssociationWideRead associationWide) {
        this.associationWide = associationWide;
    }

    public Map<TenantId, Long> peopleOnPlatformByCouncil(Caller reader) {
        return associationWide.read(reader, "council list: people on the platform per council", connection -> {
            Map<TenantId, Long> counts = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                            "select tenant_id, count(*) from council_user group by tenant_id");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(TenantId.of(rows.getString(1)), rows.getLong(2));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not count people per council", e);
            }
            return counts;
        });
    }
}
