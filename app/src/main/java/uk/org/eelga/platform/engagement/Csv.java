package uk.org.eelga.platform.engagement;

/** CSV cells as spreadsheets expect them, and safe from formula injection when a cell starts with = + - @. */
final class Csv {

    private Csv() {}

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
