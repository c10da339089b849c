package uk.org.eelga.platform.framework;

/** Whether a higher figure is better (attendance) or a lower one (unmet requests, days late). */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
