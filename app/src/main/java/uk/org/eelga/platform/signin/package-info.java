/**
 * Signing in to the pages with Keycloak: the OpenID Connect authorization-code flow with PKCE, token
 * verification, and the decision (from the verified organisation claim) whether and as whom a person gets in.
 */
@Uses({"platform.ui"})
package uk.org.eelga.platform.signin;

import uk.org.eelga.shared.Uses;
