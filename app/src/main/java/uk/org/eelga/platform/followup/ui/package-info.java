/** Follow-up commitment pages: the portal's list of the council's commitments, the console's record and complete. */
package uk.org.eelga.platform.followup.ui;
