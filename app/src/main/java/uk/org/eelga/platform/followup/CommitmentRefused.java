package uk.org.eelga.platform.followup;

import uk.org.eelga.tenancy.Refusal;

/** A commitment step the rules do not allow; nothing was changed. "already-done" is 409, bad details 422. */
public class CommitmentRefused extends Refusal {

    public CommitmentRefused(String code, String message) {
        super(
                "already-done".equals(code)
                        ? Kind.CONFLICT
                        : "not-allowed".equals(code) ? Kind.FORBIDDEN : Kind.UNPROCESSABLE,
                code,
                message);
    }
}
