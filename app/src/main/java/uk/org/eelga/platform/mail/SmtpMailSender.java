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
import javax.net.ssl.SSLSocketFactory;

class SmtpMailSender implements MailSender {

    private final MailSettings settings;
    private final Session session;

    SmtpMailSender(MailSettings settings) {
        this(settings, null);
    }

    /** With {@code trust}: TLS sockets that trust what it trusts (tests: a relay with a certificate of their own). */
    SmtpMailSender(MailSettings settings, SSLSocketFactory trust) {
        this.settings = settings;
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.smtpHost());
        properties.put("mail.smtp.port", String.valueOf(settings.smtpPort() == null ? 25 : settings.smtpPort()));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        properties.putAll(security(settings));
        if (trust != null) {
            properties.put("mail.smtp.ssl.socketFactory", trust);
        }
        this.session = Session.getInstance(properties);
    }

    /**
     * STARTTLS is required, not just tried: a relay that does not offer it (or a man in the middle that strips it)
     * gets nothing. The server's certificate must chain to a trusted authority and name the host.
     */
    static Properties security(MailSettings settings) {
        Properties properties = new Properties();
        MailSettings.Security security = settings.security();
        if (security != MailSettings.Security.NONE) {
            properties.put("mail.smtp.ssl.checkserveridentity", "true");
            properties.put("mail.smtp.ssl.protocols", "TLSv1.3 TLSv1.2");
        }
        if (security == MailSettings.Security.STARTTLS) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        } else if (security == MailSettings.Security.TLS) {
            properties.put("mail.smtp.ssl.enable", "true");
        }
        properties.put("mail.smtp.auth", String.valueOf(settings.authenticates()));
        return properties;
    }

    @Override
    public void send(Mail mail) {
        try {
            MimeMessage message = MimeMessages.of(session, settings.from(), mail);
            if (settings.authenticates()) {
                Transport.send(message, settings.smtpUsername(), settings.smtpPassword());
            } else {
                Transport.send(message);
            }
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
