package uk.org.eelga.platform.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Without an SMTP server (a local run), each message is written as an .eml file a mail client can open. */
class FolderMailSender implements MailSender {

    private static final Logger LOG = LoggerFactory.getLogger(FolderMailSender.class);

    private final MailSettings settings;
    private final Path folder;

    FolderMailSender(MailSettings settings) {
        this.settings = settings;
        this.folder = Path.of(settings.folder() == null ? "mail" : settings.folder());
    }

    @Override
    public void send(Mail mail) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(System.currentTimeMillis() + "-" + UUID.randomUUID() + ".eml");
            try (OutputStream out = Files.newOutputStream(file)) {
                SmtpMailSender.MimeMessages.of(Session.getInstance(new Properties()), settings.from(), mail)
                        .writeTo(out);
            }
            LOG.info("Mail \"{}\" to {} written to {}", mail.subject(), mail.to(), file.toAbsolutePath());
        } catch (IOException | MessagingException e) {
            throw new MailNotSent("Could not write \"" + mail.subject() + "\" to " + folder, e);
        }
    }
}
