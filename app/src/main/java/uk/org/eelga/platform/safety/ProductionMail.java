package uk.org.eelga.platform.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Production mail goes to a relay the way council relays and Microsoft 365 want it: over TLS (STARTTLS or TLS from
 * the first byte) and with an account. Plain SMTP is allowed only to a relay on this host (loopback), and no account
 * only when {@code SMTP_ALLOW_UNAUTHENTICATED=true} says the relay admits the platform by its address.
 */
final class ProductionMail {

    private ProductionMail() {}

    static List<String> problems(Function<String, String> settings) {
        List<String> problems = new ArrayList<>();
        String host = settings.apply("eelga.mail.smtp-host").strip();
        String security = settings.apply("eelga.mail.smtp-security").strip().toLowerCase(Locale.ROOT);
        if (!List.of("", "starttls", "tls", "none").contains(security)) {
            problems.add("SMTP_SECURITY is '" + security + "': use starttls (the default) or tls.");
        } else if (security.equals("none") && !loopback(host)) {
            problems.add("SMTP_SECURITY=none would send mail unencrypted to " + host
                    + ": use starttls or tls (plain SMTP only to a relay on this host).");
        }
        String username = settings.apply("eelga.mail.smtp-username").strip();
        String password = settings.apply("eelga.mail.smtp-password");
        boolean unauthenticated = Boolean.parseBoolean(
                settings.apply("eelga.mail.smtp-allow-unauthenticated").strip());
        if (username.isEmpty() || password.isEmpty()) {
            if (!unauthenticated) {
                problems.add("SMTP_USERNAME and SMTP_PASSWORD are needed for the mail relay (or"
                        + " SMTP_ALLOW_UNAUTHENTICATED=true if the relay admits the platform by its address).");
            }
        } else if (ProductionSafety.PUBLIC_SECRETS.contains(password.strip())) {
            problems.add("SMTP_PASSWORD is a development default published in the repository; set your own.");
        }
        return problems;
    }

    private static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("[::1]");
    }
}
