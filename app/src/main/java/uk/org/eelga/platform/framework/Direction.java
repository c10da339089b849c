package uk.org.eelga.platform.framework;

/**
 * Whether a higher figure is better (attendance) or a lower one (unmet requests, days late). {@code ABOVE_TARGET}
 * is "generates income or surplus": green only strictly above the target (a surplus of £0 is not a surplus).
 */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    ABOVE_TARGET
}
