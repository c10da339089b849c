/**
 * Who is signed in: roles, the council a verified identity belongs to, and the decision whether it may use the
 * platform. Pages and the REST API both take the council from here, never from the request.
 */
@Uses({"tenancy.council"})
package uk.org.eelga.tenancy.identity;

import uk.org.eelga.shared.Uses;
