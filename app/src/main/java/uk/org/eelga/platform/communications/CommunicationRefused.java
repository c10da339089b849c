package uk.org.eelga.platform.communications;

import uk.org.eelga.tenancy.Refusal;

/** A communications step the rules do not allow; nothing was changed. "not-allowed" is 403, "exists" 409, else 422. */
public class CommunicationRefused extends Refusal {

    public CommunicationRefused(String code, String message) {
        super(
                switch (code) {
                    case "not-allowed" -> Kind.FORBIDDEN;
                    case "exists" -> Kind.CONFLICT;
                    default -> Kind.UNPROCESSABLE;
                },
                code,
                message);
    }
}
