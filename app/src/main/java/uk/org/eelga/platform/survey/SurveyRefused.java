package uk.org.eelga.platform.survey;

/**
 * A request the survey rules refuse, with a stable code for programs and a sentence for people. Thrown before
 * anything is written, so nothing already saved is lost.
 */
public class SurveyRefused extends RuntimeException {

    private final String code;

    public SurveyRefused(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
