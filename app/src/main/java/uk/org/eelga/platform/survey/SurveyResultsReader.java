package uk.org.eelga.platform.survey;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.council.CouncilKind;
import uk.org.eelga.tenancy.rls.AssociationWideRead;

/** Builds {@link SurveyResults} for staff through the audited association-wide read. */
@Singleton
public class SurveyResultsReader {

    private final AssociationWideRead wideRead;

    SurveyResultsReader(AssociationWideRead wideRead) {
        this.wideRead = wideRead;
    }

    public SurveyResults results(Caller staff, long surveyId) {
        staff.requireStaff(SurveyCatalogue.STAFF_ONLY);
        return wideRead.read(staff, "results of survey " + surveyId, c -> {
            Survey survey = SurveyStore.find(c, surveyId).orElseThrow(SurveyNotFound::new);
            return build(c, survey);
        });
    }

    /** The raw submitted responses (for exports): council (null when anonymous) and answers. */
    public Export export(Caller staff, long surveyId) {
        staff.requireStaff(SurveyCatalogue.STAFF_ONLY);
        return wideRead.read(staff, "export of survey " + surveyId, c -> {
            Survey survey = SurveyStore.find(c, surveyId).orElseThrow(SurveyNotFound::new);
            List<Submitted> responses = submitted(c, survey);
            return new Export(survey, build(c, survey), responses);
        });
    }

    /** What an export needs. */
    public record Export(Survey survey, SurveyResults results, List<Submitted> responses) {}

    /** One submitted response; council and date are null for anonymous surveys. */
    public record Submitted(String councilName, java.time.LocalDate submittedOn, Map<Long, List<String>> answers) {}

    private record ResponseRow(
            long id,
            String council,
            String name,
            CouncilKind kind,
            String status,
            java.time.LocalDate on,
            String entered) {}

    private static List<ResponseRow> responses(Connection c, long surveyId) {
        return Sql.list(
                c,
                "select r.id, r.tenant_id, c.name, c.kind, r.status, r.submitted_on,"
                        + " app_entered_label(r.entered_by, r.entered_from, r.entered_on) from survey_response r"
                        + " join council c on c.id = r.tenant_id where r.survey_id = ? and r.status <> 'WITHDRAWN'"
                        + " order by c.name, r.id",
                rs -> new ResponseRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        CouncilKind.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getObject(6, java.time.LocalDate.class),
                        rs.getString(7)),
                surveyId);
    }

    private static Map<Long, Map<Long, List<String>>> answers(Connection c, long surveyId) {
        Map<Long, Map<Long, List<String>>> byResponse = new HashMap<>();
        Sql.list(
                c,
                "select a.response_id, a.question_id, a.value from survey_answer a join survey_response r"
                        + " on r.id = a.response_id where r.survey_id = ? and r.status = 'SUBMITTED' order by a.id",
                rs -> byResponse
                        .computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                        .computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                        .add(rs.getString(3)),
                surveyId);
        return byResponse;
    }

    private static List<Submitted> submitted(Connection c, Survey survey) {
        Map<Long, Map<Long, List<String>>> answers = answers(c, survey.id());
        return responses(c, survey.id()).stream()
                .filter(r -> r.status().equals("SUBMITTED"))
                .map(r -> new Submitted(
                        survey.anonymous() ? null : r.name(),
                        survey.anonymous() ? null : r.on(),
                        answers.getOrDefault(r.id(), Map.of())))
                .toList();
    }

    private static SurveyResults build(Connection c, Survey survey) {
        Map<String, SurveyResults.CouncilResponse> councils = new TreeMap<>();
        Sql.list(
                c,
                "select c.id, c.name, c.kind from survey_audience(?) as a(council) join council c on c.id = a.council",
                rs -> councils.put(
                        rs.getString(1),
                        new SurveyResults.CouncilResponse(
                                rs.getString(1),
                                rs.getString(2),
                                CouncilKind.valueOf(rs.getString(3)),
                                true,
                                ResponseStatus.NOT_STARTED,
                                0,
                                null)),
                survey.id());
        List<ResponseRow> responses = responses(c, survey.id());
        for (ResponseRow r : responses) {
            SurveyResults.CouncilResponse before = councils.getOrDefault(
                    r.council(),
                    new SurveyResults.CouncilResponse(
                            r.council(), r.name(), r.kind(), false, ResponseStatus.NOT_STARTED, 0, null));
            boolean submitted = r.status().equals("SUBMITTED");
            ResponseStatus status = submitted || before.status() == ResponseStatus.SUBMITTED
                    ? ResponseStatus.SUBMITTED
                    : ResponseStatus.DRAFT;
            councils.put(
                    r.council(),
                    new SurveyResults.CouncilResponse(
                            before.councilId(),
                            before.name(),
                            before.kind(),
                            before.inAudience(),
                            status,
                            before.submitted() + (submitted ? 1 : 0),
                            r.entered() != null ? r.entered() : before.entered()));
        }
        List<SurveyResults.CouncilResponse> rows = councils.values().stream()
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .toList();
        int audience = (int)
                rows.stream().filter(SurveyResults.CouncilResponse::inAudience).count();
        int responded = (int) rows.stream()
                .filter(r -> r.inAudience() && r.status() == ResponseStatus.SUBMITTED)
                .count();
        Map<Long, Map<Long, List<String>>> answers = answers(c, survey.id());
        Map<Long, ResponseRow> submitted = responses.stream()
                .filter(r -> r.status().equals("SUBMITTED"))
                .collect(Collectors.toMap(ResponseRow::id, r -> r));
        List<SurveyResults.QuestionResult> questions = new ArrayList<>();
        for (Survey.Question q : survey.questions()) {
            questions.add(question(survey, q, submitted, answers));
        }
        return new SurveyResults(
                survey.id(),
                survey.title(),
                survey.anonymous(),
                audience,
                responded,
                audience == 0 ? null : percent(responded, audience),
                submitted.size(),
                rows,
                questions);
    }

    static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static SurveyResults.QuestionResult question(
            Survey survey,
            Survey.Question q,
            Map<Long, ResponseRow> submitted,
            Map<Long, Map<Long, List<String>>> answers) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        q.options().forEach(o -> counts.put(o, 0));
        Map<CouncilKind, Map<String, Integer>> byKind = new EnumMap<>(CouncilKind.class);
        Map<CouncilKind, Integer> respondentsByKind = new EnumMap<>(CouncilKind.class);
        List<SurveyResults.TextAnswer> texts = new ArrayList<>();
        int answered = 0;
        for (ResponseRow r : submitted.values().stream()
                .sorted((a, b) -> Long.compare(a.id(), b.id()))
                .toList()) {
            List<String> values = answers.getOrDefault(r.id(), Map.of()).getOrDefault(q.id(), List.of());
            if (values.isEmpty()) {
                continue;
            }
            answered++;
            respondentsByKind.merge(r.kind(), 1, Integer::sum);
            for (String value : values) {
                if (q.type().hasOptions()) {
                    counts.merge(value, 1, Integer::sum);
                    byKind.computeIfAbsent(r.kind(), k -> new LinkedHashMap<>()).merge(value, 1, Integer::sum);
                } else {
                    texts.add(new SurveyResults.TextAnswer(survey.anonymous() ? null : r.name(), value));
                }
            }
        }
        List<SurveyResults.KindBreakdown> kinds = new ArrayList<>();
        if (q.type().hasOptions()) {
            for (CouncilKind kind : CouncilKind.values()) {
                int n = respondentsByKind.getOrDefault(kind, 0);
                boolean suppressed = survey.anonymous() && n > 0 && n < SurveyResults.MIN_GROUP;
                List<SurveyResults.Count> kindCounts = suppressed
                        ? List.of()
                        : q.options().stream()
                                .map(o -> new SurveyResults.Count(
                                        o, byKind.getOrDefault(kind, Map.of()).getOrDefault(o, 0)))
                                .toList();
                if (n > 0) {
                    kinds.add(new SurveyResults.KindBreakdown(kind, suppressed ? 0 : n, suppressed, kindCounts));
                }
            }
        }
        List<SurveyResults.Count> countList = counts.entrySet().stream()
                .map(e -> new SurveyResults.Count(e.getKey(), e.getValue()))
                .toList();
        return new SurveyResults.QuestionResult(
                q.id(), q.number(), q.text(), q.type(), answered, countList, kinds, texts);
    }
}
