package uk.org.eelga.tenancy.council;

import uk.org.eelga.shared.Labelled;

/** The tier of a member council; some networks are only for counties and unitaries. */
public enum CouncilKind implements Labelled {
    COUNTY,
    UNITARY,
    DISTRICT;
}
