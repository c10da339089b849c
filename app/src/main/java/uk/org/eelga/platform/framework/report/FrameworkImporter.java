package uk.org.eelga.platform.framework.report;

import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import uk.org.eelga.platform.framework.Direction;
import uk.org.eelga.platform.framework.FrameworkDraft;
import uk.org.eelga.platform.framework.FrameworkDraft.ActionDraft;
import uk.org.eelga.platform.framework.FrameworkDraft.MeasureDraft;
import uk.org.eelga.platform.framework.FrameworkDraft.OutcomeDraft;
import uk.org.eelga.platform.framework.FrameworkDraft.ThemeDraft;
import uk.org.eelga.platform.framework.FrameworkModel.FrameworkSummary;
import uk.org.eelga.platform.framework.FrameworkService;
import uk.org.eelga.platform.framework.ServiceArea;
import uk.org.eelga.platform.framework.TargetType;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.input.Text;

/**
 * Imports next year's framework from CSV or XLSX: one row per measure under a header row with the columns in
 * {@link #COLUMNS}. Every line is checked first; if any line is wrong, the errors are reported by line number and
 * nothing is stored.
 */
@Singleton
public class FrameworkImporter {

    public static final List<String> COLUMNS = List.of(
            "theme",
            "outcome",
            "action",
            "mechanism",
            "service_area",
            "measure",
            "target_type",
            "target",
            "tolerance",
            "direction",
            "frequency",
            "source",
            "owner");

    /** The largest file imported (the page's upload stops there too, see RequestLimits). */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private final FrameworkService frameworks;

    FrameworkImporter(FrameworkService frameworks) {
        this.frameworks = frameworks;
    }

    /** The outcome: the new framework, or the problems (and then nothing was changed). */
    public record Result(List<String> errors, FrameworkSummary created) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public Result importFile(Caller staff, String fileName, byte[] content, String year, String title) {
        List<String> errors = new ArrayList<>();
        if (content == null || content.length > MAX_FILE_BYTES) {
            return new Result(List.of("Choose a CSV or XLSX file of at most 10 MB."), null);
        }
        if (fileName == null || fileName.length() > Text.NAME || Text.hasControlCharacters(fileName, false)) {
            return new Result(List.of("The file's name is too long or not plain text; rename the file."), null);
        }
        if (title != null && title.length() > Text.NAME) {
            errors.add("The title can be at most 200 characters.");
        }
        try {
            ReportingPeriod.parse(year);
            if (year.contains("Q")) {
                errors.add("The year must be a financial year such as 2020-21, not a quarter.");
            }
        } catch (IllegalArgumentException e) {
            errors.add("The year: " + e.getMessage() + ".");
        }
        if (title == null || title.isBlank()) {
            errors.add("Give the framework a title.");
        }
        if (frameworks.frameworks().stream().anyMatch(f -> f.year().equals(year))) {
            errors.add("A framework for " + year + " already exists.");
        }
        List<List<String>> lines;
        try {
            lines = fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? readXlsx(content) : readCsv(content);
        } catch (IOException | RuntimeException e) {
            errors.add("The file could not be read as " + (fileName.endsWith(".xlsx") ? "XLSX" : "CSV") + ".");
            return new Result(errors, null);
        }
        FrameworkDraft draft = parse(lines, year, title, fileName, errors);
        if (!errors.isEmpty()) {
            return new Result(List.copyOf(errors), null);
        }
        return new Result(List.of(), frameworks.create(staff, draft));
    }

    static FrameworkDraft parse(
            List<List<String>> lines, String year, String title, String source, List<String> errors) {
        if (lines.isEmpty()) {
            errors.add("Line 1: the file is empty; it needs a header row with " + String.join(", ", COLUMNS) + ".");
            return null;
        }
        List<String> header = lines.get(0).stream()
                .map(h -> h.trim().toLowerCase(Locale.ROOT))
                .toList();
        List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            errors.add("Line 1: missing column(s) " + String.join(", ", missing) + ".");
            return null;
        }
        Map<String, Map<String, Map<String, List<String[]>>>> themes = new LinkedHashMap<>();
        Map<String, ActionParts> actionParts = new LinkedHashMap<>();
        Map<String, List<MeasureDraft>> measures = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            int lineNo = i + 1;
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(
                        header.get(c),
                        c < lines.get(i).size() ? lines.get(i).get(c).trim() : "");
            }
            if (row.values().stream().allMatch(String::isEmpty)) {
                continue;
            }
            List<String> problems = new ArrayList<>();
            for (String required :
                    List.of("theme", "outcome", "action", "service_area", "measure", "target_type", "frequency")) {
                if (row.get(required).isEmpty()) {
                    problems.add(required + " is empty");
                }
            }
            ServiceArea area = enumValue(ServiceArea.class, row.get("service_area"), "service_area", problems);
            TargetType type = enumValue(TargetType.class, row.get("target_type"), "target_type", problems);
            Direction direction = row.get("direction").isEmpty()
                    ? Direction.HIGHER_IS_BETTER
                    : enumValue(Direction.class, row.get("direction"), "direction", problems);
            BigDecimal target = decimal(row.get("target"), "target", problems);
            BigDecimal tolerance = decimal(row.get("tolerance"), "tolerance", problems);
            if (tolerance != null && tolerance.signum() < 0) {
                problems.add("tolerance cannot be negative");
            }
            if (type == TargetType.PERCENT
                    && target != null
                    && (target.signum() < 0 || target.compareTo(BigDecimal.valueOf(100)) > 0)) {
                problems.add("a percentage target must be between 0 and 100");
            }
            if (type == TargetType.MONEY && target != null) {
                target = target.movePointRight(2); // pounds in the file, pence stored
            }
            if (!problems.isEmpty()) {
                errors.add("Line " + lineNo + ": " + String.join("; ", problems) + ".");
                continue;
            }
            String actionKey = row.get("theme") + "\u0000" + row.get("outcome") + "\u0000" + row.get("action")
                    + "\u0000" + row.get("mechanism");
            themes.computeIfAbsent(row.get("theme"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.get("outcome"), k -> new LinkedHashMap<>())
                    .putIfAbsent(actionKey, new ArrayList<>());
            actionParts.putIfAbsent(
                    actionKey, new ActionParts(row.get("action"), blankToNull(row.get("mechanism")), area));
            measures.computeIfAbsent(actionKey, k -> new ArrayList<>())
                    .add(new MeasureDraft(
                            row.get("measure"),
                            type,
                            target,
                            null,
                            null,
                            null,
                            row.get("frequency"),
                            blankToNull(row.get("source")),
                            blankToNull(row.get("owner")),
                            direction,
                            tolerance == null ? BigDecimal.ZERO : tolerance,
                            null,
                            Map.of(),
                            null));
        }
        if (errors.isEmpty() && measures.isEmpty()) {
            errors.add("Line 2: the file has no measures.");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        List<ThemeDraft> themeDrafts = new ArrayList<>();
        int t = 0;
        for (var theme : themes.entrySet()) {
            t++;
            List<OutcomeDraft> outcomes = new ArrayList<>();
            int o = 0;
            for (var outcome : theme.getValue().entrySet()) {
                o++;
                List<ActionDraft> actions = new ArrayList<>();
                int a = 0;
                for (String key : outcome.getValue().keySet()) {
                    a++;
                    ActionParts parts = actionParts.get(key);
                    actions.add(new ActionDraft(
                            t + "." + o + "." + a,
                            parts.text(),
                            parts.mechanism(),
                            parts.area(),
                            null,
                            measures.get(key)));
                }
                outcomes.add(new OutcomeDraft(t + "." + o, outcome.getKey(), actions));
            }
            themeDrafts.add(new ThemeDraft(String.valueOf(t), theme.getKey(), outcomes));
        }
        return new FrameworkDraft(year, title.trim(), "import: " + source, themeDrafts);
    }

    private record ActionParts(String text, String mechanism, ServiceArea area) {}

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String column, List<String> problems) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            problems.add(column + " \"" + text + "\" is not one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }
    }

    private static BigDecimal decimal(String text, String column, List<String> problems) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(",", "").replace("£", "").replace("%", ""));
        } catch (NumberFormatException e) {
            problems.add(column + " \"" + text + "\" is not a number");
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    static List<List<String>> readCsv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                lines.add(fields);
                fields = new ArrayList<>();
            } else {
                field.append(ch);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            lines.add(fields);
        }
        return lines;
    }

    static List<List<String>> readXlsx(byte[] content) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getFirstSheet();
            List<Row> rows = sheet.read();
            int expected = 0;
            for (Row row : rows) {
                while (lines.size() < row.getRowNum() - 1) {
                    lines.add(List.of()); // keep line numbers true to the sheet
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getText());
                }
                expected = Math.max(expected, cells.size());
                lines.add(cells);
            }
        }
        return lines;
    }
}
