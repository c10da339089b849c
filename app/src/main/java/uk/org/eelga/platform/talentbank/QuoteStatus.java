package uk.org.eelga.platform.talentbank;

/** A quote is open until the council accepts or declines it, or staff replace it. */
public enum QuoteStatus {
    OPEN,
    ACCEPTED,
    DECLINED,
    WITHDRAWN
}
