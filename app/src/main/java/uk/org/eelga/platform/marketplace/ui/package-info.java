/** Marketplace pages: the portal's listings, offers, enquiries and trades; the console's activity by council. */
package uk.org.eelga.platform.marketplace.ui;
