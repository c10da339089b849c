package uk.org.eelga.platform.billing;

import java.util.Optional;

/** Record ids as they arrive in URLs: anything but a positive number is simply not found. */
public final class Ids {

    private Ids() {}

    public static Optional<Long> parse(String text) {
        try {
            long id = Long.parseLong(text);
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
