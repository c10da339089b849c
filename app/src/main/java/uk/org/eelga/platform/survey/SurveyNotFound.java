package uk.org.eelga.platform.survey;

/** No such survey, or not one the caller may see (the same answer, so ids reveal nothing). */
public class SurveyNotFound extends RuntimeException {

    public SurveyNotFound() {
        super("No such survey");
    }
}
