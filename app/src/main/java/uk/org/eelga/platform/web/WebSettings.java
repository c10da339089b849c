package uk.org.eelga.platform.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.List;

/**
 * {@code eelga.web.*}.
 *
 * @param trustedProxies the addresses of the reverse proxies whose {@code X-Forwarded-*} headers are believed
 *                       ({@code EELGA_TRUSTED_PROXIES}, comma-separated IP addresses); from anyone else they are ignored
 */
@ConfigurationProperties("eelga.web")
public record WebSettings(@Bindable(defaultValue = "") List<String> trustedProxies) {

    public WebSettings {
        trustedProxies = trustedProxies == null
                ? List.of()
                : trustedProxies.stream()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
