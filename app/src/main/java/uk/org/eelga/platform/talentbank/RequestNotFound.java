package uk.org.eelga.platform.talentbank;

import uk.org.eelga.tenancy.Refusal;

/** No such request for the bound council: another council's id looks exactly like one that does not exist. */
public class RequestNotFound extends Refusal {

    public RequestNotFound(long id) {
        super(Kind.NOT_FOUND, "not-found", "No such Talent Bank request: " + id);
    }

    @Override
    public String detail() {
        return "No such request";
    }
}
