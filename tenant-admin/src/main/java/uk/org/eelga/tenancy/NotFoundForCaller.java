package uk.org.eelga.tenancy;

/**
 * The thing asked for does not exist, or is not the caller's to see: both look the same, so ids of other
 * councils' people reveal nothing.
 */
public class NotFoundForCaller extends Refusal {
    public NotFoundForCaller(String message) {
        super(Kind.NOT_FOUND, "not-found", message);
    }
}
