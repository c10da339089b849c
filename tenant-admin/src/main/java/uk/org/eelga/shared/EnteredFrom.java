package uk.org.eelga.shared;

import java.time.LocalDate;

/**
 * Where a record entered by staff came from (issue 14 point 2): who keyed it in, from what (a paper form, an email,
 * the old spreadsheet) and on which day. Said the same way everywhere it is listed, exported or counted; the database
 * says it with {@code app_entered_label} (V301) in the same words.
 */
public record EnteredFrom(String by, String source, LocalDate on) {

    /** The most characters of a source ("paper form", "email of 3 May 2017 from the council"). */
    public static final int SOURCE_MAX = 200;

    /** "Entered by Sam Staff from paper form on 1 December 2026". */
    public String label() {
        return label(by, source, on);
    }

    public static String label(String by, String source, LocalDate on) {
        return by == null ? null : "Entered by " + by + " from " + source + " on " + UkTime.date(on);
    }

    /**
     * The source as typed, or a sentence saying what is wrong with it (null when acceptable): required, at most
     * {@link #SOURCE_MAX} characters, one line of plain text.
     */
    public static String problem(String source) {
        if (source == null || source.isBlank()) {
            return "Say where this came from, such as paper form or email from the council";
        }
        if (source.length() > SOURCE_MAX) {
            return "The source can be at most 200 characters";
        }
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return "The source contains control characters or line breaks; type it again as plain text";
            }
        }
        return null;
    }

    /**
     * Throws what {@code refusal} makes of the {@link #problem} with the source, if there is one; each feature passes
     * its own refusal, so the code the caller sees stays the feature's.
     */
    public static void check(String source, java.util.function.Function<String, ? extends RuntimeException> refusal) {
        String problem = problem(source);
        if (problem != null) {
            throw refusal.apply(problem);
        }
    }

    /** The most characters of the reason a record entered in error is withdrawn ("entered twice"). */
    public static final int REASON_MAX = 500;

    /**
     * The reason a record entered in error is withdrawn, or a sentence saying what is wrong with it (null when
     * acceptable): required, at most {@link #REASON_MAX} characters of plain text.
     */
    public static String withdrawalProblem(String reason) {
        if (reason == null || reason.isBlank()) {
            return "Enter why the entry is withdrawn";
        }
        if (reason.strip().length() > REASON_MAX) {
            return "The reason can be at most " + REASON_MAX + " characters";
        }
        for (int i = 0; i < reason.length(); i++) {
            char c = reason.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7F && c <= 0x9F)) {
                return "The reason contains control characters; type it again as plain text";
            }
        }
        return null;
    }

    /**
     * The reason a withdrawal gives, stripped; when it has a {@link #withdrawalProblem}, what {@code refusal} makes of
     * that sentence is thrown (each feature passes its own refusal, so the code the caller sees stays the feature's).
     */
    public static String withdrawalReason(
            String reason, java.util.function.Function<String, ? extends RuntimeException> refusal) {
        String problem = withdrawalProblem(reason);
        if (problem != null) {
            throw refusal.apply(problem);
        }
        return reason.strip();
    }

    /** "Withdrawn by Sam Staff on 4 December 2026: entered twice". */
    public static String withdrawnLabel(String by, LocalDate on, String reason) {
        return by == null ? null : "Withdrawn by " + by + " on " + UkTime.date(on) + ": " + reason;
    }
}
