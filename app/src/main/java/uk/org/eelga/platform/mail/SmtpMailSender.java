package uk.org.eelga.platform.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.Properties;

class SmtpMailSender implements MailSender {

    private final MailSettings settings;
    private final Session session;

    SmtpMailSender(MailSettings settings) {
        this.settings = settings;
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.smtpHost());
        properties.put("mail.smtp.port", String.valueOf(settings.smtpPort() == null ? 25 : settings.smtpPort()));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        this.session = Session.getInstance(properties);
    }

    @Override
    public void send(Mail mail) {
        try {
            Transport.send(MimeMessages.of(session, settings.from(), mail));
        } catch (MessagingException e) {
            throw new MailNotSent("Could not send \"" + mail.subject() + "\" to " + mail.to(), e);
        }
    }

    /** Builds the MIME message; shared with the folder sender so both write the same bytes. */
    static final class MimeMessages {
        private MimeMessages() {}

        static MimeMessage of(Session session, String from, Mail mail) throws MessagingException {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.to(), true));
            message.setSubject(mail.subject(), "UTF-8");
            if (mail.attachments().isEmpty()) {
                message.setText(mail.text(), "UTF-8");
            } else {
                MimeMultipart parts = new MimeMultipart();
                MimeBodyPart body = new MimeBodyPart();
                body.setText(mail.text(), "UTF-8");
                parts.addBodyPart(body);
                for (Mail.Attachment attachment : mail.attachments()) {
                    MimeBodyPart part = new MimeBodyPart();
                    part.setDataHandler(
                            new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
                    part.setFileName(attachment.fileName());
                    parts.addBodyPart(part);
                }
                message.setContent(parts);
            }
            message.saveChanges();
            return message;
        }
    }
}
