package uk.org.eelga.platform.epaycheck;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.org.eelga.shared.Money;
import uk.org.eelga.shared.UkTime;

/**
 * A council's pay for one job family and grade (its latest return) beside the region's figures for the same job
 * family and grade, or none when fewer than {@link EpayCheck#MIN_COUNCILS} councils have returned it: then there is
 * "no figure yet", never one council's figures.
 */
public record PayPosition(Submission own, @Nullable Benchmark regional) {

    /** The council's latest returns, each with the regional figures for its job family and grade (if any). */
    public static List<PayPosition> of(List<Submission> ours, List<Benchmark> regional) {
        Map<String, Benchmark> byGrade =
                regional.stream().collect(Collectors.toMap(PayPosition::key, Function.identity(), (a, b) -> a));
        List<PayPosition> positions = new ArrayList<>();
        for (Submission s : ours) {
            positions.add(new PayPosition(s, byGrade.get(s.jobFamily().name() + "\u0000" + s.grade())));
        }
        return positions;
    }

    private static String key(Benchmark b) {
        return b.jobFamily().name() + "\u0000" + b.grade();
    }

    public String name() {
        return own.jobFamily().label() + ", " + own.grade();
    }

    public String ownRange() {
        return Money.pounds(own.minSalaryPence()) + " to " + Money.pounds(own.maxSalaryPence());
    }

    /** Where the figure comes from: the council's return (its number and day). */
    public String ownSource() {
        return "your return " + own.id() + " of " + UkTime.date(own.submittedAt());
    }

    public String regionalRange() {
        return regional == null
                ? "No figure yet"
                : Money.pounds(regional.medianMinPence()) + " to " + Money.pounds(regional.medianMaxPence())
                        + " (median, " + regional.councils() + " councils)";
    }

    /** In words, so nothing depends on reading the chart or its colours. */
    public String sentence() {
        if (regional == null) {
            return "No figure yet: fewer than " + EpayCheck.MIN_COUNCILS + " councils have returned " + name() + ".";
        }
        return "Your bottom is " + compared(own.minSalaryPence(), regional.medianMinPence())
                + " the regional median bottom, and your top is "
                + compared(own.maxSalaryPence(), regional.medianMaxPence()) + " the regional median top.";
    }

    /** "£1,200.00 above", "£300.00 below", "the same as". */
    static String compared(long ours, long theirs) {
        if (ours == theirs) {
            return "the same as";
        }
        return Money.pounds(Math.abs(ours - theirs)) + (ours > theirs ? " above" : " below");
    }
}
