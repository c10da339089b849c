package uk.org.eelga.tenancy.merge.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** How the page words a merge, so the confirm step and the outcome say the same thing. */
final class MergeWording {

    static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private MergeWording() {}

    /**
     * What confirming will do. Open items are named because admins ask about them; no feature carries them over
     * yet (no {@code CouncilMergeListener} is registered), so the text must not promise it.
     */
    static String consequences(Collection<String> predecessors, String successor, LocalDate from) {
        boolean one = predecessors.size() == 1;
        return names(predecessors) + (one ? " becomes" : " become") + " part of " + successor + " from "
                + UK_DATE.format(from) + ". " + (one ? "Its" : "Their") + " people move to " + successor + ". "
                + (one ? "Its history stays its own" : "Their history stays theirs") + "; " + successor
                + " can read it. Open bookings and unpaid invoices are not carried over yet: they stay with "
                + (one ? "the old council" : "the old councils") + ". There is no undo.";
    }

    /** "A", "A and B", "A, B and C". */
    static String names(Collection<String> names) {
        List<String> sorted = names.stream().sorted().toList();
        if (sorted.size() <= 1) {
            return String.join("", sorted);
        }
        return String.join(", ", sorted.subList(0, sorted.size() - 1)) + " and " + sorted.get(sorted.size() - 1);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
