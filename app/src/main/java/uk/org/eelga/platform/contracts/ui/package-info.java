/** Contract database pages: the portal's register, reminders and regional search; the console's participation and chances. */
package uk.org.eelga.platform.contracts.ui;
