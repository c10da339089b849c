/**
 * What every HTTP response of the platform carries, pages and API alike: security headers (Content-Security-Policy
 * Vaadin works with, no framing, no sniffing, referrer policy, HSTS on https), and Jetty's own settings (no
 * {@code Server} version, {@code X-Forwarded-*} only from the configured proxies, secure session cookies on https); request bodies
 * are bounded (413 before a body larger than its limit is read into memory).
 */
@Uses({"platform.api", "platform.signin"})
package uk.org.eelga.platform.web;

import uk.org.eelga.shared.Uses;
