package uk.org.eelga.platform.framework;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.eelga.platform.framework.FrameworkModel.FrameworkSummary;
import uk.org.eelga.platform.framework.FrameworkModel.Measure;
import uk.org.eelga.platform.framework.live.LiveMeasureCatalogue;
import uk.org.eelga.platform.framework.live.LiveMeasureKind;
import uk.org.eelga.platform.framework.live.LiveMeasureQuery;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.platform.framework.live.OwnCouncilFigures;
import uk.org.eelga.platform.framework.live.SqlMeasureKind;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.TenantScope;

/**
 * A council's own figures read together in one statement are exactly the figures each kind computes alone: the same
 * value, share and records in the same order, for every per-council measure of every framework year of the demo, and
 * for councils with and without predecessors.
 */
@PlatformIT
class OwnCouncilFiguresIT {

    @Inject
    FrameworkService frameworks;

    @Inject
    LiveMeasureCatalogue kinds;

    @Inject
    TransactionOperations<Connection> transactions;

    @ParameterizedTest
    @ValueSource(strings = {"norwich", "essex", "luton", "suffolk"})
    void the_figures_read_together_are_the_figures_read_one_by_one(String council) {
        int withRecords = 0;
        int readTogether = 0;
        for (FrameworkSummary framework : frameworks.frameworks()) {
            ReportingPeriod year = ReportingPeriod.parse(framework.year());
            List<OwnCouncilFigures.Ask> asks = new ArrayList<>();
            List<Measure> measures = new ArrayList<>();
            for (Measure m : frameworks.tree(framework.id()).orElseThrow().measures()) {
                Optional<LiveMeasureKind> kind = m.isLive() ? kinds.find(m.liveKind()) : Optional.empty();
                if (kind.isPresent() && kind.get().perCouncil()) {
                    measures.add(m);
                    asks.add(new OwnCouncilFigures.Ask(
                            kind.get(), new LiveMeasureQuery(m.liveParameters(), year, null)));
                }
            }
            List<Optional<MeasureResult>> alone = read(council, asks, false);
            List<Optional<MeasureResult>> together = read(council, asks, true);
            List<Optional<MeasureResult>> countedOnly = read(council, asks, OwnCouncilFigures.Records.COUNTED_ONLY);

            assertThat(together).hasSameSizeAs(asks);
            for (int i = 0; i < asks.size(); i++) {
                String where = "%s, %s, measure %s (%s)"
                        .formatted(
                                council,
                                framework.year(),
                                measures.get(i).id(),
                                measures.get(i).liveKind());
                assertThat(together.get(i)).as(where).isEqualTo(alone.get(i));
                // without the records' labels: the same value, share and number of records, and no labels
                assertThat(counted(countedOnly.get(i)))
                        .as("without labels: " + where)
                        .isEqualTo(counted(alone.get(i)));
                countedOnly.get(i).ifPresent(r -> assertThat(r.evidence())
                        .allSatisfy(e -> assertThat(e.label()).isEmpty()));
                withRecords +=
                        together.get(i).map(r -> r.evidence().isEmpty() ? 0 : 1).orElse(0);
                readTogether += asks.get(i).kind() instanceof SqlMeasureKind ? 1 : 0;
            }
        }
        // not a comparison of empty lists (LiveMeasureKindsIT compares them on records written for the purpose too)
        assertThat(readTogether).isGreaterThan(10);
        assertThat(withRecords).isPositive();
    }

    /** Each ask's figure for the council, bound as its own: in one statement, or each kind alone. */
    private List<Optional<MeasureResult>> read(String council, List<OwnCouncilFigures.Ask> asks, boolean together) {
        return read(council, asks, together ? OwnCouncilFigures.Records.IN_FULL : null);
    }

    /** Read together with the records as asked, or each kind alone (null). */
    private List<Optional<MeasureResult>> read(
            String council, List<OwnCouncilFigures.Ask> asks, OwnCouncilFigures.Records together) {
        return TenantScope.callAs(
                Fixtures.memberOf(TenantId.of(council)),
                () -> transactions.executeRead(status -> {
                    List<OwnCouncilFigures.Ask> bound = asks.stream()
                            .map(ask -> new OwnCouncilFigures.Ask(
                                    ask.kind(),
                                    new LiveMeasureQuery(
                                            ask.query().parameters(),
                                            ask.query().period(),
                                            status.getConnection())))
                            .toList();
                    return together != null
                            ? OwnCouncilFigures.compute(status.getConnection(), bound, together)
                            : bound.stream()
                                    .map(ask -> ask.kind().computeForCouncil(ask.query()))
                                    .toList();
                }));
    }

    /** What a figure without labels must keep: value, share and how many records it counted. */
    private static Optional<List<Object>> counted(Optional<MeasureResult> figure) {
        return figure.map(r -> List.of(
                String.valueOf(r.value()),
                String.valueOf(r.numerator()),
                String.valueOf(r.denominator()),
                r.evidence().size()));
    }
}
