package uk.org.eelga.platform.mail;

/** Sends a message now; throws {@link MailNotSent} when it could not, so the caller can keep it for a retry. */
public interface MailSender {

    void send(Mail mail);

    final class MailNotSent extends RuntimeException {
        public MailNotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
