package uk.org.eelga.platform.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.convert.format.ReadableBytes;
import java.util.regex.Pattern;

/**
 * The largest request bodies the platform reads, in bytes ({@code eelga.limits.*}; "1MB", "256KB" in
 * application.yml or the environment): every API and page request, Stripe's webhook, and file uploads on the
 * pages (framework imports, evidence files), which are streamed and cut off at their limit.
 */
@ConfigurationProperties("eelga.limits")
public record RequestLimits(
        @ReadableBytes long requestBody, @ReadableBytes long webhookBody, @ReadableBytes long upload) {

    private static final Pattern PATH_PARAMETERS = Pattern.compile(";[^/]*");
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");

    /** The Stripe webhook: Stripe's events are a few KB. */
    static final String WEBHOOK = "/api/v1/stripe/webhook";

    public RequestLimits {
        if (requestBody <= 0 || webhookBody <= 0 || upload <= 0) {
            throw new IllegalArgumentException("eelga.limits: every limit must be above 0 bytes");
        }
    }

    /** The limit for a request to {@code path} ({@code upload}: a page's file upload). */
    long limitFor(String path, boolean upload) {
        String plain = TRAILING_SLASHES
                .matcher(PATH_PARAMETERS.matcher(path).replaceAll(""))
                .replaceAll("");
        if (WEBHOOK.equalsIgnoreCase(plain)) {
            return webhookBody;
        }
        return upload ? this.upload : requestBody;
    }

    /** "1 MB", "256 KB": for messages. */
    static String readable(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
