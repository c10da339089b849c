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
                + " where survey_id = ? and tenant_id = ?";
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
