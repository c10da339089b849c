package uk.org.eelga.platform.coaching;

/** No such session or booking, or not the caller's: the two are never told apart. */
public class CoachingNotFound extends RuntimeException {

    public CoachingNotFound(String message) {
        super(message);
    }
}
