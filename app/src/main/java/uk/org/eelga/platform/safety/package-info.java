/** Fail closed: the platform refuses to start in production with any development default, and names each one. */
@Uses
package uk.org.eelga.platform.safety;

import uk.org.eelga.shared.Uses;
