package uk.org.eelga.platform.appraisal;

import jakarta.inject.Singleton;
import java.util.List;
import uk.org.eelga.tenancy.merge.CarriedKind;
import uk.org.eelga.tenancy.merge.CouncilMergeListener;
import uk.org.eelga.tenancy.merge.CouncilMerged;
import uk.org.eelga.tenancy.merge.OpenItemCarrier;

/** When councils merge, their requested and scheduled appraisal support becomes the successor's. */
@Singleton
class AppraisalRequestsCarryOver implements CouncilMergeListener {

    private static final String OPEN = "select id from appraisal_request"
            + " where tenant_id = ? and status in ('REQUESTED', 'SCHEDULED') order by id";
    private static final List<String> MOVE = List.of("update appraisal_request set tenant_id = ? where id = any(?)");

    private final OpenItemCarrier carrier;

    AppraisalRequestsCarryOver(OpenItemCarrier carrier) {
        this.carrier = carrier;
    }

    @Override
    public void councilsMerged(CouncilMerged merge) {
        carrier.moveFromEach(merge, CarriedKind.APPRAISAL_REQUEST, OPEN, MOVE);
    }
}
