package uk.org.eelga.platform.marketplace;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import uk.org.eelga.shared.Money;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.audit.AuditLog;

/** The marketplace's writes, each in one transaction bound to the caller's council and audited. */
@Singleton
class MarketplaceSteps {

    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final Clock clock;

    MarketplaceSteps(JdbcOperations jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long list(Caller person, ListingDetails d) {
        TenantId council = CurrentTenant.require();
        long id = Rows.one(
                jdbc,
                "insert into marketplace_listing (tenant_id,"
                        + " title, description, category, price_basis, area, contact_email, listed_on, recorded_by,"
                        + " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
                rows -> rows.getLong(1),
                council.value(),
                d.title(),
                d.description(),
                d.category().name(),
                d.priceBasis(),
                d.area(),
                d.contactEmail(),
                Date.valueOf(UkTime.today(clock)),
                person.email(),
                Timestamp.from(clock.instant()));
        audit.record(
                person,
                council,
                "marketplace.listed",
                "listing " + id + ": " + d.title() + " (" + d.category().label() + "), " + d.priceBasis());
        return id;
    }

    @Transactional
    void withdraw(Caller person, long id) {
        TenantId council = CurrentTenant.require();
        int changed = Rows.update(
                jdbc,
                "update marketplace_listing set withdrawn_on"
                        + " = greatest(listed_on, ?), updated_at = ?, recorded_by = ? where tenant_id = ? and id = ?"
                        + " and withdrawn_on is null",
                Date.valueOf(UkTime.today(clock)),
                Timestamp.from(clock.instant()),
                person.email(),
                council.value(),
                id);
        if (changed == 0) {
            throw new MarketplaceNotFound();
        }
        audit.record(person, council, "marketplace.withdrawn", "listing " + id + " withdrawn");
    }

    @Transactional
    long enquire(Caller person, Listing offer, String message) {
        TenantId council = CurrentTenant.require();
        Timestamp now = Timestamp.from(clock.instant());
        long id = Rows.one(
                jdbc,
                "insert into marketplace_trade (tenant_id,"
                        + " listing_id, seller_id, listing_title, message, enquired_at, status, recorded_by, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, 'ENQUIRY', ?, ?) returning id",
                rows -> rows.getLong(1),
                council.value(),
                offer.id(),
                offer.councilId(),
                offer.title(),
                message,
                now,
                person.email(),
                now);
        audit.record(
                person,
                council,
                "marketplace.enquired",
                "enquiry " + id + " to " + offer.councilName() + " about listing " + offer.id() + ": " + offer.title());
        return id;
    }

    /** Records the outcome of one of the council's own open enquiries: a trade agreed, or none. Locks the row. */
    @Transactional
    void decide(Caller person, long id, boolean agreed, LocalDate on, Long valuePence, String terms) {
        TenantId council = CurrentTenant.require();
        jdbc.execute(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(
                    "select status from marketplace_trade where tenant_id = ? and id = ? for update")) {
                lock.setString(1, council.value());
                lock.setLong(2, id);
                try (ResultSet rows = lock.executeQuery()) {
                    if (!rows.next()) {
                        throw new MarketplaceNotFound();
                    }
                    if (!"ENQUIRY".equals(rows.getString(1))) {
                        throw new MarketplaceRefused("decided", "This enquiry's outcome is already recorded.");
                    }
                }
            }
            return Rows.update(
                    connection,
                    "update marketplace_trade set status = ?, agreed_on = ?, value_pence = ?, terms = ?,"
                            + " recorded_by = ?, updated_at = ? where tenant_id = ? and id = ?",
                    agreed ? "AGREED" : "NO_TRADE",
                    agreed ? Date.valueOf(on) : null,
                    agreed ? valuePence : null,
                    terms,
                    person.email(),
                    Timestamp.from(clock.instant()),
                    council.value(),
                    id);
        });
        audit.record(
                person,
                council,
                agreed ? "marketplace.traded" : "marketplace.no-trade",
                "enquiry " + id
                        + (agreed ? ": trade agreed on " + on + ", " + Money.format(valuePence) : ": no trade"));
    }
}
