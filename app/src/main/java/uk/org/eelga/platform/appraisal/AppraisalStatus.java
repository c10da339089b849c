package uk.org.eelga.platform.appraisal;

import uk.org.eelga.shared.Labelled;

public enum AppraisalStatus implements Labelled {
    REQUESTED,
    SCHEDULED,
    DELIVERED,
    DECLINED;

    public boolean isOpen() {
        return this == REQUESTED || this == SCHEDULED;
    }
}
