/** REST endpoints of engagement: staff plan meetings and keep attendance; councils register and read summaries. */
package uk.org.eelga.platform.engagement.api;
