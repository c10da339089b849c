package uk.org.eelga.platform.talentbank;

import jakarta.inject.Singleton;
import java.util.List;
import uk.org.eelga.tenancy.merge.CarriedKind;
import uk.org.eelga.tenancy.merge.MovesOpenItems;
import uk.org.eelga.tenancy.merge.OpenItemCarrier;

/**
 * When councils merge, Talent Bank requests not yet invoiced become the successor's with their quotes,
 * assignments, deliveries and history (the successor is now the client and will be invoiced). Invoiced and paid
 * requests stay with the predecessor; their unpaid invoices carry over as invoices do.
 */
@Singleton
class TalentBankRequestsCarryOver extends MovesOpenItems {

    private static final String OPEN = "select id from talent_bank_request where tenant_id = ?"
            + " and status in ('REQUESTED', 'QUOTED', 'ACCEPTED', 'SCHEDULED', 'DELIVERED') order by id";
    private static final List<String> MOVE = List.of(
            "update talent_bank_request set tenant_id = ? where id = any(?)",
            "update talent_bank_quote set tenant_id = ? where request_id = any(?)",
            "update talent_bank_assignment set tenant_id = ? where request_id = any(?)",
            "update talent_bank_delivery set tenant_id = ? where request_id = any(?)",
            "update talent_bank_history set tenant_id = ? where request_id = any(?)");

    TalentBankRequestsCarryOver(OpenItemCarrier carrier) {
        super(carrier, CarriedKind.TALENT_BANK_REQUEST, OPEN, MOVE);
    }
}
