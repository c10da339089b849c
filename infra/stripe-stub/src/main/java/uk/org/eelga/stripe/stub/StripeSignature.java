package uk.org.eelga.stripe.stub;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The {@code Stripe-Signature} header Stripe sends with a webhook: {@code t=<seconds>,v1=<HMAC-SHA256 hex>}. */
public final class StripeSignature {

    private StripeSignature() {}

    public static String header(String payload, String secret, long epochSeconds) {
        String signed = epochSeconds + "." + payload;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            return "t=" + epochSeconds + ",v1=" + hex;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
