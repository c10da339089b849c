package uk.org.eelga.platform.survey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.TenantScope;

/** Known surveys and events for the survey tests. */
final class SurveyTestData {

    private SurveyTestData() {}

    static void clear() throws Exception {
        TestDatabase.clearTenantData();
        TestDatabase.executeAsOwner("truncate survey, survey_reminder, engagement_meeting restart identity cascade");
    }

    /** A survey open now: 1 yes/no (required), 2 multiple choice only if 1 = Yes (required), 3 rating, 4 text. */
    static SurveyDraft draft(
            String title, SurveyAudience audience, Long meetingId, SurveyMode mode, boolean anonymous) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new SurveyDraft(
                title,
                "About <b>us</b>",
                meetingId == null ? SurveyKind.PERCEPTION : SurveyKind.EVALUATION,
                audience,
                null,
                meetingId,
                mode,
                anonymous,
                now.minus(1, ChronoUnit.DAYS),
                now.plus(7, ChronoUnit.DAYS),
                List.of(
                        new SurveyDraft.SectionDraft(
                                "Services",
                                List.of(
                                        SurveyDraft.QuestionDraft.of(
                                                "Used our services?", QuestionType.YES_NO, true, List.of()),
                                        SurveyDraft.QuestionDraft.of(
                                                        "Which ones?",
                                                        QuestionType.MULTIPLE_CHOICE,
                                                        true,
                                                        List.of("Coaching", "Events"))
                                                .showIf(1, "Yes"))),
                        new SurveyDraft.SectionDraft(
                                "Overall",
                                List.of(
                                        SurveyDraft.QuestionDraft.of(
                                                "Overall rating", QuestionType.RATING, false, List.of()),
                                        SurveyDraft.QuestionDraft.of(
                                                "Comments", QuestionType.FREE_TEXT, false, List.of())))));
    }

    static long published(SurveyCatalogue catalogue, Caller staff, SurveyDraft draft) {
        long id = catalogue.create(staff, draft);
        catalogue.publish(staff, id);
        return id;
    }

    static Map<Long, List<String>> answers(
            Survey survey, String used, List<String> which, String rating, String comment) {
        List<Survey.Question> q = survey.questions();
        java.util.Map<Long, List<String>> answers = new java.util.HashMap<>();
        answers.put(q.get(0).id(), used == null ? List.of() : List.of(used));
        answers.put(q.get(1).id(), which);
        answers.put(q.get(2).id(), rating == null ? List.of() : List.of(rating));
        answers.put(q.get(3).id(), comment == null ? List.of() : List.of(comment));
        return answers;
    }

    /** An event yesterday, with attendance for the given councils (status PRESENT, one e-mail each). */
    static long eventAttendedBy(String... councils) throws Exception {
        long id;
        try (Connection app = TestDatabase.asApp()) {
            try (PreparedStatement ps = app.prepareStatement(
                            "insert into engagement_meeting (kind, event_type, title, starts_at, created_by)"
                                    + " values ('EVENT', 'CONFERENCE', 'Annual conference', now() - interval '1 day', 'test')"
                                    + " returning id");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            for (String council : councils) {
                attend(app, id, council, "PRESENT");
            }
        }
        return id;
    }

    static void attend(Connection app, long meetingId, String council, String status) throws Exception {
        try (Statement s = app.createStatement()) {
            s.execute("select set_config('app.tenant_id', '" + council + "', false)");
        }
        try (PreparedStatement ps = app.prepareStatement("insert into attendance (tenant_id, meeting_id, status,"
                + " person_name, person_email, recorded_by) values (?, ?, ?, 'Delegate', ?, 'test')")) {
            ps.setString(1, council);
            ps.setLong(2, meetingId);
            ps.setString(3, status);
            ps.setString(4, "delegate@" + council + ".demo");
            ps.executeUpdate();
        }
    }

    static <T> T as(Caller user, java.util.function.Supplier<T> work) {
        return TenantScope.callAs(user, work);
    }

    static TenantId tenant(String id) {
        return TenantId.of(id);
    }
}
