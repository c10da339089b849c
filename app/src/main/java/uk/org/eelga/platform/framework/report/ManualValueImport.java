package uk.org.eelga.platform.framework.report;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.org.eelga.platform.framework.FrameworkModel.Measure;
import uk.org.eelga.platform.framework.FrameworkService;
import uk.org.eelga.platform.framework.ManualValue;
import uk.org.eelga.platform.framework.ManualValues;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.input.Text;

/**
 * Manual measure values imported from CSV or XLSX (issue 14 point 2): one row per value with {@link #COLUMNS}. Every
 * row goes through the same checks as a value typed on the measure page ({@link ManualValues#enter}); a preview shows
 * each row with the RAG it would get, and an import saves all rows in one transaction or, if any row is wrong,
 * nothing, with a plain message per wrong row.
 */
@Singleton
public class ManualValueImport {

    public static final List<String> COLUMNS = List.of("measure_id", "period", "value", "commentary");
    public static final List<String> OPTIONAL = List.of("value_date", "red_note", "evidence_link");

    /** The most rows of one file. */
    public static final int MAX_ROWS = 2000;

    @Serdeable
    public record Row(int line, long measureId, String measure, String period, String value, String rag) {}

    @Serdeable
    public record Outcome(boolean saved, List<Row> rows, List<String> errors) {}

    private final ManualValues values;
    private final FrameworkService frameworks;
    private final uk.org.eelga.tenancy.audit.AuditLog audit;
    private final io.micronaut.transaction.TransactionOperations<java.sql.Connection> transactions;

    ManualValueImport(
            ManualValues values,
            FrameworkService frameworks,
            uk.org.eelga.tenancy.audit.AuditLog audit,
            io.micronaut.transaction.TransactionOperations<java.sql.Connection> transactions) {
        this.values = values;
        this.frameworks = frameworks;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** What the file would save, row by row, or its errors; nothing is saved. */
    public Outcome preview(Caller staff, String fileName, byte[] content) {
        try {
            transactions.executeWrite(status -> run(staff, fileName, content, true));
            throw new IllegalStateException("a preview always rolls back");
        } catch (Done done) {
            return done.outcome;
        }
    }

    /** Saves every row, or nothing if any row is wrong. */
    public Outcome importFile(Caller staff, String fileName, byte[] content) {
        try {
            return transactions.executeWrite(status -> run(staff, fileName, content, false));
        } catch (Done done) {
            return done.outcome;
        }
    }

    /** Leaves the transaction (rolling it back) with what was found. */
    private static final class Done extends RuntimeException {
        final transient Outcome outcome;

        Done(Outcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }

    /** Runs in the caller's transaction: throwing {@link Done} rolls it back. */
    Outcome run(Caller staff, String fileName, byte[] content, boolean previewOnly) {
        staff.requireStaff("Only association staff import manual values.");
        if (content == null || content.length == 0 || content.length > ManualValues.MAX_FILE_BYTES) {
            throw new Done(new Outcome(false, List.of(), List.of("Choose a CSV or XLSX file of at most 10 MB.")));
        }
        String name = fileName == null ? "values.csv" : fileName;
        if (name.length() > Text.NAME || Text.hasControlCharacters(name, false)) {
            throw new Done(new Outcome(
                    false, List.of(), List.of("The file's name is too long or not plain text; rename the file.")));
        }
        boolean xlsx = name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
        List<List<String>> lines;
        try {
            lines = xlsx ? FrameworkImporter.readXlsx(content) : FrameworkImporter.readCsv(content);
        } catch (IOException | RuntimeException e) {
            throw new Done(new Outcome(
                    false, List.of(), List.of("The file could not be read as " + (xlsx ? "XLSX" : "CSV") + ".")));
        }
        List<String> errors = new ArrayList<>();
        if (lines.isEmpty()) {
            throw new Done(new Outcome(
                    false,
                    List.of(),
                    List.of("Line 1: the file is empty; it needs a header row with " + String.join(", ", COLUMNS)
                            + ".")));
        }
        List<String> header = lines.get(0).stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
        List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new Done(new Outcome(
                    false, List.of(), List.of("Line 1: missing column(s) " + String.join(", ", missing) + ".")));
        }
        if (lines.size() - 1 > MAX_ROWS) {
            throw new Done(new Outcome(false, List.of(), List.of("At most " + MAX_ROWS + " rows in one file.")));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            int line = i + 1;
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(
                        header.get(c),
                        c < lines.get(i).size() ? lines.get(i).get(c).strip() : "");
            }
            if (row.values().stream().allMatch(String::isEmpty)) {
                continue;
            }
            long measureId;
            try {
                measureId = Long.parseLong(row.get("measure_id"));
            } catch (NumberFormatException e) {
                errors.add("Line " + line + ": measure_id must be the measure's number (shown on its page).");
                continue;
            }
            Measure measure = frameworks.measure(measureId).orElse(null);
            if (measure == null) {
                errors.add("Line " + line + ": there is no measure " + measureId + ".");
                continue;
            }
            java.time.LocalDate valueDate = null;
            String dateText = row.getOrDefault("value_date", "");
            if (!dateText.isEmpty()) {
                try {
                    valueDate = java.time.LocalDate.parse(dateText);
                } catch (java.time.format.DateTimeParseException e) {
                    errors.add("Line " + line + ": value_date must be a date like 2018-03-31.");
                    continue;
                }
            }
            try {
                ManualValue saved = values.enter(
                        staff,
                        new ManualValues.Entry(
                                measureId,
                                row.get("period"),
                                row.get("value").isEmpty() ? null : row.get("value"),
                                valueDate,
                                row.get("commentary"),
                                emptyToNull(row.get("red_note")),
                                emptyToNull(row.get("evidence_link")),
                                null,
                                null,
                                null));
                rows.add(new Row(
                        line,
                        measureId,
                        measure.description(),
                        saved.period(),
                        saved.value() == null
                                ? String.valueOf(saved.valueDate())
                                : saved.value().toPlainString(),
                        saved.rag().name()));
            } catch (ManualValues.InvalidEntry invalid) {
                errors.add("Line " + line + ": " + String.join(" ", invalid.problems()));
            }
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add("The file has a header row but no values.");
        }
        if (!errors.isEmpty()) {
            throw new Done(new Outcome(false, rows, List.copyOf(errors)));
        }
        if (previewOnly) {
            throw new Done(new Outcome(false, rows, List.of()));
        }
        audit.record(staff, null, "framework.values-imported", rows.size() + " values from " + name);
        return new Outcome(true, rows, List.of());
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
