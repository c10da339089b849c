package uk.org.eelga.platform.talentbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.PlausibleDate;
import uk.org.eelga.tenancy.input.Text;

/**
 * What a council asks for. The limits are checked again by {@link TalentBankRequests}, for the portal page too.
 *
 * @param budget in pounds as typed ("12,500" or "12500.00"), optional
 */
@Serdeable
public record NewRequest(
        long serviceId,
        @FreeText(max = Text.PARAGRAPH, multiline = true) String scope,
        @PlausibleDate LocalDate startOn,
        @PlausibleDate LocalDate endOn,
        @Nullable @FreeText(max = 30) String budget,
        @Nullable @FreeText(max = NewRequest.PO_NUMBER_MAX) String poNumber) {

    public static final int PO_NUMBER_MAX = 100;
    /** How far ahead work can be asked for, and how long it can run. */
    public static final int YEARS_AHEAD = 5;
}
