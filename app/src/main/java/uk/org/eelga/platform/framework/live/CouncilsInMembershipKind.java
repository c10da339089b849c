package uk.org.eelga.platform.framework.live;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Councils in membership: member councils whose status is ACTIVE, as a share of the expected membership (52).
 * Evidence: every council on the register with its status. The register holds the current status, so an open
 * period shows today's membership; closing a quarter freezes it.
 */
@Singleton
class CouncilsInMembershipKind implements LiveMeasureKind {

    static final ParameterSpec EXPECTED =
            new ParameterSpec("expected", "Expected number of member councils", false, "52");

    @Override
    public String code() {
        return "councils-in-membership";
    }

    @Override
    public String title() {
        return "Councils in membership";
    }

    @Override
    public String description() {
        return "Active member councils as a share of the expected membership, from the council register.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(EXPECTED);
    }

    @Override
    public MeasureResult compute(LiveMeasureQuery query) {
        long expected = expected(query);
        List<EvidenceRow> evidence = councils(query.connection(), null);
        long active = evidence.stream().filter(EvidenceRow::counted).count();
        return MeasureResult.share(active, expected, evidence);
    }

    @Override
    public boolean perCouncil() {
        return true;
    }

    /** The bound council's own membership: 100% when active, 0% otherwise. */
    @Override
    public Optional<MeasureResult> computeForCouncil(LiveMeasureQuery query) {
        String own = currentCouncil(query.connection());
        List<EvidenceRow> evidence = councils(query.connection(), own);
        long active = evidence.stream().filter(EvidenceRow::counted).count();
        return Optional.of(MeasureResult.share(active, evidence.size(), evidence));
    }

    private static long expected(LiveMeasureQuery query) {
        try {
            long expected = Long.parseLong(query.parameter(EXPECTED));
            if (expected <= 0) {
                throw new IllegalArgumentException("The expected number of councils must be positive");
            }
            return expected;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The expected number of councils must be a whole number");
        }
    }

    static String currentCouncil(Connection connection) {
        try (PreparedStatement statement = connection.prepareStatement("select app_current_tenant()");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            String council = rows.getString(1);
            if (council == null || council.isBlank()) {
                throw new IllegalStateException("A per-council figure needs the council bound");
            }
            return council;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<EvidenceRow> councils(Connection connection, String only) {
        String sql = "select id, name, status from council" + (only == null ? "" : " where id = ?") + " order by name";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (only != null) {
                statement.setString(1, only);
            }
            List<EvidenceRow> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    String status = result.getString("status");
                    rows.add(new EvidenceRow(
                            result.getString("id"),
                            result.getString("name"),
                            status.charAt(0) + status.substring(1).toLowerCase(java.util.Locale.ROOT),
                            "ACTIVE".equals(status)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the council register", e);
        }
    }
}
