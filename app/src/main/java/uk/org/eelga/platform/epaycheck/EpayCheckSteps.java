package uk.org.eelga.platform.epaycheck;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.org.eelga.platform.billing.Bill;
import uk.org.eelga.platform.billing.BillableItem;
import uk.org.eelga.platform.billing.InvoiceKind;
import uk.org.eelga.platform.billing.InvoiceSummary;
import uk.org.eelga.platform.billing.Invoicing;
import uk.org.eelga.shared.Money;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.audit.AuditLog;

/**
 * ePayCheck's writes, each in one transaction and audited. A subscription and its invoice are written together
 * (billing's outbox sends the invoice to Stripe later); a second subscription for the same year is refused by the
 * table's unique key, so of twenty at once one subscribes and one invoice is raised.
 */
@Singleton
class EpayCheckSteps {

    private final JdbcOperations jdbc;
    private final Invoicing invoicing;
    private final AuditLog audit;
    private final Clock clock;

    EpayCheckSteps(JdbcOperations jdbc, Invoicing invoicing, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.invoicing = invoicing;
        this.audit = audit;
        this.clock = clock;
    }

    /** Subscribes the bound council for the year and bills it; refuses a second subscription for that year. */
    @Transactional
    long subscribe(Caller actor, String yearLabel, LocalDate today) {
        TenantId council = CurrentTenant.require();
        return jdbc.execute(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(
                    "select pg_advisory_xact_lock(hashtext('epaycheck-subscription-' || ?))")) {
                lock.setString(1, council.value());
                lock.execute();
            }
            try (PreparedStatement exists = connection.prepareStatement(
                    "select 1 from epaycheck_subscription where tenant_id = ? and year_label = ?")) {
                exists.setString(1, council.value());
                exists.setString(2, yearLabel);
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        throw new EpayCheckRefused(
                                "already-subscribed",
                                "Your council already subscribes to ePayCheck for " + yearLabel + ".");
                    }
                }
            }
            InvoiceSummary invoice = invoicing.bill(
                    actor.email(),
                    new Bill(
                            InvoiceKind.OTHER,
                            "ePayCheck pay benchmarking subscription " + yearLabel,
                            null,
                            today.plusDays(EpayCheck.PAYMENT_DAYS),
                            "epaycheck-" + yearLabel,
                            List.of(new BillableItem(
                                    "ePayCheck subscription " + yearLabel,
                                    1,
                                    EpayCheck.FEE_PENCE,
                                    BigDecimal.valueOf(20),
                                    "epaycheck-subscription-" + yearLabel))));
            long id;
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into epaycheck_subscription (tenant_id, year_label, fee_pence, invoice_id, subscribed_by,"
                            + " subscribed_at) values (?, ?, ?, ?, ?, ?) returning id")) {
                insert.setString(1, council.value());
                insert.setString(2, yearLabel);
                insert.setLong(3, EpayCheck.FEE_PENCE);
                insert.setLong(4, invoice.id());
                insert.setString(5, actor.email());
                insert.setTimestamp(6, Timestamp.from(clock.instant()));
                try (ResultSet rows = insert.executeQuery()) {
                    rows.next();
                    id = rows.getLong(1);
                }
            }
            audit.record(
                    actor,
                    council,
                    "epaycheck.subscribed",
                    "ePayCheck " + yearLabel + ", " + Money.format(EpayCheck.FEE_PENCE) + " + VAT, invoice "
                            + invoice.id());
            return id;
        });
    }

    @Transactional
    Submission submit(
            Caller person,
            JobFamily family,
            String grade,
            long minPence,
            long maxPence,
            long allowancesPence,
            int posts,
            int vacancies) {
        TenantId council = CurrentTenant.require();
        Instant now = clock.instant();
        long id = Rows.one(
                jdbc,
                "insert into epaycheck_submission (tenant_id,"
                        + " job_family, grade, min_salary_pence, max_salary_pence, allowances_pence, posts, vacancies,"
                        + " submitted_by, submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
                rows -> rows.getLong(1),
                council.value(),
                family.name(),
                grade,
                minPence,
                maxPence,
                allowancesPence,
                posts,
                vacancies,
                person.email(),
                Timestamp.from(now));
        audit.record(
                person,
                council,
                "epaycheck.submitted",
                family.label() + " " + grade + ": " + Money.format(minPence) + " to " + Money.format(maxPence)
                        + ", allowances " + Money.format(allowancesPence) + ", " + posts + " posts, " + vacancies
                        + " vacant");
        return new Submission(
                id,
                council.value(),
                family,
                grade,
                minPence,
                maxPence,
                allowancesPence,
                posts,
                vacancies,
                person.email(),
                now);
    }

    @Transactional
    PayAward recordPayAward(Caller staff, String title, LocalDate agreedOn, LocalDate updateBy) {
        long id = jdbc.execute(connection -> insertReturningId(
                connection,
                "insert into epaycheck_pay_award (title, agreed_on, update_by, recorded_by, recorded_at)"
                        + " values (?, ?, ?, ?, ?) returning id",
                title,
                Date.valueOf(agreedOn),
                Date.valueOf(updateBy),
                staff.email(),
                Timestamp.from(clock.instant())));
        audit.record(staff, null, "epaycheck.pay-award", title + ": agreed " + agreedOn + ", update by " + updateBy);
        return new PayAward(id, title, agreedOn, updateBy);
    }

    @Transactional
    long createProject(
            Caller staff,
            String name,
            String yearLabel,
            List<JobFamily> families,
            LocalDate opensOn,
            LocalDate closesOn) {
        long id = jdbc.execute(connection -> insertReturningId(
                connection,
                "insert into epaycheck_project (name, year_label, families, opens_on, closes_on, created_by,"
                        + " created_at) values (?, ?, ?, ?, ?, ?, ?) returning id",
                name,
                yearLabel,
                connection.createArrayOf(
                        "text", families.stream().map(Enum::name).toArray()),
                Date.valueOf(opensOn),
                Date.valueOf(closesOn),
                staff.email(),
                Timestamp.from(clock.instant())));
        audit.record(
                staff,
                null,
                "epaycheck.project",
                name + " (" + families.size() + " job families), " + opensOn + " to " + closesOn);
        return id;
    }

    private static long insertReturningId(Connection connection, String sql, Object... values) throws SQLException {
        return Rows.one(connection, sql, rows -> rows.getLong(1), values);
    }
}
