package uk.org.eelga.platform.survey;

import java.util.List;

/** The kinds of question a survey can ask. */
public enum QuestionType {
    SINGLE_CHOICE("Single choice"),
    MULTIPLE_CHOICE("Multiple choice"),
    RATING("Rating scale"),
    YES_NO("Yes or no"),
    NUMBER("Number"),
    FREE_TEXT("Free text");

    /** The usual five-point scale, worst first. */
    public static final List<String> STANDARD_SCALE = List.of("Very poor", "Poor", "Average", "Good", "Very good");

    public static final List<String> YES_NO_OPTIONS = List.of("Yes", "No");

    private final String label;

    QuestionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether answers are one of (or several of) a fixed list of options. */
    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == RATING || this == YES_NO;
    }
}
