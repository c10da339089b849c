package uk.org.eelga.shared;

import java.util.Locale;

/**
 * An enum whose label, the word people read, is its constant's name in words: {@code NOT_STARTED} reads "Not started".
 * An enum whose words differ from its names keeps them beside its constants instead.
 */
public interface Labelled {

    /** The constant's name (an enum's own {@code name()}). */
    String name();

    /** The name in lower case with spaces, its first letter a capital. */
    default String label() {
        String words = name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
