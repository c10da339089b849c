package uk.org.eelga.platform.epaycheck;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A council's ePayCheck standing for a financial year: whether it subscribes, whether it is suspended (a pay award's
 * update-by date has passed and it has not submitted since the award was agreed), and when it last submitted.
 */
@Serdeable
public record Standing(
        String councilId,
        String councilName,
        String yearLabel,
        boolean subscribed,
        @Nullable Long invoiceId,
        boolean suspended,
        @Nullable String awardTitle,
        @Nullable LocalDate awardAgreedOn,
        @Nullable LocalDate awardUpdateBy,
        @Nullable Instant lastSubmittedAt) {

    /** May see the regional benchmarks. */
    public boolean seesBenchmarks() {
        return subscribed && !suspended;
    }
}
