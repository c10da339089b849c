package uk.org.eelga.platform.followup;

import java.util.Set;
import uk.org.eelga.tenancy.Refusal;

/** A commitment step the rules do not allow; nothing was changed. "already-done" is 409, bad details 422. */
public class CommitmentRefused extends Refusal {

    public CommitmentRefused(String code, String message) {
        super(kindOf(code, Set.of("already-done"), Set.of("not-allowed")), code, message);
    }
}
