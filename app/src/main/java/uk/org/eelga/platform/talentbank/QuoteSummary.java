package uk.org.eelga.platform.talentbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A quote; amounts in pence. {@code expired}: open but past its expiry date, so it can no longer be accepted. */
@Serdeable
public record QuoteSummary(
        long id,
        Pricing pricing,
        @Nullable BigDecimal days,
        @Nullable Long dayRatePence,
        long amountPence,
        LocalDate expiresOn,
        QuoteStatus status,
        boolean expired) {}
