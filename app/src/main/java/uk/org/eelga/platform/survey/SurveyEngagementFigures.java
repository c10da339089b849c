package uk.org.eelga.platform.survey;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import uk.org.eelga.platform.engagement.EngagementFigureSource;
import uk.org.eelga.platform.engagement.EngagementSummary;
import uk.org.eelga.platform.engagement.Fraction;
import uk.org.eelga.shared.ReportingPeriod;

/** Surveys answered and evaluations given, in the bound council's engagement summary. */
@Singleton
class SurveyEngagementFigures implements EngagementFigureSource {

    private final SurveyFigures figures;

    SurveyEngagementFigures(SurveyFigures figures) {
        this.figures = figures;
    }

    @Override
    public List<EngagementSummary.OtherLine> linesFor(ReportingPeriod period) {
        return lines(period, figures.regionalMedians(period.start(), period.end()));
    }

    /** The summary has read the regional records' version with its own figures: the medians' cache is checked at it. */
    @Override
    public List<EngagementSummary.OtherLine> linesFor(ReportingPeriod period, long regionalVersion) {
        return lines(period, figures.regionalMedians(period.start(), period.end(), regionalVersion));
    }

    private List<EngagementSummary.OtherLine> lines(ReportingPeriod period, SurveyFigures.RegionalMedians medians) {
        LocalDate from = period.start();
        LocalDate to = period.end();
        SurveyFigures.CouncilFigures ours = figures.forCurrentCouncil(from, to);
        return List.of(
                new EngagementSummary.OtherLine(
                        "Surveys answered (incl. evaluations)",
                        fraction(ours.surveys()),
                        percent(medians.surveys().medianShare())),
                new EngagementSummary.OtherLine(
                        "Event evaluations given",
                        fraction(ours.evaluations()),
                        percent(medians.evaluations().medianShare())));
    }

    private static Fraction fraction(SurveyFigures.Share share) {
        return new Fraction(share.numerator(), share.denominator());
    }

    private static Integer percent(BigDecimal share) {
        return share == null
                ? null
                : share.multiply(BigDecimal.valueOf(100))
                        .setScale(0, RoundingMode.HALF_UP)
                        .intValueExact();
    }
}
