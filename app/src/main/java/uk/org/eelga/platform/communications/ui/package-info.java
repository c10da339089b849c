/** Communications pages: the portal's archive; the console's record of what was sent and the meetings briefed. */
package uk.org.eelga.platform.communications.ui;
