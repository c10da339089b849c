/**
 * Onboarding a council: its row in the register, its Keycloak organisation and its first admin's invitation, in
 * an order that a retry completes and a failure leaves visible (status ONBOARDING with the last step done).
 */
package uk.org.eelga.tenancy.onboarding;
