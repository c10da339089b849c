package uk.org.eelga.platform.mail;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

@Factory
class MailSenderFactory {

    @Singleton
    MailSender mailSender(MailSettings settings) {
        boolean smtp = settings.smtpHost() != null && !settings.smtpHost().isBlank();
        if (smtp) {
            return new SmtpMailSender(settings);
        }
        if (settings.folder() == null || settings.folder().isBlank()) {
            throw new IllegalStateException(
                    "No SMTP_HOST: set it, or MAIL_FOLDER to write mail as files (development only)");
        }
        return new FolderMailSender(settings);
    }
}
