package uk.org.eelga.tenancy;

/** Tenant-owned data was touched outside a council's unit of work: a programming error, never a user's. */
public class NoTenantException extends IllegalStateException {
    public NoTenantException() {
        super("No council is bound to this unit of work; tenant-owned data cannot be read or written");
    }
}
