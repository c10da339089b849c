package uk.org.eelga.platform.engagement;

import java.util.List;
import uk.org.eelga.shared.ReportingPeriod;

/**
 * Another feature's lines in a council's engagement summary (e.g. surveys answered, evaluations given). Called
 * with the council bound to the unit of work, so the feature reads that council's rows only; any regional figure
 * it adds must be an aggregate that names no council.
 */
public interface EngagementFigureSource {

    List<EngagementSummary.OtherLine> linesFor(ReportingPeriod period);

    /**
     * The same lines, given the version of the region-wide records ({@link RegionalFigureCache#version}) that the
     * summary has just read with its own figures, so that a source keeping a regional median in the
     * {@link RegionalFigureCache} need not read the version again (one statement fewer per summary, issue 13).
     */
    default List<EngagementSummary.OtherLine> linesFor(ReportingPeriod period, long regionalVersion) {
        return linesFor(period);
    }
}
