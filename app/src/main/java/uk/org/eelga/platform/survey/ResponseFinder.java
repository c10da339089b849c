package uk.org.eelga.platform.survey;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.org.eelga.tenancy.Caller;

/** Finds the bound council's (or person's) response; every query names the council. */
final class ResponseFinder {

    private ResponseFinder() {}

    record Row(long id, String status, String lastSavedBy, java.time.Instant updatedAt, java.time.LocalDate on) {}

    static Optional<Row> row(Connection c, Survey survey, String council, Caller user) {
        String select = "select id, status, respondent_name, updated_at, submitted_on from survey_response"
                + " where survey_id = ? and tenant_id = ? and status <> 'WITHDRAWN'";
        Sql.Row<Row> map = rs -> new Row(
                rs.getLong("id"),
                rs.getString("status"),
                rs.getString("respondent_name"),
                Sql.instant(rs, "updated_at"),
                rs.getObject("submitted_on", java.time.LocalDate.class));
        if (survey.mode() == SurveyMode.PER_COUNCIL) {
            return Sql.one(c, select + " and per_council", map, survey.id(), council);
        }
        return Sql.one(
                c, select + " and not per_council and respondent = ?", map, survey.id(), council, user.subject());
    }

    /**
     * The status of the council's (or person's) response to each of {@code surveys} in two queries, as
     * {@link #find} would say it one by one; a survey with no response is absent.
     */
    static Map<Long, ResponseStatus> statuses(Connection c, List<Survey> surveys, String council, Caller user) {
        Map<Long, ResponseStatus> statuses = new java.util.HashMap<>();
        if (surveys.isEmpty()) {
            return statuses;
        }
        Map<Long, Survey> byId = surveys.stream().collect(Collectors.toMap(Survey::id, s -> s));
        java.sql.Array ids;
        try {
            ids = c.createArrayOf("bigint", byId.keySet().toArray());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        Sql.list(
                        c,
                        "select survey_id, per_council, respondent, status from survey_response"
                                + " where tenant_id = ? and survey_id = any(?) and (per_council or respondent = ?)"
                                + " and status <> 'WITHDRAWN'",
                        rs -> new Object[] {rs.getLong(1), rs.getBoolean(2), rs.getString(3), rs.getString(4)},
                        council,
                        ids,
                        user.subject())
                .forEach(r -> {
                    Survey survey = byId.get((Long) r[0]);
                    boolean perCouncil = (Boolean) r[1];
                    boolean counts = survey.mode() == SurveyMode.PER_COUNCIL
                            ? perCouncil
                            : !perCouncil && user.subject().equals(r[2]) && !survey.anonymous();
                    if (counts) {
                        statuses.put(survey.id(), ResponseStatus.valueOf((String) r[3]));
                    }
                });
        Sql.list(
                        c,
                        "select survey_id from survey_participation where tenant_id = ? and subject = ?"
                                + " and survey_id = any(?)",
                        rs -> rs.getLong(1),
                        council,
                        user.subject(),
                        ids)
                .forEach(id -> {
                    Survey survey = byId.get(id);
                    if (survey.anonymous() && survey.mode() == SurveyMode.PER_PERSON) {
                        statuses.put(id, ResponseStatus.SUBMITTED);
                    }
                });
        return statuses;
    }

    static MyResponse find(Connection c, Survey survey, String council, Caller user) {
        if (survey.anonymous() && survey.mode() == SurveyMode.PER_PERSON) {
            boolean took = Sql.one(
                            c,
                            "select exists (select 1 from survey_participation where survey_id = ? and tenant_id = ?"
                                    + " and subject = ?)",
                            rs -> rs.getBoolean(1),
                            survey.id(),
                            council,
                            user.subject())
                    .orElse(false);
            return took
                    ? new MyResponse(survey.id(), ResponseStatus.SUBMITTED, List.of(), null, null, null)
                    : MyResponse.notStarted(survey.id());
        }
        return row(c, survey, council, user)
                .map(r -> new MyResponse(
                        survey.id(),
                        ResponseStatus.valueOf(r.status()),
                        MyResponse.fromMap(answers(c, r.id(), council)),
                        r.lastSavedBy(),
                        r.updatedAt(),
                        r.on()))
                .orElse(MyResponse.notStarted(survey.id()));
    }

    static Map<Long, List<String>> answers(Connection c, long responseId, String council) {
        return Sql.list(
                        c,
                        "select question_id, value from survey_answer where response_id = ? and tenant_id = ?"
                                + " order by id",
                        rs -> Map.entry(rs.getLong(1), rs.getString(2)),
                        responseId,
                        council)
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey,
                        java.util.LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}
