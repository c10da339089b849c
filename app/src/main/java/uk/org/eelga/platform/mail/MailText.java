package uk.org.eelga.platform.mail;

/**
 * Free text someone typed (a delegate's name, a reason), made safe to show inside a message the platform sends: one
 * line, no control characters, at most {@value #MAX} characters, in quotation marks. It is shown as data after a
 * label in the platform's own words ("Delegate: "..."") and never opens a message or a line of its own, so
 * nobody can make the platform say something ("Dear Your account is locked, reset it at ...").
 */
public final class MailText {

    static final int MAX = 200;

    private MailText() {}

    /** {@code text} as a quoted one-line value: control characters and line breaks become spaces. */
    public static String quoted(String text) {
        return "\u201c" + plain(text) + "\u201d";
    }

    /** {@code text} on one line, without control or invisible formatting characters, shortened to {@value #MAX}. */
    public static String plain(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean invisible = type == Character.CONTROL
                    || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR;
            out.appendCodePoint(invisible ? ' ' : c);
        });
        String line = out.toString()
                .replace('\u201c', '\'')
                .replace('\u201d', '\'')
                .replace('"', '\'')
                .replaceAll("\\s+", " ")
                .strip();
        return line.codePointCount(0, line.length()) > MAX
                ? line.substring(0, line.offsetByCodePoints(0, MAX - 1)) + "\u2026"
                : line;
    }
}
