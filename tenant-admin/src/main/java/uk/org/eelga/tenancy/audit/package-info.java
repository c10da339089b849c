/** The append-only audit log of administrative actions: who, when, what, on which council, before and after. */
package uk.org.eelga.tenancy.audit;
