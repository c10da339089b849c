package uk.org.eelga.tenancy;

/**
 * The thing asked for does not exist, or is not the caller's to see: both look the same, so ids of other
 * councils' people reveal nothing.
 */
public class NotFoundForCaller extends RuntimeException {
    public NotFoundForCaller(String message) {
        super(message);
    }
}
