package uk.org.eelga.tenancy.input;

/**
 * Free text as the platform accepts it: at most a stated number of characters, and no control characters (NUL,
 * bell, escape...) except line breaks and tabs in multi-line text. Says what is wrong in a sentence for people.
 */
public final class Text {

    /** A name, title, place or address: one line. */
    public static final int NAME = 200;
    /** An email address (RFC 5321's limit). */
    public static final int EMAIL = 320;
    /** A web address. */
    public static final int URL = 2000;
    /** A short reason or note: one line or a few. */
    public static final int REASON = 500;
    /** A paragraph: notes, descriptions, scopes of work. */
    public static final int PARAGRAPH = 5000;
    /** The longest free text anywhere (a survey's free-text answer). */
    public static final int LONG = 10_000;

    private Text() {}

    /** Null when {@code value} is acceptable (null is, too); otherwise why not, naming it {@code label}. */
    public static String problem(String label, String value, int max, boolean multiline) {
        if (value == null) {
            return null;
        }
        if (value.length() > max) {
            return capitalised(label) + " can be at most " + String.format("%,d", max) + " characters.";
        }
        if (hasControlCharacters(value, multiline)) {
            return capitalised(label) + " contains control characters" + (multiline ? "" : " or line breaks")
                    + "; type it again as plain text.";
        }
        return null;
    }

    /**
     * Throws what {@code refusal} makes of the problem with {@code value}, if there is one; returns the value.
     * Features pass their own refusal, so the code the caller sees stays the feature's.
     */
    public static String check(
            String label,
            String value,
            int max,
            boolean multiline,
            java.util.function.Function<String, ? extends RuntimeException> refusal) {
        String problem = problem(label, value, max, multiline);
        if (problem != null) {
            throw refusal.apply(problem);
        }
        return value;
    }

    /**
     * The value stripped, for a field that must be filled in: what {@code refusal} makes of "Enter the title." when
     * it is blank or missing, or of the {@link #problem} with it; each feature passes its own refusal.
     */
    public static String required(
            String label,
            String value,
            int max,
            boolean multiline,
            java.util.function.Function<String, ? extends RuntimeException> refusal) {
        String said = value == null ? "" : value.strip();
        if (said.isEmpty()) {
            throw refusal.apply("Enter " + label + ".");
        }
        return check(label, said, max, multiline, refusal);
    }

    /** Whether the text holds a control character (line breaks and tabs allowed in multi-line text only). */
    public static boolean hasControlCharacters(CharSequence value, boolean multiline) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || ((c == '\n' || c == '\r') && multiline)) {
                continue;
            }
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return true;
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c)
                        && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1));
                if (!paired) {
                    return true;
                }
                i++;
            }
        }
        return false;
    }

    private static String capitalised(String label) {
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
