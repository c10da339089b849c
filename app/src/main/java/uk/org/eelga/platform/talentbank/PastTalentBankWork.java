package uk.org.eelga.platform.talentbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.org.eelga.shared.EnteredFrom;
import uk.org.eelga.shared.Money;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.audit.AuditLog;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.PlausibleDate;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.rls.AssociationWideRead;
import uk.org.eelga.tenancy.rls.EnteredInError;
import uk.org.eelga.tenancy.rls.OnBehalfOfCouncil;

/**
 * Talent Bank work delivered before the platform, entered by staff (issue 14 point 2): the service, the associate,
 * the days and the dates, costed and charged at the associate's day rates of the last day
 * ({@link TalentBankReference#rateOn}), with the invoice reference of the finance system. The request is recorded as
 * paid outside the platform (it is never invoiced again here) and counts in the Talent Bank figures like any other
 * delivery, labelled with who entered it, from what and when.
 */
@Singleton
public class PastTalentBankWork {

    /** The most days of one piece of past work. */
    public static final BigDecimal MAX_DAYS = new BigDecimal("1000");

    @Serdeable
    public record PastWork(
            long serviceId,
            long associateId,
            @FreeText(max = Text.PARAGRAPH, multiline = true) String scope,
            @PlausibleDate LocalDate startOn,
            @PlausibleDate LocalDate endOn,
            BigDecimal days,
            @Nullable @FreeText(max = 100) String invoiceReference,
            @FreeText(max = EnteredFrom.SOURCE_MAX) String source) {}

    /** Work entered from paper: whose, what, costed how, entered by whom, and withdrawn by whom and why if it was. */
    @Serdeable
    public record EnteredWork(
            long requestId,
            String councilId,
            String councilName,
            String serviceName,
            LocalDate startOn,
            LocalDate endOn,
            BigDecimal days,
            long chargePence,
            long costPence,
            @Nullable String invoiceReference,
            String entered,
            @Nullable String withdrawn) {}

    @Serdeable
    public record Withdrawal(@Nullable @FreeText(max = EnteredFrom.REASON_MAX, multiline = true) String reason) {}

    private final JdbcOperations jdbc;
    private final TalentBankReference reference;
    private final OnBehalfOfCouncil onBehalf;
    private final AuditLog audit;
    private final Clock clock;
    private final AssociationWideRead wideRead;
    private final EnteredInError enteredInError;

    PastTalentBankWork(
            JdbcOperations jdbc,
            TalentBankReference reference,
            OnBehalfOfCouncil onBehalf,
            AuditLog audit,
            Clock clock,
            AssociationWideRead wideRead,
            EnteredInError enteredInError) {
        this.wideRead = wideRead;
        this.enteredInError = enteredInError;
        this.jdbc = jdbc;
        this.reference = reference;
        this.onBehalf = onBehalf;
        this.audit = audit;
        this.clock = clock;
    }

    public EnteredWork enter(Caller staff, String councilId, PastWork work) {
        staff.requireStaff("Only association staff enter past Talent Bank work");
        if (work == null) {
            throw CatalogueRefused.invalid("work", "Give the service, associate, dates, days and source");
        }
        String scope = work.scope() == null ? "" : work.scope().strip();
        String problem = Text.problem("the scope", scope, Text.PARAGRAPH, true);
        if (scope.isEmpty() || problem != null) {
            throw CatalogueRefused.invalid("scope", problem == null ? "Say what the work was" : problem);
        }
        LocalDate today = UkTime.today(clock);
        if (work.startOn() == null || work.endOn() == null) {
            throw CatalogueRefused.invalid("dates", "Enter the first and last day of the work");
        }
        if (work.endOn().isBefore(work.startOn()) || work.endOn().isAfter(today)) {
            throw CatalogueRefused.invalid(
                    "dates",
                    "The last day of the work must be the same as or after the first day, and not after today");
        }
        BigDecimal days = work.days();
        if (days == null
                || days.signum() <= 0
                || days.compareTo(MAX_DAYS) > 0
                || days.stripTrailingZeros().scale() > 1) {
            throw CatalogueRefused.invalid("days", "Days are more than 0 and at most 1,000, in tenths of a day");
        }
        String invoice =
                work.invoiceReference() == null || work.invoiceReference().isBlank()
                        ? null
                        : work.invoiceReference().strip();
        if (invoice != null && Text.hasControlCharacters(invoice, false)) {
            throw CatalogueRefused.invalid("invoice", "Type the invoice reference again as plain text");
        }
        EnteredFrom.check(work.source(), why -> CatalogueRefused.invalid("source", why));
        TenantId council = TenantId.given(councilId, () -> CatalogueRefused.notFound("council"));
        TalentBankReference.Rate rate = reference.rateOn(work.associateId(), work.endOn());
        return onBehalf.call(staff, council, () -> save(staff, work, scope, days, invoice, rate, today));
    }

    @Transactional
    EnteredWork save(
            Caller staff,
            PastWork work,
            String scope,
            BigDecimal days,
            @Nullable String invoice,
            TalentBankReference.Rate rate,
            LocalDate today) {
        String service = Rows.first(
                        jdbc,
                        "select name from talent_bank_service where id = ?",
                        r -> r.getString(1),
                        work.serviceId())
                .orElse(null);
        if (service == null) {
            throw CatalogueRefused.notFound("service");
        }
        String source = work.source().strip();
        long charge = TalentBankDesk.times(days, rate.chargeDayRatePence());
        long cost = TalentBankDesk.times(days, rate.costDayRatePence());
        Timestamp at = Timestamp.from(UkTime.startOf(work.startOn()));
        long requestId = Rows.one(
                jdbc,
                "insert into talent_bank_request (tenant_id, service_id, scope, start_on, end_on, status,"
                        + " requested_by, requested_at, entered_by, entered_from, entered_on, invoice_reference)"
                        + " values (app_current_tenant(), ?, ?, ?, ?, 'PAID', ?, ?, ?, ?, ?, ?) returning id",
                r -> r.getLong(1),
                work.serviceId(),
                scope,
                Date.valueOf(work.startOn()),
                Date.valueOf(work.endOn()),
                staff.email(),
                at,
                staff.displayName(),
                source,
                Date.valueOf(today),
                invoice);
        Rows.update(
                jdbc,
                "insert into talent_bank_delivery (tenant_id, request_id, associate_id, delivered_on, days,"
                        + " charge_pence, cost_pence, invoice_source_ref) values (app_current_tenant(), ?, ?, ?, ?, ?,"
                        + " ?, ?)",
                requestId,
                work.associateId(),
                Date.valueOf(work.endOn()),
                days,
                charge,
                cost,
                "entered: " + (invoice == null ? "no invoice reference" : invoice));
        String entered = EnteredFrom.label(staff.displayName(), source, today);
        Rows.update(
                jdbc,
                "insert into talent_bank_history (tenant_id, request_id, from_status, to_status, actor_email, at,"
                        + " note) values (app_current_tenant(), ?, null, 'PAID', ?, now(), ?)",
                requestId,
                staff.email(),
                entered + (invoice == null ? "" : "; invoice " + invoice));
        audit.record(
                staff,
                CurrentTenant.require(),
                "talent-bank.past-work",
                null,
                service + ": " + days.toPlainString() + " days, charge " + Money.format(charge) + ", cost "
                        + Money.format(cost) + (invoice == null ? "" : ", invoice " + invoice),
                entered);
        return Rows.first(jdbc, ENTERED + " and r.id = ?", PastTalentBankWork::enteredRow, requestId)
                .orElseThrow();
    }

    /**
     * The work entered from paper, newest first, withdrawn work too (staff, audited read): of one council, or of
     * every council when {@code councilId} is null.
     */
    public List<EnteredWork> entered(Caller staff, @Nullable String councilId) {
        staff.requireStaff("Only association staff see the Talent Bank work entered from paper");
        return councilId == null
                ? wideRead.rows(
                        staff,
                        "Talent Bank work entered from paper",
                        ENTERED + " order by r.id desc",
                        PastTalentBankWork::enteredRow)
                : wideRead.rows(
                        staff,
                        "Talent Bank work entered from paper for " + councilId,
                        ENTERED + " and r.tenant_id = ? order by r.id desc",
                        PastTalentBankWork::enteredRow,
                        councilId);
    }

    /**
     * Withdraws work entered in error (the wrong council or service, typed twice): it stays listed here with who
     * withdrew it, when and why, with a line in its history; no figure counts its delivery, it leaves the council's
     * requests and the staff pipeline, and it is never invoiced. Work requested on the platform is not withdrawn here.
     */
    public EnteredWork withdraw(Caller staff, long requestId, Withdrawal withdrawal) {
        staff.requireStaff("Only association staff withdraw Talent Bank work entered from paper");
        return enteredInError.withdraw(
                staff,
                ENTERED_IN_ERROR,
                withdrawal == null ? null : withdrawal.reason(),
                reason -> markWithdrawn(staff, requestId, reason),
                requestId);
    }

    private static final EnteredInError.Kind ENTERED_IN_ERROR = new EnteredInError.Kind(
            "Talent Bank work entered from paper",
            "select tenant_id from talent_bank_request where id = ? and entered_by is not null",
            problem -> CatalogueRefused.invalid("reason", problem),
            () -> CatalogueRefused.notFound("work entered from paper"));

    @Transactional
    EnteredWork markWithdrawn(Caller staff, long requestId, String reason) {
        // conditional: of several withdrawals at once exactly one withdraws the work, the others are told
        int changed = Rows.update(
                jdbc,
                "update talent_bank_request set withdrawn_by = ?, withdrawn_on = ?, withdrawn_reason = ?"
                        + " where id = ? and entered_by is not null and withdrawn_by is null",
                staff.displayName(),
                Date.valueOf(UkTime.today(clock)),
                reason,
                requestId);
        if (changed != 1) {
            throw CatalogueRefused.conflict("already-withdrawn", "This work is already withdrawn");
        }
        EnteredWork withdrawn = Rows.first(jdbc, ENTERED + " and r.id = ?", PastTalentBankWork::enteredRow, requestId)
                .orElseThrow();
        Rows.update(
                jdbc,
                "insert into talent_bank_history (tenant_id, request_id, from_status, to_status, actor_email, at,"
                        + " note) values (app_current_tenant(), ?, 'PAID', 'PAID', ?, now(), ?)",
                requestId,
                staff.email(),
                withdrawn.withdrawn());
        audit.record(
                staff,
                CurrentTenant.require(),
                "talent-bank.past-work.withdrawn",
                withdrawn.serviceName() + ": "
                        + withdrawn.days().stripTrailingZeros().toPlainString() + " days; " + withdrawn.entered(),
                "withdrawn",
                reason);
        return withdrawn;
    }

    private static final String ENTERED = "select r.id, r.tenant_id, c.name, s.name, r.start_on, r.end_on, d.days,"
            + " d.charge_pence, d.cost_pence, r.invoice_reference, r.entered_by, r.entered_from, r.entered_on,"
            + " r.withdrawn_by, r.withdrawn_on, r.withdrawn_reason from talent_bank_request r"
            + " join council c on c.id = r.tenant_id join talent_bank_service s on s.id = r.service_id"
            + " join talent_bank_delivery d on d.request_id = r.id where r.entered_by is not null";

    private static EnteredWork enteredRow(ResultSet r) throws SQLException {
        return new EnteredWork(
                r.getLong(1),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                r.getDate(5).toLocalDate(),
                r.getDate(6).toLocalDate(),
                r.getBigDecimal(7),
                r.getLong(8),
                r.getLong(9),
                r.getString(10),
                EnteredFrom.label(
                        r.getString(11), r.getString(12), r.getDate(13).toLocalDate()),
                r.getString(14) == null
                        ? null
                        : EnteredFrom.withdrawnLabel(
                                r.getString(14), r.getDate(15).toLocalDate(), r.getString(16)));
    }
}
