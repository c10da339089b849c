package uk.org.eelga.platform.signin;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code eelga.sessions.*}: how long a page session lasts.
 *
 * @param idleTimeout      signed out after this long without a request of the person's own (Vaadin's heartbeat does
 *                         not count); {@code EELGA_SESSION_IDLE_TIMEOUT}, 30 minutes by default
 * @param absoluteLifetime signed out this long after signing in, however active; {@code EELGA_SESSION_MAX_LIFETIME},
 *                         10 hours by default
 */
@ConfigurationProperties("eelga.sessions")
public record SessionSettings(
        @Bindable(defaultValue = "30m") Duration idleTimeout,
        @Bindable(defaultValue = "10h") Duration absoluteLifetime) {}
