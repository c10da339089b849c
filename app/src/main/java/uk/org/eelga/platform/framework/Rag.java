package uk.org.eelga.platform.framework;

/** A red/amber/green rating, with the letter and word shown next to any colour (never colour alone). */
public enum Rag {
    RED("R", "Red: below target"),
    AMBER("A", "Amber: close to target"),
    GREEN("G", "Green: on target"),
    NOT_RATED("–", "Not rated: no figure or no target");

    private final String letter;
    private final String words;

    Rag(String letter, String words) {
        this.letter = letter;
        this.words = words;
    }

    public String letter() {
        return letter;
    }

    public String words() {
        return words;
    }
}
