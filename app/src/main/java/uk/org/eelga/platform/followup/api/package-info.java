/** The REST API of follow-up commitments: staff record and complete them; a council reads its own. */
package uk.org.eelga.platform.followup.api;
