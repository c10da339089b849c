package uk.org.eelga.platform.contracts;

import uk.org.eelga.tenancy.Refusal;

/** A contract register step the rules do not allow; nothing was changed. "not-allowed" is 403, bad details 422. */
public class ContractRefused extends Refusal {

    public ContractRefused(String code, String message) {
        super("not-allowed".equals(code) ? Kind.FORBIDDEN : Kind.UNPROCESSABLE, code, message);
    }
}
