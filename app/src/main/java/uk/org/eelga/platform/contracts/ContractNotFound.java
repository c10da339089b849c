package uk.org.eelga.platform.contracts;

import uk.org.eelga.tenancy.Refusal;

/** No such contract, or not the caller's council's. */
public class ContractNotFound extends Refusal {

    public ContractNotFound() {
        super(Kind.NOT_FOUND, "not-found", "No such contract");
    }
}
