/**
 * A council's data export: every row the council owns, from every table with a tenant_id column (found in
 * information_schema, so new features are included without code), as JSON and CSV in a zip.
 */
@Uses({"tenancy.audit"})
package uk.org.eelga.tenancy.export;

import uk.org.eelga.shared.Uses;
