/**
 * Onboarding a council: its row in the register, its Keycloak organisation and its first admin's invitation, in
 * an order that a retry completes and a failure leaves visible (status ONBOARDING with the last step done).
 */
@Uses({"tenancy.audit", "tenancy.council", "tenancy.input", "tenancy.keycloak", "tenancy.ui"})
package uk.org.eelga.tenancy.onboarding;

import uk.org.eelga.shared.Uses;
