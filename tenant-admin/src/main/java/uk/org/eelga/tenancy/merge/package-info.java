/**
 * Reorganisation: two or more councils merge into a successor from a date. Predecessors keep their history
 * (nothing is re-attributed); the successor reads it through the lineage ({@link
 * uk.org.eelga.tenancy.merge.CouncilLineage}); features move their open items in {@link
 * uk.org.eelga.tenancy.merge.CouncilMergeListener}s, inside the merge's transaction.
 */
@Uses({"tenancy.audit", "tenancy.council", "tenancy.input", "tenancy.keycloak", "tenancy.signinprovider", "tenancy.ui"})
package uk.org.eelga.tenancy.merge;

import uk.org.eelga.shared.Uses;
