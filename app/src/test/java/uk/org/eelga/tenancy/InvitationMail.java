package uk.org.eelga.tenancy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) on SMTP_PORT, where the demo realm's Keycloak delivers its emails (the realm's
 * SMTP settings come from the same variable, see infra/lib/common.sh).
 */
final class InvitationMail {

    static final int PORT = Integer.parseInt(env("SMTP_PORT", "3180"));
    private static final Pattern LINK =
            Pattern.compile("https?://[^\\s\"<>]+/login-actions/action-token\\?[^\\s\"<>]+");

    private InvitationMail() {}

    static GreenMail start() {
        GreenMail smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", "smtp"));
        smtp.start();
        return smtp;
    }

    /** The set-your-password link of the last message to this address (waits up to 20 s for it). */
    static String linkFor(GreenMail smtp, String address) {
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            var found = Arrays.stream(smtp.getReceivedMessages())
                    .filter(message -> to(message).equalsIgnoreCase(address))
                    .reduce((first, second) -> second);
            if (found.isPresent()) {
                Matcher link = LINK.matcher(
                        GreenMailUtil.getBody(found.get()).replace("=\r\n", "").replace("=3D", "="));
                if (link.find()) {
                    return link.group().replace("&amp;", "&");
                }
                throw new AssertionError("No link in the invitation: " + GreenMailUtil.getBody(found.get()));
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("No invitation arrived for " + address);
    }

    static long countTo(GreenMail smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> to(m).equalsIgnoreCase(address))
                .count();
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            return "";
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
