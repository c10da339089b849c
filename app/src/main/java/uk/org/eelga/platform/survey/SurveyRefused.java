package uk.org.eelga.platform.survey;

import uk.org.eelga.tenancy.Refusal;

/**
 * A request the survey rules refuse (422), with a stable code for programs and a sentence for people. Thrown
 * before anything is written, so nothing already saved is lost.
 */
public class SurveyRefused extends Refusal {

    public SurveyRefused(String code, String message) {
        super(Kind.UNPROCESSABLE, code, message);
    }
}
