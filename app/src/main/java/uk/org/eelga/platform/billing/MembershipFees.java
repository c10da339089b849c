package uk.org.eelga.platform.billing;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import uk.org.eelga.shared.Money;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.audit.AuditLog;
import uk.org.eelga.tenancy.council.CouncilKind;

/**
 * The annual membership fee per kind of council and financial year, kept by association staff (issue 14 point 1):
 * the membership invoicing run bills each active council its kind's fee for the year. Shared table
 * ({@code billing_membership_fee}); every change is audited.
 */
@Singleton
public class MembershipFees {

    /** The highest fee accepted (£1,000,000): more is a typing mistake. */
    public static final long MAX_FEE_PENCE = 100_000_000L;

    @Serdeable
    public record Fee(
            String financialYear, CouncilKind councilKind, long feePence, BigDecimal vatRate, boolean invoiced) {}

    @Serdeable
    public record FeeDraft(long feePence, BigDecimal vatRate) {}

    private final JdbcOperations jdbc;
    private final AuditLog audit;

    MembershipFees(JdbcOperations jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The fees of a year (or every year when {@code year} is null), newest year first. */
    @ReadOnly
    public List<Fee> fees(String year) {
        String y = year == null ? null : validYear(year);
        return Rows.all(
                        jdbc,
                        "select financial_year, council_kind, fee_pence, vat_rate, first_invoiced_at is not null"
                                + " from billing_membership_fee"
                                + " where (?::text is null or financial_year = ?)"
                                + " order by financial_year desc, council_kind",
                        MembershipFees::fee,
                        y,
                        y)
                .stream()
                .flatMap(Optional::stream)
                .toList();
    }

    /** The fee on the row, or none when the row names a kind of council this version does not know. */
    private static Optional<Fee> fee(ResultSet r) throws SQLException {
        CouncilKind kind;
        try {
            kind = CouncilKind.valueOf(r.getString(2));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(new Fee(r.getString(1), kind, r.getLong(3), r.getBigDecimal(4), r.getBoolean(5)));
    }

    /**
     * Sets (adds or corrects) the fee of one kind of council for one year. A fee the membership invoicing run has
     * billed with is kept as billed: changing it is refused, saying why.
     */
    @Transactional
    public Fee set(Caller staff, String year, CouncilKind kind, FeeDraft draft) {
        staff.requireStaff(() -> new InvalidFee("forbidden", "Only association staff set membership fees"));
        String y = validYear(year);
        if (kind == null) {
            throw new InvalidFee("kind", "Choose the kind of council: county, unitary or district");
        }
        if (draft == null || draft.feePence() < 0 || draft.feePence() > MAX_FEE_PENCE) {
            throw new InvalidFee("fee", "The fee is £0 to £1,000,000");
        }
        BigDecimal vat = draft.vatRate() == null ? BigDecimal.ZERO : draft.vatRate();
        if (vat.signum() < 0 || vat.compareTo(BigDecimal.valueOf(100)) > 0 || vat.scale() > 2) {
            throw new InvalidFee("vat", "The VAT rate is a percentage from 0 to 100, at most two decimals");
        }
        Fee existing = Rows.first(
                        jdbc,
                        "select financial_year, council_kind, fee_pence, vat_rate, first_invoiced_at is not null"
                                + " from billing_membership_fee where financial_year = ? and council_kind = ?"
                                + " for update",
                        MembershipFees::fee,
                        y,
                        kind.name())
                .flatMap(f -> f)
                .orElse(null);
        if (existing != null && existing.invoiced()) {
            throw new InvalidFee(
                    "invoiced",
                    "The " + y + " fee for " + kind.label().toLowerCase(java.util.Locale.UK)
                            + " councils cannot be changed: councils have already been invoiced "
                            + Money.format(existing.feePence()) + " with it, and a fee stays as it was invoiced");
        }
        String before = existing == null ? null : Money.format(existing.feePence());
        Rows.update(
                jdbc,
                "insert into billing_membership_fee (financial_year, council_kind, fee_pence, vat_rate)"
                        + " values (?, ?, ?, ?) on conflict (financial_year, council_kind)"
                        + " do update set fee_pence = excluded.fee_pence, vat_rate = excluded.vat_rate",
                y,
                kind.name(),
                draft.feePence(),
                vat);
        audit.record(
                staff,
                null,
                "billing.membership-fee.set",
                before == null ? null : y + " " + kind.label() + " " + before,
                y + " " + kind.label() + " " + Money.format(draft.feePence()) + " (VAT " + vat.toPlainString() + "%)",
                null);
        return new Fee(y, kind, draft.feePence(), vat, false);
    }

    private static String validYear(String year) {
        try {
            ReportingPeriod period = ReportingPeriod.parse(year);
            if (period.quarter() != null || !period.label().equals(year)) {
                throw new IllegalArgumentException();
            }
            return year;
        } catch (RuntimeException e) {
            throw new InvalidFee("year", "The financial year looks like 2017-18");
        }
    }

    /** A fee that cannot be set (400; 403 for someone not staff). */
    public static class InvalidFee extends uk.org.eelga.tenancy.Refusal {
        InvalidFee(String field, String message) {
            super(
                    field.equals("forbidden")
                            ? Kind.FORBIDDEN
                            : field.equals("invoiced") ? Kind.CONFLICT : Kind.INVALID,
                    field.equals("forbidden")
                            ? "forbidden"
                            : field.equals("invoiced") ? "fee-invoiced" : "invalid-" + field,
                    message);
        }
    }
}
