package uk.org.eelga.platform.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.org.eelga.shared.EnteredFrom;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Refusal;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.audit.AuditLog;
import uk.org.eelga.tenancy.input.FreeText;

/**
 * An event's paper evaluation forms keyed in by staff (issue 14 point 2), form by form or as counts per rating (1
 * very poor to 5 very good; 4 and 5 are "good or above"). They count in the framework's evaluation figures exactly
 * like forms answered on the platform, each labelled with who entered it, from what and when.
 */
@Singleton
public class PaperEvaluations {

    /** The most forms of one event in one entry. */
    public static final int MAX_FORMS = 100_000;

    public static final List<String> RATINGS = List.of("Very poor", "Poor", "Fair", "Good", "Very good");

    @Serdeable
    public record RatingCount(int rating, int forms) {}

    @Serdeable
    public record PaperForms(@FreeText(max = EnteredFrom.SOURCE_MAX) String source, List<@Valid RatingCount> counts) {}

    @Serdeable
    public record PaperEntry(
            long id,
            long meetingId,
            int rating,
            String ratingLabel,
            int forms,
            String entered,
            @Nullable String withdrawn) {

        public boolean counted() {
            return withdrawn == null;
        }
    }

    @Serdeable
    public record Withdrawal(@Nullable @FreeText(max = EnteredFrom.REASON_MAX, multiline = true) String reason) {}

    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final Clock clock;

    PaperEvaluations(JdbcOperations jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<PaperEntry> enter(Caller staff, long meetingId, PaperForms paper) {
        staff.requireStaff(() -> new SurveyRefused("forbidden", "Only association staff enter paper evaluation forms"));
        if (paper == null || paper.counts() == null || paper.counts().isEmpty()) {
            throw new SurveyRefused("no-forms", "Give at least one rating with its number of forms");
        }
        EnteredFrom.check(paper.source(), problem -> new SurveyRefused("source", problem));
        if (paper.counts().size() > 5) {
            throw new SurveyRefused("ratings", "There are five ratings, 1 (very poor) to 5 (very good)");
        }
        long total = 0;
        for (RatingCount count : paper.counts()) {
            if (count == null || count.rating() < 1 || count.rating() > 5) {
                throw new SurveyRefused("rating", "A rating is 1 (very poor) to 5 (very good)");
            }
            if (count.forms() < 1 || count.forms() > MAX_FORMS) {
                throw new SurveyRefused("forms", "The number of forms of a rating is 1 to 100,000");
            }
            total += count.forms();
        }
        if (total > MAX_FORMS) {
            throw new SurveyRefused("forms", "At most 100,000 forms at once");
        }
        String title = Rows.first(
                        jdbc,
                        "select title from engagement_meeting where id = ? and starts_at <= now()"
                                + " and cancelled_reason is null",
                        r -> r.getString(1),
                        meetingId)
                .orElse(null);
        if (title == null) {
            throw new SurveyRefused(
                    "no-such-event", "No such event that has taken place (it may be in the future or cancelled)");
        }
        LocalDate today = UkTime.today(clock);
        String source = paper.source().strip();
        for (RatingCount count : paper.counts()) {
            Rows.update(
                    jdbc,
                    "insert into evaluation_paper_form (meeting_id, rating, forms, entered_by, entered_from,"
                            + " entered_on) values (?, ?, ?, ?, ?, ?)",
                    meetingId,
                    count.rating(),
                    count.forms(),
                    staff.displayName(),
                    source,
                    Date.valueOf(today));
        }
        audit.record(
                staff,
                null,
                "evaluation.paper-forms",
                null,
                title + ": " + total + " forms " + paper.counts(),
                EnteredFrom.label(staff.displayName(), source, today));
        return entries(meetingId);
    }

    /**
     * Withdraws an entry made in error (forms typed twice, the wrong event): it stays listed with who withdrew it,
     * when and why, and no figure counts it any more.
     */
    @Transactional
    public PaperEntry withdraw(Caller staff, long meetingId, long entryId, Withdrawal withdrawal) {
        staff.requireStaff(
                () -> new SurveyRefused("forbidden", "Only association staff withdraw paper evaluation forms"));
        String reason = EnteredFrom.withdrawalReason(
                withdrawal == null ? null : withdrawal.reason(), problem -> new SurveyRefused("reason", problem));
        PaperEntry before = entry(meetingId, entryId).orElseThrow(PaperEntryNotFound::new);
        // conditional: of several withdrawals at once exactly one changes the row, the others are told
        int changed = Rows.update(
                jdbc,
                "update evaluation_paper_form set withdrawn_by = ?, withdrawn_on = ?, withdrawn_reason = ?"
                        + " where id = ? and meeting_id = ? and withdrawn_on is null",
                staff.displayName(),
                Date.valueOf(UkTime.today(clock)),
                reason,
                entryId,
                meetingId);
        if (changed != 1) {
            throw new SurveyRefused("ALREADY_WITHDRAWN", "These forms are already withdrawn");
        }
        audit.record(
                staff,
                null,
                "evaluation.paper-forms.withdrawn",
                before.forms() + " forms rating it " + before.ratingLabel() + "; " + before.entered(),
                "withdrawn",
                reason);
        return entry(meetingId, entryId).orElseThrow();
    }

    @ReadOnly
    public List<PaperEntry> entries(long meetingId) {
        return Rows.all(jdbc, ENTRIES + " where meeting_id = ? order by id", PaperEvaluations::entryRow, meetingId);
    }

    private java.util.Optional<PaperEntry> entry(long meetingId, long entryId) {
        return Rows.first(
                jdbc, ENTRIES + " where meeting_id = ? and id = ?", PaperEvaluations::entryRow, meetingId, entryId);
    }

    private static final String ENTRIES = "select id, meeting_id, rating, forms,"
            + " app_entered_label(entered_by, entered_from, entered_on),"
            + " withdrawn_by, withdrawn_on, withdrawn_reason from evaluation_paper_form";

    private static PaperEntry entryRow(ResultSet r) throws SQLException {
        return new PaperEntry(
                r.getLong(1),
                r.getLong(2),
                r.getInt(3),
                RATINGS.get(r.getInt(3) - 1),
                r.getInt(4),
                r.getString(5),
                r.getDate(7) == null
                        ? null
                        : EnteredFrom.withdrawnLabel(
                                r.getString(6), r.getDate(7).toLocalDate(), r.getString(8)));
    }

    /** No such entry of the event's paper forms. */
    public static class PaperEntryNotFound extends Refusal {
        PaperEntryNotFound() {
            super(Kind.NOT_FOUND, "NOT_FOUND", "No such paper forms entered for this event");
        }
    }
}
