/**
 * Engagement: the association's groups and who is expected at them, meetings and events, attendance and event
 * registrations, and each council's engagement summary beside the regional median.
 */
package uk.org.eelga.platform.engagement;
