/** The coaching programme's REST API: councils book and cancel places; staff keep sessions and attendance. */
package uk.org.eelga.platform.coaching.api;
