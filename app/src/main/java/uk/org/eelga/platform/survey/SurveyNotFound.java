package uk.org.eelga.platform.survey;

import uk.org.eelga.tenancy.Refusal;

/** No such survey, or not one the caller may see (the same answer, so ids reveal nothing). */
public class SurveyNotFound extends Refusal {

    public SurveyNotFound() {
        this("No such survey");
    }

    public SurveyNotFound(String message) {
        super(Kind.NOT_FOUND, "NOT_FOUND", message);
    }
}
