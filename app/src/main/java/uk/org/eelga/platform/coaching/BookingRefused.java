package uk.org.eelga.platform.coaching;

import java.util.Set;
import uk.org.eelga.tenancy.Refusal;

/**
 * A booking, cancellation or change of the programme the rules do not allow; nothing was changed. The code is
 * stable for programs: bad details are 422 (a delegate's address outside the council's domains included), the
 * council's emails for the hour used up 429, what the state of the session or booking does not allow is 409.
 */
public class BookingRefused extends Refusal {

    private static final Set<String> BAD_INPUT = Set.of(
            "delegate-name",
            "delegate-email",
            "delegate-domain",
            "cohort-name",
            "cohort-programme",
            "cohort-description",
            "session-details",
            "session-dates",
            "session-cutoff",
            "session-capacity",
            "session-price",
            "session-allowance",
            "session-cohort",
            "period",
            "source",
            "reason");

    public BookingRefused(String code, String message) {
        super(
                BAD_INPUT.contains(code)
                        ? Kind.UNPROCESSABLE
                        : "mail-limit".equals(code) ? Kind.TOO_MANY : Kind.CONFLICT,
                code,
                message);
    }
}
