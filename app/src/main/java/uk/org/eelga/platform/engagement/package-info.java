/**
 * Engagement: the association's groups and who is expected at them, meetings and events, attendance and event
 * registrations, and each council's engagement summary beside the regional median.
 */
@Uses({"platform.framework", "platform.mail"})
package uk.org.eelga.platform.engagement;

import uk.org.eelga.shared.Uses;
