package uk.org.eelga.platform.framework;

/** How a measure's target and figures are expressed. MONEY is in pence; YES_NO is 1 (yes) or 0 (no). */
public enum TargetType {
    PERCENT,
    COUNT,
    MONEY,
    YES_NO,
    DATE
}
