/**
 * The association's regional performance framework: a framework per year, themes, outcomes, actions (with
 * mechanism and service area) and measures with targets and RAG rules; figures computed live from the platform's
 * records ({@link uk.org.eelga.platform.framework.live.LiveMeasureKind}) or entered by staff and accepted by an
 * admin; quarters closed into frozen snapshots. Framework data is association-owned (shared tables, staff-only to
 * edit); per-council figures are only ever computed under the council's own binding or by staff.
 */
@Uses({"platform.api"})
package uk.org.eelga.platform.framework;

import uk.org.eelga.shared.Uses;
