package uk.org.eelga.platform.talentbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import uk.org.eelga.shared.Money;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.audit.AuditLog;

/**
 * The Talent Bank's gross-profit targets per financial year, for the whole bank or one area, kept by association
 * staff on a page (a fresh install had no way to set one): the Talent Bank's figures by year say whether each was
 * met. Shared table ({@code talent_bank_target}); every change is audited.
 */
@Singleton
public class TalentBankTargets {

    /** The highest target accepted (£10,000,000): more is a typing mistake. */
    public static final long MAX_TARGET_PENCE = 1_000_000_000L;

    /** A target; {@code areaId} null for the whole bank, whose {@code areaName} is "The whole Talent Bank". */
    @Serdeable
    public record Target(String financialYear, @Nullable String areaId, String areaName, long grossProfitPence) {}

    /** What to set: the area (null or empty for the whole bank) and the target in pence. */
    @Serdeable
    public record TargetDraft(@Nullable String areaId, @Nullable Long grossProfitPence) {}

    static final String WHOLE_BANK = "The whole Talent Bank";

    private static final String SELECT = "select t.financial_year, t.area_id, coalesce(a.name, '" + WHOLE_BANK + "'),"
            + " t.gross_profit_pence from talent_bank_target t left join talent_bank_area a on a.id = t.area_id";

    private final JdbcOperations jdbc;
    private final AuditLog audit;

    TalentBankTargets(JdbcOperations jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Every target, newest year first, the whole bank's before its areas'. */
    @ReadOnly
    public List<Target> targets() {
        return Rows.all(
                jdbc,
                SELECT + " order by t.financial_year desc, t.area_id is not null, a.sort_order",
                r -> new Target(r.getString(1), r.getString(2), r.getString(3), r.getLong(4)));
    }

    /** Sets (adds or corrects) the target of a year for the whole bank or one area. */
    @Transactional
    public Target set(Caller staff, String year, TargetDraft draft) {
        staff.requireStaff("Only association staff set Talent Bank targets");
        String y = validYear(year);
        String area = area(draft == null ? null : draft.areaId());
        Long pence = draft == null ? null : draft.grossProfitPence();
        if (pence == null || pence <= 0 || pence > MAX_TARGET_PENCE) {
            throw CatalogueRefused.invalid("target", "The gross-profit target is more than £0 and at most £10,000,000");
        }
        Optional<Target> before = find(y, area, true);
        Rows.update(
                jdbc,
                "insert into talent_bank_target (financial_year, area_id, gross_profit_pence) values (?, ?, ?)"
                        + " on conflict (financial_year, area_id) do update"
                        + " set gross_profit_pence = excluded.gross_profit_pence",
                y,
                area,
                pence);
        Target after = find(y, area, false).orElseThrow();
        audit.record(
                staff,
                null,
                "talent-bank.target.set",
                before.map(TalentBankTargets::describe).orElse(null),
                describe(after),
                null);
        return after;
    }

    /** Removes a target set in error: the year's figures then say it has none. */
    @Transactional
    public Target remove(Caller staff, String year, @Nullable String areaId) {
        staff.requireStaff("Only association staff remove Talent Bank targets");
        String y = validYear(year);
        String area = area(areaId);
        Target removed = find(y, area, true).orElseThrow(() -> CatalogueRefused.notFound("target"));
        Rows.update(
                jdbc,
                "delete from talent_bank_target where financial_year = ? and area_id is not distinct from ?",
                y,
                area);
        audit.record(staff, null, "talent-bank.target.removed", describe(removed), null, null);
        return removed;
    }

    private Optional<Target> find(String year, @Nullable String area, boolean lock) {
        return Rows.first(
                jdbc,
                SELECT + " where t.financial_year = ? and t.area_id is not distinct from ?"
                        + (lock ? " for update of t" : ""),
                r -> new Target(r.getString(1), r.getString(2), r.getString(3), r.getLong(4)),
                year,
                area);
    }

    /** The area's id when it is one of the Talent Bank's areas; null for the whole bank. */
    @Nullable
    private String area(@Nullable String areaId) {
        if (areaId == null || areaId.isBlank()) {
            return null;
        }
        if (!Rows.any(jdbc, "select 1 from talent_bank_area where id = ?", areaId.strip())) {
            throw CatalogueRefused.invalid("area", "Choose one of the Talent Bank's areas, or the whole Talent Bank");
        }
        return areaId.strip();
    }

    private static String validYear(String year) {
        try {
            ReportingPeriod period = ReportingPeriod.parse(year);
            if (!period.isWholeYear()) {
                throw new IllegalArgumentException();
            }
            return period.label();
        } catch (IllegalArgumentException e) {
            throw CatalogueRefused.invalid("year", "Enter the financial year like 2026-27");
        }
    }

    private static String describe(Target target) {
        return target.financialYear() + " " + target.areaName() + ": " + Money.format(target.grossProfitPence());
    }
}
