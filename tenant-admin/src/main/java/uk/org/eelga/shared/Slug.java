package uk.org.eelga.shared;

import java.text.Normalizer;
import java.util.Locale;

/** The id made from a name for a record people name (a council, a Talent Bank area): readable in a URL or a file. */
public final class Slug {

    private Slug() {}

    /**
     * Lower-case letters and digits joined by single hyphens, accents dropped, at most {@code max} characters:
     * "Public Service Reform" → public-service-reform, "Bedford Borough" → bedford-borough. Empty when the name has
     * no letter or digit.
     */
    public static String of(String name, int max) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return plain.length() > max ? plain.substring(0, max).replaceAll("-+$", "") : plain;
    }
}
