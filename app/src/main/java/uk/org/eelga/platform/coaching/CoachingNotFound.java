package uk.org.eelga.platform.coaching;

import uk.org.eelga.tenancy.Refusal;

/** No such session or booking, or not the caller's: the two are never told apart. */
public class CoachingNotFound extends Refusal {

    public CoachingNotFound(String message) {
        super(Kind.NOT_FOUND, "not-found", message);
    }
}
