/** The reconcile check: Keycloak's organisations and members against the council register and its people. */
package uk.org.eelga.tenancy.reconcile;
