package uk.org.eelga.platform.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which invoice page addresses from Stripe may become a council's "View and pay" link. */
class HostedInvoiceUrlsTest {

    private final HostedInvoiceUrls production = new HostedInvoiceUrls((String) null);
    private final HostedInvoiceUrls withStub = new HostedInvoiceUrls("http://127.0.0.1:43210");

    @Test
    void stripes_own_https_invoice_pages_are_kept() {
        for (String url : List.of(
                "https://invoice.stripe.com/i/acct_1Abc/test_YWNjdF8x?s=ap",
                "https://pay.stripe.com/invoice/acct_1Abc/invst_x",
                "https://INVOICE.stripe.com/i/acct_1",
                "https://invoice.stripe.com:443/i/acct_1")) {
            assertThat(production.accepted(url)).as(url).isEqualTo(url);
        }
    }

    @Test
    void scripts_other_hosts_plain_http_and_look_alikes_are_not_kept() {
        for (String url : List.of(
                "javascript:alert(document.cookie)",
                "JavaScript:alert(1)",
                " javascript:alert(1)",
                "data:text/html,<script>alert(1)</script>",
                "vbscript:msgbox(1)",
                "http://invoice.stripe.com/i/acct_1",
                "https://invoice.stripe.com.evil.example/i/acct_1",
                "https://evil.example/invoice.stripe.com",
                "https://evil.example/?u=https://invoice.stripe.com",
                "https://user@invoice.stripe.com/i/acct_1",
                "https://invoice.stripe.com@evil.example/i",
                "https://invoice.stripe.com:8443/i/acct_1",
                "https://stripe.com/i/acct_1",
                "https://checkout.stripe.com/c/pay/x",
                "//invoice.stripe.com/i/acct_1",
                "/hosted/in_1",
                "https://invoice.stripe.com/i/a\nb",
                "https://invoice.stripe.com/i/a\tb",
                "https://invoice.stripe.com/i/" + "a".repeat(3000),
                "https://invoice.stripe.com\\@evil.example/",
                "")) {
            assertThat(production.accepted(url)).as(url).isNull();
        }
        assertThat(production.accepted(null)).isNull();
    }

    @Test
    void the_configured_api_base_is_allowed_only_with_its_own_scheme_host_and_port() {
        assertThat(withStub.accepted("http://127.0.0.1:43210/hosted/in_1")).isNotNull();
        assertThat(withStub.accepted("https://invoice.stripe.com/i/acct_1")).isNotNull();
        assertThat(withStub.accepted("http://127.0.0.1:43211/hosted/in_1")).isNull();
        assertThat(withStub.accepted("http://127.0.0.2:43210/hosted/in_1")).isNull();
        assertThat(withStub.accepted("https://127.0.0.1:43210/hosted/in_1")).isNull();
        assertThat(withStub.accepted("javascript://127.0.0.1:43210/%0aalert(1)"))
                .isNull();
        assertThat(production.accepted("http://127.0.0.1:43210/hosted/in_1")).isNull();
    }
}
