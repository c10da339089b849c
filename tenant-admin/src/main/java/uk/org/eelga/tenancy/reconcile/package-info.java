/** The reconcile check: Keycloak's organisations and members against the council register and its people. */
@Uses({"tenancy.council", "tenancy.keycloak", "tenancy.rls", "tenancy.signinprovider", "tenancy.ui"})
package uk.org.eelga.tenancy.reconcile;

import uk.org.eelga.shared.Uses;
