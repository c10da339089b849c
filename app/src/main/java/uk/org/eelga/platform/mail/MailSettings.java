package uk.org.eelga.platform.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/** {@code eelga.mail.*}: the SMTP server (none means "write to the folder") and the sender address. */
@ConfigurationProperties("eelga.mail")
public record MailSettings(
        @Nullable String smtpHost, @Nullable Integer smtpPort, String from, @Nullable String folder) {}
