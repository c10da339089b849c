/** The REST API of the marketplace: a council's listings, enquiries and trades; staff's view of activity. */
package uk.org.eelga.platform.marketplace.api;
