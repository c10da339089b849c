/** The coaching programme's pages: the portal's booking page and the console's programme page. */
package uk.org.eelga.platform.coaching.ui;
