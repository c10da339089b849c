package uk.org.eelga.platform.appraisal;

import jakarta.inject.Singleton;
import java.util.List;
import uk.org.eelga.tenancy.merge.CarriedKind;
import uk.org.eelga.tenancy.merge.MovesOpenItems;
import uk.org.eelga.tenancy.merge.OpenItemCarrier;

/** When councils merge, their requested and scheduled appraisal support becomes the successor's. */
@Singleton
class AppraisalRequestsCarryOver extends MovesOpenItems {

    private static final String OPEN = "select id from appraisal_request"
            + " where tenant_id = ? and status in ('REQUESTED', 'SCHEDULED') and withdrawn_by is null order by id";
    private static final List<String> MOVE = List.of("update appraisal_request set tenant_id = ? where id = any(?)");

    AppraisalRequestsCarryOver(OpenItemCarrier carrier) {
        super(carrier, CarriedKind.APPRAISAL_REQUEST, OPEN, MOVE);
    }
}
