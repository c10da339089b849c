package uk.org.eelga.platform.talentbank;

import uk.org.eelga.shared.Labelled;

/** A quote is open until the council accepts or declines it, or staff replace it. */
public enum QuoteStatus implements Labelled {
    OPEN,
    ACCEPTED,
    DECLINED,
    WITHDRAWN
}
