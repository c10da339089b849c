/** The REST API of member communications: the councils' archive; staff's records and LGA Executive meetings. */
package uk.org.eelga.platform.communications.api;
