package uk.org.eelga.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, point 2: mail goes to a relay as council relays and Microsoft 365 want it, over STARTTLS with an account,
 * and to nobody else. Against the relay of infra/mail/SmtpSink.java (STARTTLS, AUTH PLAIN/LOGIN) in its own JVM.
 */
class SmtpSecurityTest {

    private static final Path DIR = Path.of("target", "smtp-security");
    private static final String FROM = "EELGA <no-reply@eelga.gov.uk>";

    static Path certificate;
    static SmtpSinkProcess relay;

    @BeforeAll
    static void relay() throws Exception {
        certificate = SmtpSinkProcess.keyStore(DIR, "dns:localhost,ip:127.0.0.1");
        relay = SmtpSinkProcess.start(DIR, certificate, "relay-account", "relay-secret");
    }

    @AfterAll
    static void stop() throws Exception {
        relay.close();
    }

    private static MailSettings settings(int port, String user, String password, String security) {
        return new MailSettings("localhost", port, FROM, null, user, password, security);
    }

    @Test
    void a_message_goes_over_starttls_with_the_account() throws Exception {
        int before = relay.messages().size();
        new SmtpMailSender(
                        settings(relay.port(), "relay-account", "relay-secret", "starttls"),
                        SmtpSinkProcess.trusting(certificate))
                .send(new Mail("officer@norwich.demo", "Over TLS", "Hello"));

        assertThat(relay.messages()).hasSize(before + 1);
        assertThat(relay.messages().get(before))
                .startsWith("X-Sink-Envelope: tls=true; user=relay-account; rcpt=officer@norwich.demo")
                .contains("Subject: Over TLS");
    }

    @Test
    void starttls_is_the_default_setting() {
        assertThat(new MailSettings("relay", 587, FROM, null, "u", "p", null).security())
                .isEqualTo(MailSettings.Security.STARTTLS);
        assertThat(new MailSettings("relay", 587, FROM, null, "u", "p", "").security())
                .isEqualTo(MailSettings.Security.STARTTLS);
        assertThatThrownBy(() -> new MailSettings("relay", 587, FROM, null, "u", "p", "maybe").security())
                .hasMessageContaining("SMTP_SECURITY");
    }

    @Test
    void a_wrong_password_sends_nothing() throws Exception {
        int before = relay.messages().size();
        assertThatThrownBy(() -> new SmtpMailSender(
                                settings(relay.port(), "relay-account", "wrong", "starttls"),
                                SmtpSinkProcess.trusting(certificate))
                        .send(new Mail("officer@norwich.demo", "Refused", "Hello")))
                .isInstanceOf(MailSender.MailNotSent.class);
        assertThat(relay.messages()).hasSize(before);
    }

    @Test
    void a_relay_whose_certificate_is_not_trusted_gets_nothing() throws Exception {
        int before = relay.messages().size();
        // the JVM's own trust store: a self-signed relay (or someone in the middle) is not believed
        assertThatThrownBy(() -> new SmtpMailSender(settings(relay.port(), "relay-account", "relay-secret", null))
                        .send(new Mail("officer@norwich.demo", "Untrusted", "Hello")))
                .isInstanceOf(MailSender.MailNotSent.class);
        assertThat(relay.messages()).hasSize(before);
    }

    @Test
    void a_trusted_certificate_for_another_name_is_refused() throws Exception {
        Path other = SmtpSinkProcess.keyStore(DIR, "dns:mail.example.org");
        try (SmtpSinkProcess impostor = SmtpSinkProcess.start(DIR, other, "relay-account", "relay-secret")) {
            assertThatThrownBy(() -> new SmtpMailSender(
                                    settings(impostor.port(), "relay-account", "relay-secret", "starttls"),
                                    SmtpSinkProcess.trusting(other))
                            .send(new Mail("officer@norwich.demo", "Wrong name", "Hello")))
                    .isInstanceOf(MailSender.MailNotSent.class);
            assertThat(impostor.messages()).isEmpty();
        }
    }

    @Test
    void a_relay_without_starttls_gets_nothing_when_starttls_is_required() throws Exception {
        try (SmtpSinkProcess plain = SmtpSinkProcess.start(DIR, null, "relay-account", "relay-secret")) {
            assertThatThrownBy(() -> new SmtpMailSender(
                                    settings(plain.port(), "relay-account", "relay-secret", "starttls"),
                                    SmtpSinkProcess.trusting(certificate))
                            .send(new Mail("officer@norwich.demo", "Stripped", "Hello")))
                    .isInstanceOf(MailSender.MailNotSent.class);
            assertThat(plain.messages()).isEmpty();
        }
    }
}
