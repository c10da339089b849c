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
}
