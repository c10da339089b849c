package uk.org.eelga.platform.talentbank;

/** No such request for the bound council: another council's id looks exactly like one that does not exist. */
public class RequestNotFound extends RuntimeException {

    public RequestNotFound(long id) {
        super("No such Talent Bank request: " + id);
    }
}
