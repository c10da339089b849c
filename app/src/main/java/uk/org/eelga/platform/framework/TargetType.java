package uk.org.eelga.platform.framework;

/** How a measure's target and figures are expressed. MONEY is in pence; YES_NO is 1 (yes) or 0 (no). */
public enum TargetType {
    PERCENT,
    COUNT,
    MONEY,
    YES_NO,
    DATE;

    /** As a page says it. */
    public String words() {
        return switch (this) {
            case PERCENT -> "A percentage";
            case COUNT -> "A number";
            case MONEY -> "An amount of money";
            case YES_NO -> "Yes or no";
            case DATE -> "A date";
        };
    }
}
