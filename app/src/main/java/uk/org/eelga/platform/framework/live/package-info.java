/**
 * Live measure kinds: the service-provider interface through which features compute framework figures from
 * their own records. To add a kind, write a {@code @Singleton} implementing {@link
 * uk.org.eelga.platform.framework.live.LiveMeasureKind} in your feature package:
 *
 * <ul>
 *   <li>{@code code()}: a stable id stored on measures (e.g. {@code group-attendance}); never rename it.
 *   <li>{@code title()}, {@code description()}: shown to staff when binding a measure.
 *   <li>{@code parameters()}: {@link uk.org.eelga.platform.framework.live.ParameterSpec}s (name, label,
 *       required, default); a measure stores its values as text; read them with {@code query.parameter(name)}.
 *   <li>{@code compute(query)}: the regional figure for {@code query.period()}. It runs on {@code
 *       query.connection()}, which association staff opened through {@code AssociationWideRead} (read-only,
 *       every council's rows visible, audited). Use plain JDBC on that connection, or Micronaut Data repositories
 *       called in the same transaction. Return a {@link uk.org.eelga.platform.framework.live.MeasureResult}: the
 *       value in the measure's unit (percent 0-100, a count, pence), the numerator and denominator when it is a
 *       share, and every {@link uk.org.eelga.platform.framework.live.EvidenceRow} behind it (the attendance list,
 *       the evaluations, the invoices) so the figure can be checked and frozen at a quarter's close.
 *   <li>{@code perCouncil()} + {@code computeForCouncil(query)}: optional; the same figure for one council. It
 *       runs with that council bound ({@code CurrentTenant}) on an ordinary connection, so row-level security
 *       limits it to the council's own rows; it must never name another council.
 * </ul>
 *
 * Kinds must be deterministic for closed periods: the same records give the same value.
 */
package uk.org.eelga.platform.framework.live;
