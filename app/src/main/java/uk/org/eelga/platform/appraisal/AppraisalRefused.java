package uk.org.eelga.platform.appraisal;

import java.util.Set;
import uk.org.eelga.tenancy.Refusal;

/**
 * A request or decision the rules do not allow; nothing was changed. Bad details are 422, a request whose state
 * does not allow the step is 409, and someone who may not ask is 403.
 */
public class AppraisalRefused extends Refusal {

    private static final Set<String> STATE = Set.of("not-open", "not-scheduled", "already-withdrawn");

    public AppraisalRefused(String code, String message) {
        super(kindOf(code, STATE, Set.of("not-leader")), code, message);
    }
}
