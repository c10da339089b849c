package uk.org.eelga.platform.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import java.util.Locale;

/**
 * {@code eelga.mail.*}: the SMTP server (none means "write to the folder"), how the platform signs in to it and
 * protects the connection, and the sender address.
 *
 * @param smtpUsername  the relay account ({@code SMTP_USERNAME}); with it the platform authenticates (SMTP AUTH)
 * @param smtpPassword  its password ({@code SMTP_PASSWORD}, or from a file: {@code SMTP_PASSWORD_FILE})
 * @param smtpSecurity  {@code starttls} (the default: the connection must be upgraded to TLS before anything is
 *                      sent, and the server's certificate must be valid for its name), {@code tls} (TLS from the
 *                      first byte, port 465), or {@code none} (plain: a local relay or a test server only)
 */
@ConfigurationProperties("eelga.mail")
public record MailSettings(
        @Nullable String smtpHost,
        @Nullable Integer smtpPort,
        String from,
        @Nullable String folder,
        @Nullable String smtpUsername,
        @Nullable String smtpPassword,
        @Nullable String smtpSecurity) {

    /** How the SMTP connection is protected. */
    public enum Security {
        STARTTLS,
        TLS,
        NONE;

        static Security of(String setting) {
            if (setting == null || setting.isBlank()) {
                return STARTTLS;
            }
            try {
                return valueOf(setting.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("SMTP_SECURITY is '" + setting + "': use starttls, tls or none", e);
            }
        }
    }

    @Creator
    public MailSettings {}

    /** Without authentication or TLS (a test server, a local relay). */
    public MailSettings(String smtpHost, Integer smtpPort, String from, String folder) {
        this(smtpHost, smtpPort, from, folder, null, null, "none");
    }

    public Security security() {
        return Security.of(smtpSecurity);
    }

    public boolean authenticates() {
        return smtpUsername != null && !smtpUsername.isBlank();
    }
}
