/** Pages of engagement: the council's summary, events, and the console's meetings, attendance and regional table. */
package uk.org.eelga.platform.engagement.ui;
