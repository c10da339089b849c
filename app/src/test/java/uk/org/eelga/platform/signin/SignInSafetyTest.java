package uk.org.eelga.platform.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInSafetyTest {

    @Test
    void after_sign_in_only_a_path_on_this_site_is_followed() {
        assertThat(SignInServlet.safeNext("/console?kind=County")).isEqualTo("/console?kind=County");
        for (String elsewhere : new String[] {
            null, "", "https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "/auth/logout"
        }) {
            assertThat(SignInServlet.safeNext(elsewhere))
                    .as(String.valueOf(elsewhere))
                    .isEqualTo("/");
        }
    }

    @Test
    void the_pkce_challenge_is_the_s256_of_the_verifier() {
        // the example of RFC 7636, appendix B
        PendingSignIn pending = new PendingSignIn("s", "n", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", "/");
        assertThat(pending.codeChallenge()).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    @Test
    void every_sign_in_gets_fresh_unguessable_secrets() {
        PendingSignIn one = PendingSignIn.start("/");
        PendingSignIn two = PendingSignIn.start("/");
        assertThat(one.state()).isNotEqualTo(two.state()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(one.nonce()).isNotEqualTo(two.nonce());
        assertThat(one.codeVerifier()).hasSizeBetween(43, 128);
    }
}
