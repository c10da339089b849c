package uk.org.eelga.platform.appraisal;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.rls.AssociationWideRead;

/**
 * Figures on appraisal support for the performance framework ("number of unmet requests: 0"), from the requests.
 *
 * <p>An <b>unmet request</b> of year Y is a request made in calendar year Y (UK time) that was either declined, or
 * not delivered by 31 December of Y (still open, or delivered later). While Y is still running, only declined
 * requests count: an open request can still be met. Requests still open in a running year are reported apart.
 */
@Singleton
public class AppraisalFigures {

    private final AssociationWideRead wideRead;
    private final Clock clock;

    AppraisalFigures(AssociationWideRead wideRead, Clock clock) {
        this.wideRead = wideRead;
        this.clock = clock;
    }

    public UnmetRequests unmetRequests(Caller reader, int year) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        boolean yearOver = UkTime.today(clock).isAfter(yearEnd);
        return wideRead.read(reader, "appraisal figures: unmet requests " + year, connection -> {
            try (var select =
                    connection.prepareStatement("select id, tenant_id, status, delivered_on from appraisal_request"
                            + " where requested_at >= ? and requested_at < ? and withdrawn_by is null order by id")) {
                select.setTimestamp(1, Timestamp.from(UkTime.startOf(LocalDate.of(year, 1, 1))));
                select.setTimestamp(2, Timestamp.from(UkTime.startOf(LocalDate.of(year + 1, 1, 1))));
                int total = 0;
                int stillOpen = 0;
                List<UnmetRequest> unmet = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        total++;
                        AppraisalStatus status = AppraisalStatus.valueOf(rows.getString("status"));
                        java.sql.Date delivered = rows.getDate("delivered_on");
                        String reason = null;
                        if (status == AppraisalStatus.DECLINED) {
                            reason = "declined";
                        } else if (yearOver
                                && (delivered == null || delivered.toLocalDate().isAfter(yearEnd))) {
                            reason = delivered == null ? "not delivered by year end" : "delivered after year end";
                        } else if (status.isOpen()) {
                            stillOpen++;
                        }
                        if (reason != null) {
                            unmet.add(new UnmetRequest(rows.getLong("id"), rows.getString("tenant_id"), reason));
                        }
                    }
                }
                return new UnmetRequests(year, unmet.size(), unmet, total, yearOver ? 0 : stillOpen);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not count unmet appraisal requests", e);
            }
        });
    }

    /** The count and the requests behind it; {@code stillOpen} only while the year runs. */
    @Serdeable
    public record UnmetRequests(int year, int count, List<UnmetRequest> requests, int requestsMade, int stillOpen) {}

    @Serdeable
    public record UnmetRequest(long requestId, String councilId, String reason) {}
}
