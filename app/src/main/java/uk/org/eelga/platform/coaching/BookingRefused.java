package uk.org.eelga.platform.coaching;

/** A booking or cancellation the rules do not allow; nothing was changed. The code is stable for programs. */
public class BookingRefused extends RuntimeException {

    private final String code;

    public BookingRefused(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
