package uk.org.eelga.platform.appraisal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.org.eelga.shared.EnteredFrom;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.audit.AuditLog;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.rls.AssociationWideRead;
import uk.org.eelga.tenancy.rls.EnteredInError;

/**
 * Appraisal support entered from paper ({@link AppraisalSupport#enterPast}) as staff review it: every council's,
 * withdrawn too, and one entered in error (the wrong council, typed twice) withdrawn with the reason. A withdrawn
 * entry stays listed here with who withdrew it, when and why; no figure counts it (requests made, met, unmet), it
 * leaves the council's requests and the console, and a merge does not carry it.
 */
@Singleton
public class PastAppraisals {

    /** Support entered from paper: whose, what happened, entered by whom, and withdrawn by whom and why if it was. */
    @Serdeable
    public record EnteredSupport(
            long id,
            String councilId,
            String councilName,
            LocalDate requestedOn,
            AppraisalStatus status,
            @Nullable LocalDate deliveredOn,
            String entered,
            @Nullable String withdrawn) {

        /** "requested 3 March 2017, delivered 12 May 2017", as the back-office page lists it. */
        public String outcome() {
            return "requested " + UkTime.date(requestedOn)
                    + (deliveredOn != null
                            ? ", delivered " + UkTime.date(deliveredOn)
                            : status == AppraisalStatus.DECLINED ? ", declined" : ", not delivered");
        }
    }

    @Serdeable
    public record Withdrawal(@Nullable @FreeText(max = EnteredFrom.REASON_MAX, multiline = true) String reason) {}

    private final JdbcOperations jdbc;
    private final AssociationWideRead wideRead;
    private final EnteredInError enteredInError;
    private final AuditLog audit;
    private final Clock clock;

    PastAppraisals(
            JdbcOperations jdbc,
            AssociationWideRead wideRead,
            EnteredInError enteredInError,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.wideRead = wideRead;
        this.enteredInError = enteredInError;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The support entered from paper, newest first, withdrawn too (staff, audited read): of one council, or of every
     * council when {@code councilId} is null.
     */
    public List<EnteredSupport> entered(Caller staff, @Nullable String councilId) {
        staff.requireStaff(() -> new AppraisalRefused("not-leader", "Only association staff see past support."));
        return councilId == null
                ? wideRead.rows(
                        staff,
                        "appraisal support entered from paper",
                        ENTERED + " order by r.id desc",
                        PastAppraisals::enteredRow)
                : wideRead.rows(
                        staff,
                        "appraisal support entered from paper for " + councilId,
                        ENTERED + " and r.tenant_id = ? order by r.id desc",
                        PastAppraisals::enteredRow,
                        councilId);
    }

    /** Withdraws support entered in error; support the council requested on the platform is not withdrawn here. */
    public EnteredSupport withdraw(Caller staff, long id, Withdrawal withdrawal) {
        staff.requireStaff(() -> new AppraisalRefused("not-leader", "Only association staff withdraw past support."));
        return enteredInError.withdraw(
                staff,
                ENTERED_IN_ERROR,
                withdrawal == null ? null : withdrawal.reason(),
                reason -> markWithdrawn(staff, id, reason),
                id);
    }

    private static final EnteredInError.Kind ENTERED_IN_ERROR = new EnteredInError.Kind(
            "appraisal support entered from paper",
            "select tenant_id from appraisal_request where id = ? and entered_by is not null",
            problem -> new AppraisalRefused("reason", problem + "."),
            AppraisalNotFound::new);

    @Transactional
    EnteredSupport markWithdrawn(Caller staff, long id, String reason) {
        // conditional: of several withdrawals at once exactly one withdraws it, the others are told
        int changed = Rows.update(
                jdbc,
                "update appraisal_request set withdrawn_by = ?, withdrawn_on = ?, withdrawn_reason = ?"
                        + " where id = ? and entered_by is not null and withdrawn_by is null",
                staff.displayName(),
                Date.valueOf(UkTime.today(clock)),
                reason,
                id);
        if (changed != 1) {
            throw new AppraisalRefused("already-withdrawn", "This support is already withdrawn.");
        }
        EnteredSupport withdrawn = Rows.first(jdbc, ENTERED + " and r.id = ?", PastAppraisals::enteredRow, id)
                .orElseThrow();
        audit.record(
                staff,
                CurrentTenant.require(),
                "appraisal.past.withdrawn",
                "Support " + withdrawn.outcome() + "; " + withdrawn.entered(),
                "withdrawn",
                reason);
        return withdrawn;
    }

    private static final String ENTERED = "select r.id, r.tenant_id, c.name, r.requested_at, r.status,"
            + " r.delivered_on, r.entered_by, r.entered_from, r.entered_on, r.withdrawn_by, r.withdrawn_on,"
            + " r.withdrawn_reason from appraisal_request r join council c on c.id = r.tenant_id"
            + " where r.entered_by is not null";

    private static EnteredSupport enteredRow(ResultSet r) throws SQLException {
        Date delivered = r.getDate(6);
        return new EnteredSupport(
                r.getLong(1),
                r.getString(2),
                r.getString(3),
                UkTime.dateOf(r.getTimestamp(4).toInstant()),
                AppraisalStatus.valueOf(r.getString(5)),
                delivered == null ? null : delivered.toLocalDate(),
                EnteredFrom.label(r.getString(7), r.getString(8), r.getDate(9).toLocalDate()),
                r.getString(10) == null
                        ? null
                        : EnteredFrom.withdrawnLabel(
                                r.getString(10), r.getDate(11).toLocalDate(), r.getString(12)));
    }
}
