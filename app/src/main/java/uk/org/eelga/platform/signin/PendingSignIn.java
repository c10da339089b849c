package uk.org.eelga.platform.signin;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** The secrets of one sign-in in progress, kept in the session between the redirect and the callback. */
record PendingSignIn(String state, String nonce, String codeVerifier, String next) implements Serializable {

    private static final SecureRandom RANDOM = new SecureRandom();

    static PendingSignIn start(String next) {
        return new PendingSignIn(random(), random(), random() + random(), next);
    }

    String codeChallenge() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(codeVerifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
