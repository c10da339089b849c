/**
 * Operations: Micrometer metrics in Prometheus format on a management port of their own ({@link ManagementServer},
 * never the public one), one request id per request in every log line and in the access log
 * ({@link RequestObservation}), and the platform's own meters ({@link PlatformMeters}).
 */
@Uses({"platform.billing"})
package uk.org.eelga.platform.ops;

import uk.org.eelga.shared.Uses;
