package uk.org.eelga.platform.helpline;

import java.util.List;

/**
 * The question put to the council when a query closes (the "customer survey" of framework measure 3.5.1), answered
 * 1 to 5. Good (4) and very good (5) count as satisfied, as the association counts evaluations "good or above".
 */
public final class Satisfaction {

    public static final String QUESTION =
            "Did the helpline give you valuable, independent HR advice promptly when you needed it?";
    public static final List<String> ANSWERS = List.of("Very poor", "Poor", "Fair", "Good", "Very good");
    public static final int SATISFIED_FROM = 4;

    private Satisfaction() {}

    public static String label(int rating) {
        return ANSWERS.get(rating - 1);
    }
}
