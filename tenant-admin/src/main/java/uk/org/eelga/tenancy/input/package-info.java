/**
 * The platform's rules for what people type and send: free text has a maximum length and no control characters,
 * dates lie in a sane range. The same rules serve the API's request records (as validation annotations) and the
 * services the pages call (as plain checks), so a limit cannot be dodged by using the other door.
 */
@Uses
package uk.org.eelga.tenancy.input;

import uk.org.eelga.shared.Uses;
