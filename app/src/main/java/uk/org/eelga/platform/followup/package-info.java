/**
 * Follow-up commitments: what the association committed to do for a council (contact after a Peer Challenge,
 * respond to a request for the Joint Secretaries' intervention), by when, and when it was done; on time or late.
 */
@Uses({"platform.framework"})
package uk.org.eelga.platform.followup;

import uk.org.eelga.shared.Uses;
