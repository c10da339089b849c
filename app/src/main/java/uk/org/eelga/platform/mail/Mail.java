package uk.org.eelga.platform.mail;

import java.util.List;
import java.util.Objects;

/** One plain-text message to one recipient, with optional attachments (e.g. an .ics invitation). */
public record Mail(String to, String subject, String text, List<Attachment> attachments) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        attachments = List.copyOf(attachments);
    }

    public Mail(String to, String subject, String text) {
        this(to, subject, text, List.of());
    }

    public record Attachment(String fileName, String contentType, byte[] content) {}
}
