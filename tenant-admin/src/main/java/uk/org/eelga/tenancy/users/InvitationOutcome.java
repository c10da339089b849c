package uk.org.eelga.tenancy.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What an invitation did, told as it is. {@code INVITED}: the account is ready and the email went. {@code
 * NOT_SENT}: the account is ready (member, roles) but the invitation email failed; inviting again sends it.
 * {@code INCOMPLETE}: a step failed and what it had done could not be undone; the message says what exists.
 * Each of these is in the audit log; a failure that was undone completely is refused instead (nothing changed).
 */
@Serdeable
public record InvitationOutcome(Kind kind, String code, String message, @Nullable CouncilMemberView member) {

    public enum Kind {
        INVITED,
        NOT_SENT,
        INCOMPLETE
    }

    public boolean sent() {
        return kind == Kind.INVITED;
    }
}
