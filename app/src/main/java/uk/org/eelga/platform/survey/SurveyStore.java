package uk.org.eelga.platform.survey;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes the shared survey tables (no council's data) on the caller's connection. */
final class SurveyStore {

    private static final String COLUMNS = "id, title, description, kind, audience, group_id, meeting_id, mode,"
            + " anonymous, opens_at, closes_at, published";

    private SurveyStore() {}

    static Optional<Survey> find(Connection c, long id) {
        return Sql.one(c, "select " + COLUMNS + " from survey where id = ?", rs -> header(rs), id)
                .map(s -> withSections(c, s));
    }

    /** Surveys without their questions, newest first. */
    static List<Survey> all(Connection c) {
        return Sql.list(c, "select " + COLUMNS + " from survey order by opens_at desc, id desc", SurveyStore::header);
    }

    static List<Survey> published(Connection c) {
        return Sql.list(
                c, "select " + COLUMNS + " from survey where published order by closes_at, id", SurveyStore::header);
    }

    static long insert(Connection c, SurveyDraft d, String createdBy) {
        long id = Sql.insert(
                c,
                "insert into survey (title, description, kind, audience, group_id, meeting_id, mode, anonymous,"
                        + " opens_at, closes_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                header(d, createdBy));
        writeQuestions(c, id, d);
        return id;
    }

    static void updateHeader(Connection c, long id, SurveyDraft d) {
        Sql.update(
                c,
                "update survey set title = ?, description = ?, kind = ?, audience = ?, group_id = ?, meeting_id = ?,"
                        + " mode = ?, anonymous = ?, opens_at = ?, closes_at = ? where id = ?",
                header(d, id));
    }

    /** The survey's header columns in the order both statements name them, then {@code last}. */
    private static Object[] header(SurveyDraft d, Object last) {
        return new Object[] {
            d.title(),
            d.description(),
            d.kind(),
            d.audience(),
            d.groupId(),
            d.meetingId(),
            d.mode(),
            d.anonymous(),
            d.opensAt(),
            d.closesAt(),
            last
        };
    }

    static void replaceQuestions(Connection c, long id, SurveyDraft d) {
        Sql.update(c, "delete from survey_question where survey_id = ?", id);
        Sql.update(c, "delete from survey_section where survey_id = ?", id);
        writeQuestions(c, id, d);
    }

    /** Publishes the survey if it is not yet published; false if it already was (or does not exist). */
    static boolean publish(Connection c, long id) {
        return Sql.update(c, "update survey set published = true where id = ? and not published", id) == 1;
    }

    private static void writeQuestions(Connection c, long surveyId, SurveyDraft d) {
        List<Long> ids = new ArrayList<>();
        int sectionPosition = 0;
        for (SurveyDraft.SectionDraft section : d.sections()) {
            long sectionId = Sql.insert(
                    c,
                    "insert into survey_section (survey_id, position, title) values (?, ?, ?)",
                    surveyId,
                    ++sectionPosition,
                    section.title());
            for (SurveyDraft.QuestionDraft q : section.questions()) {
                Long showIf = q.showIfQuestion() == null ? null : ids.get(q.showIfQuestion() - 1);
                ids.add(Sql.insert(
                        c,
                        "insert into survey_question (survey_id, section_id, position, text, type, required, options,"
                                + " show_if_question, show_if_answer) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        surveyId,
                        sectionId,
                        ids.size() + 1,
                        q.text(),
                        q.type(),
                        q.required(),
                        Sql.texts(c, SurveyRules.options(q)),
                        showIf,
                        showIf == null ? null : q.showIfAnswer()));
            }
        }
    }

    private static Survey header(ResultSet rs) throws SQLException {
        return new Survey(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("description"),
                SurveyKind.valueOf(rs.getString("kind")),
                SurveyAudience.valueOf(rs.getString("audience")),
                Sql.nullableLong(rs, "group_id"),
                Sql.nullableLong(rs, "meeting_id"),
                SurveyMode.valueOf(rs.getString("mode")),
                rs.getBoolean("anonymous"),
                Sql.instant(rs, "opens_at"),
                Sql.instant(rs, "closes_at"),
                rs.getBoolean("published"),
                List.of());
    }

    /**
     * The survey's sections and questions in one statement, so one consistent snapshot: read in two, an edit
     * committed between them (sections replaced) left questions pointing at sections not read.
     */
    private static Survey withSections(Connection c, Survey s) {
        Map<Long, List<Survey.Question>> bySection = new LinkedHashMap<>();
        Map<Long, String> titles = new LinkedHashMap<>();
        Sql.list(
                c,
                "select s.id as section_id, s.title as section_title, q.id as question_id, q.position, q.text, q.type,"
                        + " q.required, q.options, q.show_if_question, q.show_if_answer"
                        + " from survey_section s left join survey_question q on q.section_id = s.id"
                        + " where s.survey_id = ? order by s.position, s.id, q.position",
                rs -> {
                    long section = rs.getLong("section_id");
                    titles.putIfAbsent(section, rs.getString("section_title"));
                    List<Survey.Question> questions = bySection.computeIfAbsent(section, id -> new ArrayList<>());
                    Long question = Sql.nullableLong(rs, "question_id");
                    if (question != null) {
                        questions.add(new Survey.Question(
                                question,
                                rs.getInt("position"),
                                rs.getString("text"),
                                QuestionType.valueOf(rs.getString("type")),
                                rs.getBoolean("required"),
                                Sql.texts(rs, "options"),
                                Sql.nullableLong(rs, "show_if_question"),
                                rs.getString("show_if_answer")));
                    }
                    return null;
                },
                s.id());
        List<Survey.Section> sections = new ArrayList<>();
        bySection.forEach(
                (id, questions) -> sections.add(new Survey.Section(id, titles.get(id), List.copyOf(questions))));
        return new Survey(
                s.id(),
                s.title(),
                s.description(),
                s.kind(),
                s.audience(),
                s.groupId(),
                s.meetingId(),
                s.mode(),
                s.anonymous(),
                s.opensAt(),
                s.closesAt(),
                s.published(),
                List.copyOf(sections));
    }

    /**
     * Locks the survey's row until the transaction ends: {@code exclusive} for staff changing it (one edit at a
     * time), shared for councils saving answers (many at once, but never while its questions are being replaced).
     * False if there is no such survey.
     */
    static boolean lock(Connection c, long id, boolean exclusive) {
        return Sql.one(
                        c,
                        "select id from survey where id = ? for " + (exclusive ? "update" : "share"),
                        rs -> rs.getLong(1),
                        id)
                .isPresent();
    }

    static boolean hasResponses(Connection c, long surveyId) {
        // the reader role sees every council's responses; used by staff paths only
        return Sql.one(
                        c,
                        "select exists (select 1 from survey_response where survey_id = ?)",
                        rs -> rs.getBoolean(1),
                        surveyId)
                .orElse(false);
    }

    static Instant now() {
        return Instant.now();
    }
}
