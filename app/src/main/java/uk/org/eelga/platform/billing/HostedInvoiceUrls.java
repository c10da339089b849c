package uk.org.eelga.platform.billing;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which "View and pay" links may be stored for an invoice. The link comes from Stripe (a webhook's {@code
 * hosted_invoice_url}, or the API's answer) and is shown to councils as a link, so a signed event carrying a
 * {@code javascript:} or any other address must not reach the page: only https addresses on Stripe's invoice hosts
 * are kept, or, where another API base is configured (the local stub, {@code STRIPE_API_BASE} in development),
 * addresses on that base's scheme, host and port. Anything else is not stored, and the refusal is logged.
 */
@Singleton
class HostedInvoiceUrls {

    private static final Logger LOG = LoggerFactory.getLogger(HostedInvoiceUrls.class);
    static final Set<String> STRIPE_HOSTS = Set.of("invoice.stripe.com", "pay.stripe.com");
    private static final int MAX_LENGTH = 2048;

    private final Optional<URI> otherBase;

    @Inject
    HostedInvoiceUrls(StripeConnection connection) {
        this(connection.otherApiBase().orElse(null));
    }

    /** {@code otherApiBase}: a configured API base other than Stripe's, or null. */
    HostedInvoiceUrls(String otherApiBase) {
        this.otherBase = Optional.ofNullable(otherApiBase).map(URI::create);
    }

    /** The address if it may be stored, otherwise null (logged); null in, null out. */
    String accepted(String url) {
        if (url == null) {
            return null;
        }
        if (isAllowed(url)) {
            return url;
        }
        LOG.warn("Stripe sent an invoice page address that is not Stripe's; not stored: {}", printable(url));
        return null;
    }

    boolean isAllowed(String url) {
        if (url.isEmpty() || url.length() > MAX_LENGTH || url.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f)) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return false;
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if ("https".equals(scheme) && STRIPE_HOSTS.contains(host) && (uri.getPort() == -1 || uri.getPort() == 443)) {
            return true;
        }
        return otherBase
                .filter(base -> base.getScheme().equalsIgnoreCase(scheme)
                        && base.getHost().equalsIgnoreCase(host)
                        && port(base) == port(uri))
                .isPresent();
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String printable(String url) {
        String shown = url.length() > 200 ? url.substring(0, 200) + "..." : url;
        StringBuilder out = new StringBuilder();
        shown.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
