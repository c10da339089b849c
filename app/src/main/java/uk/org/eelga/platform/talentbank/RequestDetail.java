package uk.org.eelga.platform.talentbank;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A request with everything recorded against it. */
@Serdeable
public record RequestDetail(
        RequestSummary request,
        List<QuoteSummary> quotes,
        List<Assigned> assigned,
        List<Delivered> delivered,
        List<Change> history) {

    @Serdeable
    public record Assigned(long associateId, String associate, BigDecimal plannedDays, LocalDate startsOn) {}

    @Serdeable
    public record Delivered(
            long id, String associate, LocalDate deliveredOn, BigDecimal days, long chargePence, boolean invoiced) {}

    @Serdeable
    public record Change(String from, String to, String by, Instant at, String note) {}
}
