package uk.org.eelga.platform.framework;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.org.eelga.platform.framework.FrameworkModel.Measure;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.audit.AuditLog;
import uk.org.eelga.tenancy.input.Dates;
import uk.org.eelga.tenancy.input.Text;

/**
 * Manual figures for what the platform cannot see: association staff enter a value with commentary and evidence
 * (a file kept in the database, or a link); an association admin accepts or rejects it. A red value needs a note.
 * Every entry is kept, so the history shows what was claimed, by whom, and what was accepted.
 */
@Singleton
public class ManualValues {

    /** The largest evidence file (the page's upload stops there too, see RequestLimits). */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private final ManualValueStore store;
    private final FrameworkStore framework;
    private final AuditLog audit;

    ManualValues(ManualValueStore store, FrameworkStore framework, AuditLog audit) {
        this.store = store;
        this.framework = framework;
        this.audit = audit;
    }

    /** What staff typed; figures as text so that bad input gets a message rather than an exception. */
    public record Entry(
            long measureId,
            String period,
            @Nullable String value,
            @Nullable LocalDate valueDate,
            @Nullable String commentary,
            @Nullable String redNote,
            @Nullable String evidenceLink,
            @Nullable String fileName,
            @Nullable String contentType,
            @Nullable byte[] file) {}

    /**
     * One problem with an entry: the field it is about ({@code period}, {@code value}, {@code commentary},
     * {@code note}, {@code link}, {@code file}; null for the measure itself) and what to do, so a form can say it at
     * its field.
     */
    public record Problem(@Nullable String field, String message) {}

    /** Refused input, with one message per problem. Nothing was stored. */
    public static class InvalidEntry extends RuntimeException {
        private final List<Problem> problems;

        InvalidEntry(List<Problem> problems) {
            super(String.join(" ", problems.stream().map(Problem::message).toList()));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems.stream().map(Problem::message).toList();
        }

        public List<Problem> atFields() {
            return problems;
        }
    }

    /** The RAG a value would get, so the form can ask for a note before saving. */
    @ReadOnly
    public Rag preview(long measureId, BigDecimal value) {
        return framework.measure(measureId).map(m -> m.ragRule().rate(value)).orElse(Rag.NOT_RATED);
    }

    @Transactional
    public ManualValue enter(Caller staff, Entry entry) {
        staff.requireStaff(FrameworkService.STAFF_ONLY);
        List<Problem> problems = new ArrayList<>();
        Optional<Measure> found = framework.measure(entry.measureId());
        if (found.isEmpty()) {
            throw new InvalidEntry(List.of(new Problem(null, "No such measure.")));
        }
        Measure measure = found.get();
        if (measure.isLive()) {
            problems.add(new Problem(
                    null, "This measure is computed from the platform's records; it takes no manual value."));
        }
        ReportingPeriod period = null;
        try {
            period = ReportingPeriod.parse(entry.period());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("period", e.getMessage() + "."));
        }
        BigDecimal value = null;
        Rag rag = Rag.NOT_RATED;
        if (measure.type() == TargetType.DATE) {
            if (entry.valueDate() == null) {
                problems.add(new Problem("value", "Enter the date achieved."));
            } else {
                rag = measure.ragRule().rateDate(entry.valueDate());
            }
        } else {
            List<String> valueProblems = new ArrayList<>();
            value = entry.value() != null && entry.value().length() > 50
                    ? null
                    : parse(measure.type(), entry.value(), valueProblems);
            if (entry.value() != null && entry.value().length() > 50) {
                valueProblems.add("Enter the value as a number of up to 50 characters.");
            }
            valueProblems.forEach(problem -> problems.add(new Problem("value", problem)));
            if (value != null) {
                rag = measure.ragRule().rate(value, period);
            }
        }
        if (blank(entry.commentary())) {
            problems.add(new Problem("commentary", "Add a commentary: what the figure shows and how it was reached."));
        }
        if (rag == Rag.RED && blank(entry.redNote())) {
            problems.add(new Problem(
                    "note", "This value is red (below target): add a note saying why and what is being done."));
        }
        for (Problem problem : new Problem[] {
            new Problem("commentary", Text.problem("the commentary", entry.commentary(), Text.PARAGRAPH, true)),
            new Problem("note", Text.problem("the note", entry.redNote(), Text.PARAGRAPH, true)),
            new Problem("link", Text.problem("the evidence link", entry.evidenceLink(), Text.URL, false)),
            new Problem("file", Text.problem("the file's name", entry.fileName(), Text.NAME, false)),
            new Problem("file", Text.problem("the file's type", entry.contentType(), Text.NAME, false))
        }) {
            if (problem.message() != null) {
                problems.add(problem);
            }
        }
        if (entry.valueDate() != null && !Dates.plausible(entry.valueDate())) {
            problems.add(new Problem("value", "Enter a date between 1900 and 2199."));
        }
        if (!blank(entry.evidenceLink()) && !isWebLink(entry.evidenceLink())) {
            problems.add(
                    new Problem("link", "The evidence link must be a web address starting with https:// or http://."));
        }
        if (entry.file() != null && entry.file().length > MAX_FILE_BYTES) {
            problems.add(new Problem("file", "The evidence file is larger than 10 MB."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidEntry(problems);
        }
        long id = store.insert(new ManualValueStore.NewValue(
                measure.id(),
                period.label(),
                value,
                entry.valueDate(),
                rag,
                entry.commentary().trim(),
                blank(entry.redNote()) ? null : entry.redNote().trim(),
                blank(entry.evidenceLink()) ? null : entry.evidenceLink().trim(),
                entry.file() == null ? null : entry.fileName(),
                entry.file() == null ? null : entry.contentType(),
                entry.file(),
                staff.email()));
        return store.find(id).orElseThrow();
    }

    @Transactional
    public ManualValue accept(Caller approver, long valueId) {
        return decide(approver, valueId, ManualValue.Status.ACCEPTED);
    }

    @Transactional
    public ManualValue reject(Caller approver, long valueId) {
        return decide(approver, valueId, ManualValue.Status.REJECTED);
    }

    private ManualValue decide(Caller approver, long valueId, ManualValue.Status status) {
        approver.requireAssociationAdmin(
                () -> new SecurityException("Only an association admin can accept or reject a figure"));
        ManualValue before = store.find(valueId).orElseThrow(() -> new IllegalArgumentException("No such value"));
        if (store.decide(valueId, status, approver.email()) != 1) {
            throw new IllegalStateException(
                    "This value has already been " + before.status().name().toLowerCase());
        }
        audit.record(
                approver,
                null,
                "framework.value." + status.name().toLowerCase(),
                // in words for the audit log: "the 2017-18 figure 7 for "Councils at …", waiting for a decision"
                "the " + before.period() + " figure "
                        + (before.value() == null ? "(none)" : before.value().toPlainString()) + " for \u201c"
                        + framework
                                .measure(before.measureId())
                                .map(Measure::description)
                                .orElse("measure " + before.measureId())
                        + "\u201d, waiting for a decision",
                status.name(),
                null);
        return store.find(valueId).orElseThrow();
    }

    @ReadOnly
    public List<ManualValue> history(long measureId) {
        return store.history(measureId);
    }

    @ReadOnly
    public List<ManualValue> pending() {
        return store.pending();
    }

    @ReadOnly
    public Optional<ManualValueStore.EvidenceFile> evidenceFile(Caller staff, long valueId) {
        staff.requireStaff(FrameworkService.STAFF_ONLY);
        return store.file(valueId);
    }

    static BigDecimal parse(TargetType type, String text, List<String> problems) {
        if (blank(text)) {
            problems.add("Enter the value.");
            return null;
        }
        String cleaned = text.trim().replace(",", "").replace("£", "").replace("%", "");
        if (type == TargetType.YES_NO) {
            if (cleaned.equalsIgnoreCase("yes") || cleaned.equals("1")) {
                return BigDecimal.ONE;
            }
            if (cleaned.equalsIgnoreCase("no") || cleaned.equals("0")) {
                return BigDecimal.ZERO;
            }
            problems.add("Enter yes or no.");
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(cleaned);
            // every measure of the framework counts, sums or shares something: a share beyond 0-100% or a
            // negative count or sum is a typing slip, and a figure built on it would be untrue
            if (type == TargetType.PERCENT && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
                problems.add("A percentage must be between 0% and 100%.");
                return null;
            }
            if (value.signum() < 0) {
                problems.add(type == TargetType.MONEY ? "An amount cannot be below £0." : "A count cannot be below 0.");
                return null;
            }
            if (type == TargetType.MONEY) {
                // typed in pounds and pence, kept in pence
                return value.movePointRight(2).setScale(0, java.math.RoundingMode.UNNECESSARY);
            }
            if (type == TargetType.COUNT && value.stripTrailingZeros().scale() > 0) {
                problems.add("A count is a whole number.");
                return null;
            }
            return value;
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add(
                    "\"" + text + "\" is not a number" + (type == TargetType.MONEY ? " of pounds and pence." : "."));
            return null;
        }
    }

    private static boolean isWebLink(String link) {
        try {
            URI uri = URI.create(link.trim());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
