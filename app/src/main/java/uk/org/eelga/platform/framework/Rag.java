package uk.org.eelga.platform.framework;

/** A red/amber/green rating, with the letter and word shown next to any colour (never colour alone). */
public enum Rag {
    RED("Red: below target"),
    AMBER("Amber: close to target"),
    GREEN("Green: on target"),
    NOT_RATED("Not rated: no figure or no target");

    private final String words;

    Rag(String words) {
        this.words = words;
    }

    /** R, A or G, the first letter of the colour; a dash when not rated. */
    public String letter() {
        return this == NOT_RATED ? "–" : name().substring(0, 1);
    }

    public String words() {
        return words;
    }
}
