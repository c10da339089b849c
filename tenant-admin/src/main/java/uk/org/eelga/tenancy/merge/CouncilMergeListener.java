package uk.org.eelga.tenancy.merge;

/**
 * The hook for features whose open items must carry over when councils merge (open bookings, unpaid invoices).
 * Every {@code @Singleton} implementing it is called inside the merge's database transaction, after the
 * predecessors point to their successor: throwing refuses the whole merge (nothing is changed).
 *
 * <p>Rules for implementations: never rewrite a predecessor's history (its {@code tenant_id} stays); move or copy
 * only what is still open. To write the successor's rows run under {@code OnBehalfOfCouncil} for the successor (as
 * {@link CouncilMerged#by()}), or re-label rows with {@link OpenItemCarrier}; to close a predecessor's open item, act
 * on behalf of the predecessor. Record what moved with {@code AuditLog}.
 */
public interface CouncilMergeListener {

    void councilsMerged(CouncilMerged merge);
}
