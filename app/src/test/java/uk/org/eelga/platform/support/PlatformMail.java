package uk.org.eelga.platform.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * A platform test that reads the emails the platform sends: a real SMTP server (GreenMail) on a free port, which the
 * platform's mail settings point at, emptied before each test and stopped after the class. A test class extends it
 * (with {@link PlatformIT}) and reads {@link #smtp}; it adds settings of its own with {@link #mailSettings}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PlatformMail implements TestPropertyProvider {

    protected final GreenMail smtp = started();

    private static GreenMail started() {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp"));
        smtp.start();
        return smtp;
    }

    /** Settings the test adds to the mail server's (none unless overridden). */
    protected Map<String, String> mailSettings() {
        return Map.of();
    }

    @Override
    public final Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(mailSettings());
        properties.put("eelga.mail.smtp-host", "127.0.0.1");
        properties.put("eelga.mail.smtp-port", String.valueOf(smtp.getSmtp().getPort()));
        return properties;
    }

    @BeforeEach
    void emptyTheMailbox() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }
}
