package uk.org.eelga.platform.framework;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A manual figure as entered (the evidence file itself is fetched separately). */
@Serdeable
public record ManualValue(
        long id,
        long measureId,
        String period,
        @Nullable BigDecimal value,
        @Nullable LocalDate valueDate,
        Rag rag,
        String commentary,
        @Nullable String redNote,
        @Nullable String evidenceLink,
        @Nullable String evidenceFileName,
        Status status,
        String enteredBy,
        Instant enteredAt,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt) {

    public enum Status {
        PENDING,
        ACCEPTED,
        REJECTED
    }
}
