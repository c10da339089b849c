package uk.org.eelga.platform.talentbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** What the association quoted for a request (tenant-owned). */
@MappedEntity("talent_bank_quote")
record Quote(
        @Id @GeneratedValue @Nullable Long id,
        @TenantId @Nullable String tenantId,
        long requestId,
        Pricing pricing,
        @Nullable BigDecimal days,
        @Nullable Long dayRatePence,
        long amountPence,
        LocalDate expiresOn,
        QuoteStatus status,
        String quotedBy,
        Instant quotedAt,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt) {

    Quote decided(QuoteStatus next, String by, Instant at) {
        return new Quote(
                id,
                tenantId,
                requestId,
                pricing,
                days,
                dayRatePence,
                amountPence,
                expiresOn,
                next,
                quotedBy,
                quotedAt,
                by,
                at);
    }
}
