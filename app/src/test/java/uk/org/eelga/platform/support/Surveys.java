package uk.org.eelga.platform.support;

/** Surveys as the API shows them to tests. */
public final class Surveys {

    private Surveys() {}

    /** The id of the first question of the survey's first section, as {@code bearer} reads it. */
    public static long firstQuestionId(long survey, String bearer) {
        return Api.get("/api/v1/surveys/" + survey, bearer)
                .json()
                .get("sections")
                .get(0)
                .get("questions")
                .get(0)
                .get("id")
                .asLong();
    }
}
