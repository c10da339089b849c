package uk.org.eelga.platform.framework.live;

import io.micronaut.core.annotation.Nullable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A parameter a measure kind takes (e.g. which group, which event type); values are stored as text. A parameter with
 * {@code options} takes only those values, each named in words for staff (the stored value is never shown to them).
 */
public record ParameterSpec(
        String name, String label, boolean required, @Nullable String defaultValue, Map<String, String> options) {

    public ParameterSpec {
        options = options == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** A parameter that takes any text (a title's words, a number). */
    public ParameterSpec(String name, String label, boolean required, @Nullable String defaultValue) {
        this(name, label, required, defaultValue, Map.of());
    }

    /** An enumeration's constants as options, named by their labels, in declaration order. */
    public static <E extends Enum<E>> Map<String, String> named(E[] values, Function<E, String> label) {
        Map<String, String> options = new LinkedHashMap<>();
        for (E value : values) {
            options.put(value.name(), label.apply(value));
        }
        return options;
    }

    /** Options written as value, words, value, words... in the order to offer them. */
    public static Map<String, String> options(String... valueThenWords) {
        if (valueThenWords.length % 2 != 0) {
            throw new IllegalArgumentException("Each option is a value and its words");
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < valueThenWords.length; i += 2) {
            options.put(valueThenWords[i], valueThenWords[i + 1]);
        }
        return options;
    }
}
