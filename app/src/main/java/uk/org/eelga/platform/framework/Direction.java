package uk.org.eelga.platform.framework;

/**
 * Whether a higher figure is better (attendance) or a lower one (unmet requests, days late). {@code ABOVE_TARGET}
 * is "generates income or surplus": green only strictly above the target (a surplus of £0 is not a surplus).
 */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    ABOVE_TARGET;

    /** As a page says it. */
    public String words() {
        return switch (this) {
            case HIGHER_IS_BETTER -> "Higher is better";
            case LOWER_IS_BETTER -> "Lower is better";
            case ABOVE_TARGET -> "Green only above the target (income or surplus)";
        };
    }
}
