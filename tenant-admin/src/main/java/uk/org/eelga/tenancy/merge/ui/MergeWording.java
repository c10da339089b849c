package uk.org.eelga.tenancy.merge.ui;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import uk.org.eelga.shared.UkTime;

/** How the page words a merge, so the confirm step and the outcome say the same thing. */
final class MergeWording {

    private MergeWording() {}

    /** What confirming will do, including what happens to open items (the features' {@code CouncilMergeListener}s). */
    static String consequences(Collection<String> predecessors, String successor, LocalDate from) {
        boolean one = predecessors.size() == 1;
        return names(predecessors) + (one ? " becomes" : " become") + " part of " + successor + " from "
                + UkTime.date(from) + ". " + (one ? "Its" : "Their") + " people move to " + successor + ". "
                + (one ? "Its history stays its own" : "Their history stays theirs") + "; " + successor
                + " can read it. Open bookings, requests and unpaid invoices carry over to " + successor
                + ", as do email domains; " + (one ? "its" : "their") + " own sign-in provider, if any, is removed."
                + " There is no undo.";
    }

    /** "A", "A and B", "A, B and C". */
    static String names(Collection<String> names) {
        List<String> sorted = names.stream().sorted().toList();
        if (sorted.size() <= 1) {
            return String.join("", sorted);
        }
        return String.join(", ", sorted.subList(0, sorted.size() - 1)) + " and " + sorted.get(sorted.size() - 1);
    }
}
