package uk.org.eelga.platform.survey;

import java.util.Set;
import uk.org.eelga.tenancy.Refusal;

/**
 * A request the survey rules refuse (422; 409 when the survey's state does not allow it), with a stable code for programs and a sentence for people. Thrown
 * before anything is written, so nothing already saved is lost.
 */
public class SurveyRefused extends Refusal {

    /** What the survey's or response's state does not allow (already submitted, published, answered meanwhile). */
    private static final Set<String> STATE = Set.of(
            "DUPLICATE",
            "ALREADY_WITHDRAWN",
            "ALREADY_PUBLISHED",
            "HAS_RESPONSES",
            "REMINDERS_SENT_RECENTLY",
            "REMINDERS_BEING_SENT");

    public SurveyRefused(String code, String message) {
        super(kindOf(code, STATE, Set.of()), code, message);
    }
}
