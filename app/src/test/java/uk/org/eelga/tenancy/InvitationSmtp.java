package uk.org.eelga.tenancy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The SMTP server Keycloak's invitations go to ({@link InvitationMail}), for a test class's lifetime:
 * {@code @RegisterExtension static final InvitationSmtp smtp = new InvitationSmtp();} starts it before the class and
 * stops it after, so the classes that follow an invitation need no start and stop of their own.
 */
final class InvitationSmtp extends GreenMail implements BeforeAllCallback, AfterAllCallback {

    InvitationSmtp() {
        super(new ServerSetup(InvitationMail.PORT, "127.0.0.1", "smtp"));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }
}
