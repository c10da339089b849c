package uk.org.eelga.platform.engagement;

import uk.org.eelga.shared.Labelled;

/** Who a council sends to a group. */
public enum ExpectedRole implements Labelled {
    LEADER,
    CHIEF_EXECUTIVE,
    LEAD_MEMBER,
    MEMBER,
    OFFICER;
}
