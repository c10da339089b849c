package uk.org.eelga.shared;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The platform's one CSV writer: rows as spreadsheets read them (comma-separated, double quotes doubled, CRLF line
 * ends) and safe from formula injection. A cell that starts with {@code = + - @}, a tab or a carriage return is
 * what Excel, LibreOffice and Google Sheets would run as a formula (or strip to reach one); it is written with a
 * leading apostrophe, so the spreadsheet shows it as text. Null is an empty cell.
 */
public final class Csv {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final StringBuilder text = new StringBuilder();
    private final boolean quoteEveryCell;

    private Csv(boolean quoteEveryCell) {
        this.quoteEveryCell = quoteEveryCell;
    }

    /** Every non-empty cell in double quotes (exports of free text). */
    public static Csv quotingEveryCell() {
        return new Csv(true);
    }

    /** Quotes only where a cell needs them (a comma, a quote or a line break in it). */
    public static Csv quotingWhereNeeded() {
        return new Csv(false);
    }

    /** The column names: quoted only where they must be, whichever way the rows are. */
    public Csv header(Collection<?> names) {
        return line(names, false);
    }

    public Csv header(Object... names) {
        return header(Arrays.asList(names));
    }

    public Csv row(Collection<?> cells) {
        return line(cells, quoteEveryCell);
    }

    public Csv row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    private Csv line(Collection<?> cells, boolean quoteAll) {
        text.append(cells.stream()
                        .map(cell -> quoteAll ? quoted(cell) : cell(cell))
                        .collect(Collectors.joining(",")))
                .append("\r\n");
        return this;
    }

    public String text() {
        return text.toString();
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** One cell, quoted only when it must be. */
    public static String cell(Object value) {
        String safe = neutralised(value);
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? quote(safe)
                : safe;
    }

    /** One cell, always quoted (null stays empty). */
    public static String quoted(Object value) {
        return value == null ? "" : quote(neutralised(value));
    }

    private static String neutralised(Object value) {
        String text = value == null ? "" : value.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
