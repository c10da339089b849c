package uk.org.eelga.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailTextTest {

    @Test
    void free_text_becomes_one_quoted_line_without_control_characters() {
        String hostile = "Your account is locked,\r\nreset it at http://evil.example\u2028now\u0000\u202e\"x\"";

        String quoted = MailText.quoted(hostile);

        assertThat(quoted)
                .startsWith("\u201c")
                .endsWith("\u201d")
                .doesNotContain("\r", "\n", "\u2028", "\u0000", "\u202e", "\"");
        assertThat(quoted).isEqualTo("\u201cYour account is locked, reset it at http://evil.example now 'x'\u201d");
    }

    @Test
    void long_text_is_cut_to_a_readable_length() {
        assertThat(MailText.plain("a".repeat(5000))).hasSize(MailText.MAX).endsWith("\u2026");
        assertThat(MailText.plain(null)).isEmpty();
    }
}
