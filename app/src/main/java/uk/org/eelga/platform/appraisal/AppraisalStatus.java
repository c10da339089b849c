package uk.org.eelga.platform.appraisal;

public enum AppraisalStatus {
    REQUESTED("Requested"),
    SCHEDULED("Scheduled"),
    DELIVERED("Delivered"),
    DECLINED("Declined");

    private final String label;

    AppraisalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == REQUESTED || this == SCHEDULED;
    }
}
