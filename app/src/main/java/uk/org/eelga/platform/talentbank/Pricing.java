package uk.org.eelga.platform.talentbank;

/** How a quote is priced: days at a day rate, or a fixed price. */
public enum Pricing {
    DAY_RATE,
    FIXED
}
