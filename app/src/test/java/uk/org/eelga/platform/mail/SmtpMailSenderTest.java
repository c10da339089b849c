package uk.org.eelga.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Against a real SMTP server (GreenMail) on a free local port. */
class SmtpMailSenderTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(0, "127.0.0.1", "smtp"));

    @Test
    void a_message_with_a_calendar_attachment_arrives_as_sent() throws Exception {
        MailSender sender = new SmtpMailSender(settings(SMTP.getSmtp().getPort()));
        byte[] ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);

        sender.send(new Mail(
                "officer@norwich.demo",
                "Your place is confirmed",
                "See you there.",
                List.of(new Mail.Attachment("session.ics", "text/calendar", ics))));

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Your place is confirmed");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("officer@norwich.demo");
        MimeMultipart parts = (MimeMultipart) received[0].getContent();
        assertThat(GreenMailUtil.getBody(parts.getBodyPart(0))).contains("See you there.");
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("session.ics");
    }

    @Test
    void a_server_that_is_not_there_gives_mail_not_sent() {
        MailSender sender = new SmtpMailSender(settings(1));
        assertThatThrownBy(() -> sender.send(new Mail("a@b.demo", "Hello", "x")))
                .isInstanceOf(MailSender.MailNotSent.class)
                .hasMessageContaining("a@b.demo");
    }

    private static MailSettings settings(int port) {
        return new MailSettings("127.0.0.1", port, "EELGA <no-reply@eelga.gov.uk>", null);
    }
}
