package uk.org.eelga.platform.mail;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

@Factory
class MailSenderFactory {

    @Singleton
    MailSender mailSender(MailSettings settings) {
        boolean smtp = settings.smtpHost() != null && !settings.smtpHost().isBlank();
        return smtp ? new SmtpMailSender(settings) : new FolderMailSender(settings);
    }
}
