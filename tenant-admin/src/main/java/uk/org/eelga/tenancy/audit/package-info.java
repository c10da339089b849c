/** The append-only audit log of administrative actions: who, when, what, on which council, before and after. */
@Uses({"tenancy.input", "tenancy.rls", "tenancy.ui"})
package uk.org.eelga.tenancy.audit;

import uk.org.eelga.shared.Uses;
