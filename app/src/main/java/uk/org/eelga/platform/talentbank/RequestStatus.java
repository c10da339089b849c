package uk.org.eelga.platform.talentbank;

/** Where a Talent Bank request is, in the order it normally goes. */
public enum RequestStatus {
    REQUESTED("Requested"),
    QUOTED("Quoted"),
    ACCEPTED("Quote accepted"),
    DECLINED("Quote declined"),
    SCHEDULED("Scheduled"),
    DELIVERED("Delivered"),
    INVOICED("Invoiced"),
    PAID("Paid");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
