package uk.org.eelga.platform.framework;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import uk.org.eelga.platform.framework.FrameworkModel.FrameworkSummary;
import uk.org.eelga.platform.framework.FrameworkModel.Measure;
import uk.org.eelga.platform.framework.FrameworkModel.Tree;
import uk.org.eelga.platform.framework.live.LiveMeasureCatalogue;
import uk.org.eelga.platform.framework.live.LiveMeasureKind;
import uk.org.eelga.platform.framework.live.LiveMeasureQuery;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.platform.framework.live.OwnCouncilFigures;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.rls.AssociationWideRead;

/**
 * Reads the framework and works out each measure's figure for a period: from a closed quarter's snapshot when
 * the quarter is closed, otherwise live from the platform's records (association staff, through an audited
 * association-wide read) or from the latest accepted manual value.
 */
@Singleton
public class FrameworkService {

    private final FrameworkStore store;
    private final ManualValueStore manualValues;
    private final SnapshotStore snapshots;
    private final LiveMeasureCatalogue catalogue;
    private final AssociationWideRead associationWideRead;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    FrameworkService(
            FrameworkStore store,
            ManualValueStore manualValues,
            SnapshotStore snapshots,
            LiveMeasureCatalogue catalogue,
            AssociationWideRead associationWideRead,
            TransactionOperations<Connection> transactions,
            Clock clock) {
        this.clock = clock;
        this.store = store;
        this.manualValues = manualValues;
        this.snapshots = snapshots;
        this.catalogue = catalogue;
        this.associationWideRead = associationWideRead;
        this.transactions = transactions;
    }

    @ReadOnly
    public List<FrameworkSummary> frameworks() {
        return store.frameworks();
    }

    /** The framework staff work on by default: the latest year. */
    @ReadOnly
    public Optional<FrameworkSummary> current() {
        List<FrameworkSummary> all = store.frameworks();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /**
     * The target the framework sets for a live figure in a year: of the first measure bound to the kind (with at
     * least the given parameter values) in that year's framework, or, before the year's framework exists, in the
     * latest earlier one. Empty when no such framework or measure has a target, so pages never show a target the
     * association did not set.
     */
    @ReadOnly
    public Optional<SetTarget> targetFor(ReportingPeriod year, String kindCode, Map<String, String> parameters) {
        return store.targetedMeasures(kindCode, year.yearLabel()).stream()
                .filter(m -> m.getValue().liveParameters().entrySet().containsAll(parameters.entrySet()))
                .findFirst()
                .map(m -> new SetTarget(
                        m.getKey(),
                        year.yearLabel(),
                        Figures.format(m.getValue().type(), m.getValue().target())));
    }

    /** A target as the framework sets it, e.g. "90%", and the year of the framework that sets it. */
    public record SetTarget(String frameworkYear, String forYear, String target) {

        /** "target 90%", or "target 90% in the 2019-20 framework" when it is an earlier year's. */
        public String phrase() {
            return frameworkYear.equals(forYear)
                    ? "target " + target
                    : "target " + target + " in the " + frameworkYear + " framework";
        }
    }

    @ReadOnly
    public Optional<Tree> tree(long frameworkId) {
        return store.tree(frameworkId);
    }

    @ReadOnly
    public Optional<Measure> measure(long measureId) {
        return store.measure(measureId);
    }

    @ReadOnly
    public Optional<Long> frameworkOfMeasure(long measureId) {
        return store.frameworkOfMeasure(measureId);
    }

    /** Stores a new year's framework (from an import); a year already present is refused. */
    @io.micronaut.transaction.annotation.Transactional
    public FrameworkSummary create(Caller staff, FrameworkDraft draft) {
        staff.requireStaff(STAFF_ONLY);
        if (store.frameworkByYear(draft.year()).isPresent()) {
            throw new IllegalStateException("A framework for " + draft.year() + " already exists");
        }
        return store.framework(store.insert(draft)).orElseThrow();
    }

    /** Binds a measure to a live kind with parameters (or unbinds it with a null kind). */
    @io.micronaut.transaction.annotation.Transactional
    public void bindLive(Caller staff, long measureId, String kindCode, Map<String, String> parameters) {
        staff.requireStaff(STAFF_ONLY);
        store.measure(measureId).orElseThrow(() -> new IllegalArgumentException("No such measure"));
        if (kindCode != null) {
            LiveMeasureKind kind = catalogue
                    .find(kindCode)
                    .orElseThrow(() -> new IllegalArgumentException("No measure kind " + kindCode));
            kind.parameters().stream()
                    .filter(p -> p.required() && p.defaultValue() == null && !parameters.containsKey(p.name()))
                    .findFirst()
                    .ifPresent(p -> {
                        throw new IllegalArgumentException("Missing parameter: " + p.label());
                    });
        }
        store.bindLive(measureId, kindCode, parameters);
    }

    public List<LiveMeasureKind> kinds() {
        return catalogue.all();
    }

    /** The values a live kind's parameter may take, named in words (events, groups...); empty: free text. */
    public Map<String, String> parameterChoices(String parameter) {
        return catalogue.choices(parameter);
    }

    /** Every measure's figure for the period (staff only): frozen if the period is closed, else current. */
    public Map<Long, Figure> figures(Caller staff, long frameworkId, ReportingPeriod period) {
        staff.requireStaff(STAFF_ONLY);
        Tree tree = tree(frameworkId).orElseThrow(() -> new IllegalArgumentException("No such framework"));
        Optional<List<Figure>> frozen = transactions.executeRead(
                status -> snapshots.openClose(frameworkId, period.label()).map(close -> close.figures()));
        Map<Long, Figure> figures = new LinkedHashMap<>();
        if (frozen.isPresent()) {
            frozen.get().forEach(f -> figures.put(f.measureId(), f.asFrozen()));
            tree.measures().forEach(m -> figures.putIfAbsent(m.id(), Figure.none(m.id(), period.label())));
            return figures;
        }
        return currentFigures(staff, tree.measures(), period);
    }

    /** Whether the period has not started yet (UK date): its figures are "not due", not zero. */
    public boolean notStarted(ReportingPeriod period) {
        return period.start().isAfter(UkTime.today(clock));
    }

    /** Figures as they stand now, ignoring any snapshot; used to close a period. */
    Map<Long, Figure> currentFigures(Caller staff, List<Measure> measures, ReportingPeriod period) {
        staff.requireStaff(STAFF_ONLY);
        Map<Long, Figure> figures = new LinkedHashMap<>();
        if (notStarted(period)) {
            measures.forEach(m -> figures.put(m.id(), Figure.notDue(m.id(), period.label())));
            return figures;
        }
        List<Measure> live = measures.stream().filter(Measure::isLive).toList();
        if (!live.isEmpty()) {
            associationWideRead.read(staff, "framework figures for " + period.label(), connection -> {
                for (Measure m : live) {
                    figures.put(m.id(), liveFigure(m, period, connection));
                }
                return null;
            });
        }
        List<Long> manual =
                measures.stream().filter(m -> !m.isLive()).map(Measure::id).toList();
        Map<Long, ManualValue> accepted =
                transactions.executeRead(status -> manualValues.latestAccepted(manual, period.label()));
        for (long id : manual) {
            figures.put(
                    id,
                    Optional.ofNullable(accepted.get(id))
                            .map(v -> new Figure(
                                    id,
                                    period.label(),
                                    v.value(),
                                    v.rag(),
                                    Figure.Source.MANUAL,
                                    v.commentary(),
                                    null,
                                    null,
                                    List.of(),
                                    false))
                            .orElse(Figure.none(id, period.label())));
        }
        Map<Long, Figure> ordered = new LinkedHashMap<>();
        measures.forEach(m -> ordered.put(m.id(), figures.get(m.id())));
        return ordered;
    }

    private Figure liveFigure(Measure m, ReportingPeriod period, Connection connection) {
        Optional<LiveMeasureKind> kind = catalogue.find(m.liveKind());
        if (kind.isEmpty()) {
            return new Figure(
                    m.id(),
                    period.label(),
                    null,
                    Rag.NOT_RATED,
                    Figure.Source.LIVE,
                    "The measure kind " + m.liveKind() + " is not available on this platform yet.",
                    null,
                    null,
                    List.of(),
                    false);
        }
        MeasureResult result = kind.get().compute(new LiveMeasureQuery(m.liveParameters(), period, connection));
        if (!result.hasFigure()) {
            // no records behind it: "no figure yet", not rated (never a 0% red)
            return new Figure(
                    m.id(),
                    period.label(),
                    null,
                    Rag.NOT_RATED,
                    Figure.Source.NONE,
                    kind.get().title() + ": no records for this period yet.",
                    result.numerator(),
                    result.denominator(),
                    result.evidence(),
                    false);
        }
        return new Figure(
                m.id(),
                period.label(),
                result.value(),
                m.ragRule().rate(result.value(), period),
                Figure.Source.LIVE,
                kind.get().title(),
                result.numerator(),
                result.denominator(),
                result.evidence(),
                false);
    }

    /** One measure's figure for a period (frozen if the period is closed), with the records behind it. */
    public Figure figure(Caller staff, long measureId, ReportingPeriod period) {
        staff.requireStaff(STAFF_ONLY);
        Measure measure = measure(measureId).orElseThrow(() -> new IllegalArgumentException("No such measure"));
        long frameworkId = frameworkOfMeasure(measureId).orElseThrow();
        Optional<Figure> frozen = transactions.executeRead(
                status -> snapshots.openClose(frameworkId, period.label()).flatMap(close -> close.figures().stream()
                        .filter(f -> f.measureId() == measureId)
                        .findFirst()));
        return frozen.map(Figure::asFrozen)
                .orElseGet(() -> currentFigures(staff, List.of(measure), period).get(measureId));
    }

    /** Where the records behind a measure's figure for a period are shown: the measure's page. */
    public static String recordsPath(long measureId, String period) {
        return "framework/measure/" + measureId + "?period="
                + java.net.URLEncoder.encode(period, java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20");
    }

    /** One measure's figure for each quarter of its framework's year, for the chart and the history table. */
    public List<Figure> overTime(Caller staff, long measureId) {
        Measure measure = measure(measureId).orElseThrow(() -> new IllegalArgumentException("No such measure"));
        long frameworkId = frameworkOfMeasure(measureId).orElseThrow();
        String year = tree(frameworkId).orElseThrow().framework().year();
        List<Figure> series = new ArrayList<>();
        for (ReportingPeriod quarter : ReportingPeriod.quartersOf(year)) {
            Optional<Figure> frozen = transactions.executeRead(status -> snapshots
                    .openClose(frameworkId, quarter.label())
                    .flatMap(close -> close.figures().stream()
                            .filter(f -> f.measureId() == measureId)
                            .findFirst()));
            series.add(frozen.map(Figure::asFrozen).orElseGet(() -> currentFigures(staff, List.of(measure), quarter)
                    .get(measureId)));
        }
        return series;
    }

    /**
     * What a council's people see for their own council: each per-council live measure with the council's own
     * figure (computed under the council's binding, so row-level security keeps it to their rows) and the
     * regional figure as published when the association closed the period (none while it is open).
     */
    public List<CouncilFigure> councilFigures(Caller member, long frameworkId, ReportingPeriod period) {
        return councilFigures(member, frameworkId, period, OwnCouncilFigures.Records.IN_FULL);
    }

    /**
     * The same figures for a caller that shows none of their records (the API): only whether each record counts is
     * read, and the records' labels are empty.
     */
    public List<CouncilFigure> councilFiguresWithoutRecords(Caller member, long frameworkId, ReportingPeriod period) {
        return councilFigures(member, frameworkId, period, OwnCouncilFigures.Records.COUNTED_ONLY);
    }

    private List<CouncilFigure> councilFigures(
            Caller member, long frameworkId, ReportingPeriod period, OwnCouncilFigures.Records reading) {
        member.councilOrRefuse(
                () -> new SecurityException("Only a council's own people, with their council bound, see its figures"));
        // the framework's tree, the period's close and every figure in one read transaction (issue 13: the tree was
        // read twice, by the caller and here, each in a transaction of its own)
        return transactions.executeRead(status -> {
            Tree tree = store.tree(frameworkId).orElseThrow(FrameworkNotFound::new);
            Optional<SnapshotStore.Close> close = snapshots.openClose(frameworkId, period.label());
            List<Measure> measures = new ArrayList<>();
            List<OwnCouncilFigures.Ask> asks = new ArrayList<>();
            for (Measure m : tree.measures()) {
                Optional<LiveMeasureKind> kind = m.isLive() ? catalogue.find(m.liveKind()) : Optional.empty();
                if (kind.isPresent() && kind.get().perCouncil()) {
                    measures.add(m);
                    asks.add(new OwnCouncilFigures.Ask(
                            kind.get(), new LiveMeasureQuery(m.liveParameters(), period, status.getConnection())));
                }
            }
            // every own figure in one statement where the kinds allow (issue 13: one round trip per measure before)
            List<Optional<MeasureResult>> figures = notStarted(period)
                    ? asks.stream().map(ask -> Optional.<MeasureResult>empty()).toList()
                    : OwnCouncilFigures.compute(status.getConnection(), asks, reading);
            List<CouncilFigure> rows = new ArrayList<>();
            for (int i = 0; i < measures.size(); i++) {
                Measure m = measures.get(i);
                Optional<MeasureResult> own = figures.get(i).filter(MeasureResult::hasFigure);
                Optional<Figure> regional = close.flatMap(c -> c.figures().stream()
                        .filter(f -> f.measureId() == m.id())
                        .findFirst());
                rows.add(new CouncilFigure(
                        m,
                        own.map(MeasureResult::value).orElse(null),
                        own.map(r -> m.ragRule().rate(r.value(), period)).orElse(Rag.NOT_RATED),
                        own.map(MeasureResult::evidence).orElse(List.of()),
                        regional.map(Figure::value).orElse(null),
                        regional.map(Figure::rag).orElse(Rag.NOT_RATED),
                        close.isPresent()));
            }
            return rows;
        });
    }

    /** How the framework refuses anyone but association staff. */
    static final Supplier<SecurityException> STAFF_ONLY =
            () -> new SecurityException("Only association staff can do this");
}
