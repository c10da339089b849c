/**
 * The association's regional performance framework: a framework per year, themes, outcomes, actions (with
 * mechanism and service area) and measures with targets and RAG rules; figures computed live from the platform's
 * records ({@link uk.org.eelga.platform.framework.live.LiveMeasureKind}) or entered by staff and accepted by an
 * admin; quarters closed into frozen snapshots. A year is started by rolling an earlier one forward
 * ({@code FrameworkYears}), its measures changed one by one, and its shape changed part by part
 * ({@code FrameworkStructure}: added at the end of a parent, removed while nothing hangs on it). Framework data is association-owned (shared tables, staff-only to
 * edit); per-council figures are only ever computed under the council's own binding or by staff.
 */
@Uses({"platform.api"})
package uk.org.eelga.platform.framework;

import uk.org.eelga.shared.Uses;
