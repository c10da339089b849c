/**
 * Live measure kinds: how features compute framework figures from their own records. A kind is a small record,
 * {@link uk.org.eelga.platform.framework.live.SqlMeasureKind}, that a feature declares as a bean (a
 * {@code @Singleton} method of a {@code @Factory} in its package, e.g. {@code engagement.EngagementMeasures}):
 *
 * <ul>
 *   <li>{@code code}: a stable id stored on measures (e.g. {@code group-attendance}); never rename it.
 *   <li>{@code title}, {@code description}: shown to staff when binding a measure.
 *   <li>{@code parameters}: {@link uk.org.eelga.platform.framework.live.ParameterSpec}s (name, label, required,
 *       default, and the options a closed set of values has, each in words); a measure stores its values as text;
 *       read them with {@code query.parameter(spec)}. Values a feature owns (an event, a group) are named in words
 *       by a {@link uk.org.eelga.platform.framework.live.ParameterChoices} bean of that feature (e.g.
 *       {@code engagement.MeasureParameterChoices}), so staff choose "London Plan Summit, 26 January 2018", never a number.
 *   <li>{@code sql}: the records behind the regional figure for {@code query.period()}, one row each (council id or
 *       null, label, detail, counted). It runs on a connection association staff opened through
 *       {@code AssociationWideRead} (read-only, every council's rows visible, audited).
 *   <li>{@code councilSql}: optional; the same records for one council, run with that council bound
 *       ({@code CurrentTenant}) on an ordinary connection, so row-level security limits it to the council's own rows
 *       (and its predecessors' where the SQL says so); it must never name another council.
 *   <li>{@code arguments}: the values of the SQL's {@code ?}s ({@code query.from()}, {@code query.to()},
 *       {@code query.firstDay()}, {@code query.lastDay()}, parameters).
 *   <li>{@code reading}: the figure from the records ({@code COUNTED}, {@code SHARE}, or the kind's own): the value in
 *       the measure's unit (percent 0-100, a count, pence), the numerator and denominator when it is a share, and the
 *       records themselves as {@link uk.org.eelga.platform.framework.live.EvidenceRow}s, so the figure can be checked
 *       and frozen at a quarter's close.
 * </ul>
 *
 * A kind whose SQL a parameter changes is a {@link uk.org.eelga.platform.framework.live.FilteredSqlMeasureKind}
 * record: it gives its statement for a query as a {@link uk.org.eelga.platform.framework.live.FigureStatement}, and its
 * council figure is the regional one narrowed on its council column (e.g. {@code helpline.HelplineMeasures}); a
 * council's own figures of every such kind are read
 * together in one round trip ({@link uk.org.eelga.platform.framework.live.OwnCouncilFigures}).
 *
 * <p>Kinds must be deterministic for closed periods: the same records give the same value. The council register's own
 * kinds are here ({@code RegisterMeasures}); {@link uk.org.eelga.platform.framework.live.LiveMeasureCatalogue} finds
 * every kind by code.
 */
package uk.org.eelga.platform.framework.live;
