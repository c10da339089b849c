package uk.org.eelga.platform.helpline;

import java.util.Set;
import uk.org.eelga.tenancy.Refusal;

/**
 * A helpline step the rules do not allow; nothing was changed. Bad details are 422, a step the query's state does
 * not allow is 409, someone who may not take it is 403.
 */
public class HelplineRefused extends Refusal {

    private static final Set<String> STATE = Set.of("closed", "not-closed", "already-rated");

    public HelplineRefused(String code, String message) {
        super(kindOf(code, STATE, Set.of("not-allowed")), code, message);
    }
}
