package uk.org.eelga.platform.talentbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import uk.org.eelga.shared.Money;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.audit.AuditLog;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.PlausibleDate;
import uk.org.eelga.tenancy.input.Text;

/**
 * The Talent Bank's reference data kept by association staff (issue 14 point 1): services of the catalogue by
 * area, associates, and their cost and charge day rates from a date. Shared tables (the association's offer, the
 * same for every council); only staff change them and every change is in the audit log.
 */
@Singleton
public class TalentBankReference {

    /** The highest day rate accepted: £100,000 a day is a typing mistake, not a rate. */
    public static final long MAX_DAY_RATE_PENCE = 10_000_000L;

    @Serdeable
    public record ServiceDraft(
            @FreeText(max = 60) String areaId,
            @FreeText(max = Text.NAME) String name,
            @FreeText(max = Text.PARAGRAPH, multiline = true) String description,
            long indicativeDayRatePence,
            @Nullable Boolean active) {}

    @Serdeable
    public record AssociateDraft(
            @FreeText(max = Text.NAME) String name,
            @FreeText(max = Text.EMAIL) String email,
            @FreeText(max = 60) String areaId,
            long costDayRatePence,
            long chargeDayRatePence,
            @Nullable @PlausibleDate LocalDate from) {}

    @Serdeable
    public record RateDraft(@PlausibleDate LocalDate from, long costDayRatePence, long chargeDayRatePence) {}

    @Serdeable
    public record ServiceRow(
            long id,
            String areaId,
            String areaName,
            String name,
            String description,
            long indicativeDayRatePence,
            boolean active) {}

    @Serdeable
    public record Rate(LocalDate from, long costDayRatePence, long chargeDayRatePence, String recordedBy) {}

    @Serdeable
    public record AssociateRow(
            long id,
            String name,
            String email,
            String areaId,
            String areaName,
            long costDayRatePence,
            long chargeDayRatePence,
            List<Rate> rates,
            boolean active) {}

    /** An associate's details as corrected by staff (their rates are dated apart, {@link #dateRates}). */
    @Serdeable
    public record AssociateDetails(
            @FreeText(max = Text.NAME) String name,
            @FreeText(max = Text.EMAIL) String email,
            @FreeText(max = 60) String areaId) {}

    @Serdeable
    public record AreaRow(String id, String name) {}

    private final JdbcOperations jdbc;
    private final AuditLog audit;

    TalentBankReference(JdbcOperations jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @ReadOnly
    public List<AreaRow> areas() {
        return rows(
                "select id, name from talent_bank_area order by sort_order",
                r -> new AreaRow(r.getString(1), r.getString(2)));
    }

    /** Every service, active or not (staff see the whole catalogue). */
    @ReadOnly
    public List<ServiceRow> services() {
        return rows(
                "select s.id, s.area_id, a.name, s.name, s.description, s.indicative_day_rate_pence, s.active"
                        + " from talent_bank_service s join talent_bank_area a on a.id = s.area_id"
                        + " order by a.sort_order, s.name",
                r -> new ServiceRow(
                        r.getLong(1),
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        r.getLong(6),
                        r.getBoolean(7)));
    }

    @Transactional
    public ServiceRow addService(Caller staff, ServiceDraft draft) {
        requireStaff(staff);
        ServiceDraft d = validService(draft);
        refuseTakenName(d, null);
        long id = jdbc.prepareStatement(
                "insert into talent_bank_service (area_id, name, description, indicative_day_rate_pence, active)"
                        + " values (?, ?, ?, ?, ?) on conflict do nothing returning id",
                s -> {
                    bindService(s, d, true);
                    try (ResultSet r = s.executeQuery()) {
                        if (!r.next()) {
                            throw serviceExists();
                        }
                        return r.getLong(1);
                    }
                });
        ServiceRow row = service(id);
        audit.record(staff, null, "talent-bank.service.added", describe(row));
        return row;
    }

    @Transactional
    public ServiceRow changeService(Caller staff, long id, ServiceDraft draft) {
        requireStaff(staff);
        ServiceDraft d = validService(draft);
        ServiceRow before = lockService(id);
        refuseTakenName(d, id);
        jdbc.prepareStatement(
                "update talent_bank_service set area_id = ?, name = ?, description = ?,"
                        + " indicative_day_rate_pence = ?, active = ? where id = ?",
                s -> {
                    bindService(s, d, before.active());
                    s.setLong(6, id);
                    return s.executeUpdate();
                });
        ServiceRow after = service(id);
        audit.record(staff, null, "talent-bank.service.changed", describe(before), describe(after), null);
        return after;
    }

    /**
     * Withdraws a service (or offers it again): a withdrawn service is no longer offered to councils and cannot be
     * requested; requests already made keep it, and their figures with it.
     */
    @Transactional
    public ServiceRow offerService(Caller staff, long id, boolean offered) {
        requireStaff(staff);
        ServiceRow before = lockService(id);
        if (before.active() == offered) {
            throw CatalogueRefused.conflict(
                    "service-unchanged", before.name() + (offered ? " is already offered" : " is already withdrawn"));
        }
        Rows.update(jdbc, "update talent_bank_service set active = ? where id = ?", offered, id);
        ServiceRow after = service(id);
        audit.record(
                staff,
                null,
                offered ? "talent-bank.service.offered" : "talent-bank.service.withdrawn",
                describe(before),
                describe(after),
                null);
        return after;
    }

    @ReadOnly
    public List<AssociateRow> associates() {
        Map<Long, List<Rate>> rates = rows(
                        "select associate_id, valid_from, cost_day_rate_pence, charge_day_rate_pence, recorded_by"
                                + " from talent_bank_associate_rate order by associate_id, valid_from",
                        r -> Map.entry(r.getLong(1), rate(r, 2)))
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows(
                "select s.id, s.name, s.email, s.area_id, a.name, s.cost_day_rate_pence, s.charge_day_rate_pence,"
                        + " s.active from talent_bank_associate s join talent_bank_area a on a.id = s.area_id"
                        + " order by not s.active, s.name",
                r -> new AssociateRow(
                        r.getLong(1),
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        r.getLong(6),
                        r.getLong(7),
                        rates.getOrDefault(r.getLong(1), List.of()),
                        r.getBoolean(8)));
    }

    @Transactional
    public AssociateRow addAssociate(Caller staff, AssociateDraft draft) {
        requireStaff(staff);
        if (draft == null) {
            throw CatalogueRefused.invalid("associate", "Give the associate's name, email, area and day rates");
        }
        String name = required("name", draft.name(), Text.NAME);
        String email = validEmail(draft.email());
        String area = knownArea(draft.areaId());
        rates(draft.costDayRatePence(), draft.chargeDayRatePence());
        LocalDate from = draft.from() == null ? LocalDate.of(2000, 1, 1) : draft.from();
        Long id = Rows.first(
                        jdbc,
                        "insert into talent_bank_associate (name, email, area_id, cost_day_rate_pence, charge_day_rate_pence,"
                                + " active) values (?, ?, ?, ?, ?, true) on conflict (email) do nothing returning id",
                        r -> r.getLong(1),
                        name,
                        email,
                        area,
                        draft.costDayRatePence(),
                        draft.chargeDayRatePence())
                .orElse(null);
        if (id == null) {
            throw CatalogueRefused.conflict("associate-exists", "An associate with this email address exists");
        }
        insertRate(staff, id, from, draft.costDayRatePence(), draft.chargeDayRatePence());
        AssociateRow row = associate(id);
        audit.record(
                staff,
                null,
                "talent-bank.associate.added",
                name + " (" + email + ") " + costAndCharge(draft.costDayRatePence(), draft.chargeDayRatePence())
                        + " a day from " + from);
        return row;
    }

    /** Corrects an associate's name, email address or area; their dated rates are kept as they are. */
    @Transactional
    public AssociateRow changeAssociate(Caller staff, long associateId, AssociateDetails details) {
        requireStaff(staff);
        if (details == null) {
            throw CatalogueRefused.invalid("associate", "Give the associate's name, email and area");
        }
        String name = required("name", details.name(), Text.NAME);
        String email = validEmail(details.email());
        String area = knownArea(details.areaId());
        AssociateRow before = lockAssociate(associateId);
        boolean taken =
                Rows.any(jdbc, "select 1 from talent_bank_associate where email = ? and id <> ?", email, associateId);
        if (taken) {
            throw CatalogueRefused.conflict("associate-exists", "An associate with this email address exists");
        }
        Rows.update(
                jdbc,
                "update talent_bank_associate set name = ?, email = ?, area_id = ? where id = ?",
                name,
                email,
                area,
                associateId);
        AssociateRow after = associate(associateId);
        audit.record(staff, null, "talent-bank.associate.changed", describe(before), describe(after), null);
        return after;
    }

    /**
     * Withdraws an associate (or offers them again): a withdrawn associate is no longer assigned to new work; the
     * work they were assigned, its deliveries and its figures keep them, withdrawn or not, so offering them again
     * only lets staff assign them to new work.
     */
    @Transactional
    public AssociateRow offerAssociate(Caller staff, long associateId, boolean offered) {
        requireStaff(staff);
        lock("select id from talent_bank_associate where id = ? for update", associateId, "associate");
        AssociateRow before = associate(associateId);
        if (before.active() == offered) {
            throw CatalogueRefused.conflict(
                    "associate-unchanged",
                    before.name() + (offered ? " is already available" : " is already withdrawn"));
        }
        Rows.update(jdbc, "update talent_bank_associate set active = ? where id = ?", offered, associateId);
        AssociateRow after = associate(associateId);
        audit.record(
                staff,
                null,
                offered ? "talent-bank.associate.offered" : "talent-bank.associate.withdrawn",
                describe(before),
                describe(after),
                null);
        return after;
    }

    /**
     * Dates a new pair of day rates for an associate. The rate in force on a day is the latest dated on or before
     * it ({@link #rateOn}); the associate's current rates (used for new work) follow the latest rate not in the
     * future.
     */
    @Transactional
    public AssociateRow dateRates(Caller staff, long associateId, RateDraft draft) {
        requireStaff(staff);
        if (draft == null || draft.from() == null) {
            throw CatalogueRefused.invalid("from", "Enter the date the rates hold from");
        }
        rates(draft.costDayRatePence(), draft.chargeDayRatePence());
        AssociateRow before = lockAssociate(associateId);
        insertRate(staff, associateId, draft.from(), draft.costDayRatePence(), draft.chargeDayRatePence());
        Rows.update(
                jdbc,
                "update talent_bank_associate a set cost_day_rate_pence = r.cost_day_rate_pence,"
                        + " charge_day_rate_pence = r.charge_day_rate_pence from (select cost_day_rate_pence,"
                        + " charge_day_rate_pence from talent_bank_associate_rate where associate_id = ?"
                        + " and valid_from <= current_date order by valid_from desc limit 1) r where a.id = ?",
                associateId,
                associateId);
        AssociateRow after = associate(associateId);
        audit.record(
                staff,
                null,
                "talent-bank.associate.rates",
                before.name() + " " + costAndCharge(before.costDayRatePence(), before.chargeDayRatePence()),
                before.name() + " " + costAndCharge(draft.costDayRatePence(), draft.chargeDayRatePence())
                        + " a day from " + draft.from(),
                null);
        return after;
    }

    /** The associate's rates in force on a day (the latest dated on or before it); refused if none. */
    @ReadOnly
    public Rate rateOn(long associateId, LocalDate day) {
        Rate rate = Rows.first(
                        jdbc,
                        "select valid_from, cost_day_rate_pence, charge_day_rate_pence, recorded_by"
                                + " from talent_bank_associate_rate where associate_id = ? and valid_from <= ?"
                                + " order by valid_from desc limit 1",
                        r -> rate(r, 1),
                        associateId,
                        Date.valueOf(day))
                .orElse(null);
        if (rate == null) {
            throw CatalogueRefused.invalid("date", "This associate has no day rate for " + UkTime.date(day) + " yet");
        }
        return rate;
    }

    private void insertRate(Caller staff, long associateId, LocalDate from, long cost, long charge) {
        int written = Rows.update(
                jdbc,
                "insert into talent_bank_associate_rate (associate_id, valid_from, cost_day_rate_pence,"
                        + " charge_day_rate_pence, recorded_by) values (?, ?, ?, ?, ?)"
                        + " on conflict (associate_id, valid_from) do nothing",
                associateId,
                Date.valueOf(from),
                cost,
                charge,
                staff.displayName());
        if (written == 0) {
            throw CatalogueRefused.conflict("rate-exists", "This associate already has rates from this date");
        }
    }

    private AssociateRow associate(long id) {
        return withId(associates(), AssociateRow::id, id, "associate");
    }

    private AssociateRow lockAssociate(long id) {
        lock("select id from talent_bank_associate where id = ? and active for update", id, "associate");
        return associate(id);
    }

    private ServiceRow service(long id) {
        return withId(services(), ServiceRow::id, id, "service");
    }

    private ServiceRow lockService(long id) {
        lock("select id from talent_bank_service where id = ? for update", id, "service");
        return service(id);
    }

    /** Locks the row of {@code id} for this transaction; refused as not found if there is none. */
    private void lock(String sql, long id, String what) {
        boolean found = Rows.any(jdbc, sql, id);
        if (!found) {
            throw CatalogueRefused.notFound(what);
        }
    }

    private static <T> T withId(List<T> rows, ToLongFunction<T> idOf, long id, String what) {
        return rows.stream()
                .filter(row -> idOf.applyAsLong(row) == id)
                .findFirst()
                .orElseThrow(() -> CatalogueRefused.notFound(what));
    }

    /** Every row of a query without parameters. */
    private <T> List<T> rows(String sql, Rows.Reader<T> row) {
        return Rows.all(jdbc, sql, row);
    }

    /** A dated rate read from four columns starting at {@code first}: from, cost, charge, recorded by. */
    private static Rate rate(ResultSet r, int first) throws SQLException {
        return new Rate(
                r.getDate(first).toLocalDate(), r.getLong(first + 1), r.getLong(first + 2), r.getString(first + 3));
    }

    /** Parameters 1 to 5: area, name, description, day rate, and active (the draft's, or else {@code activeIfUnsaid}). */
    private static void bindService(PreparedStatement s, ServiceDraft d, boolean activeIfUnsaid) throws SQLException {
        s.setString(1, d.areaId());
        s.setString(2, d.name());
        s.setString(3, d.description());
        s.setLong(4, d.indicativeDayRatePence());
        s.setBoolean(5, d.active() == null ? activeIfUnsaid : d.active());
    }

    /** Refuses a service name its area already has (another service than {@code except}, case aside). */
    private void refuseTakenName(ServiceDraft d, @Nullable Long except) {
        boolean taken = Rows.one(
                jdbc,
                "select exists (select 1 from talent_bank_service where area_id = ? and lower(name) = lower(?)"
                        + " and id <> ?)",
                r -> r.getBoolean(1),
                d.areaId(),
                d.name(),
                except == null ? -1 : except);
        if (taken) {
            throw serviceExists();
        }
    }

    private static CatalogueRefused serviceExists() {
        return CatalogueRefused.conflict("service-exists", "This area already has a service with this name");
    }

    private ServiceDraft validService(ServiceDraft draft) {
        if (draft == null) {
            throw CatalogueRefused.invalid("service", "Give the service's area, name, description and day rate");
        }
        String area = knownArea(draft.areaId());
        String name = required("name", draft.name(), Text.NAME);
        String description = required("description", draft.description(), Text.PARAGRAPH);
        if (draft.indicativeDayRatePence() < 0 || draft.indicativeDayRatePence() > MAX_DAY_RATE_PENCE) {
            throw CatalogueRefused.invalid("day-rate", "The indicative day rate is £0 to £100,000");
        }
        return new ServiceDraft(area, name, description, draft.indicativeDayRatePence(), draft.active());
    }

    private String knownArea(String areaId) {
        boolean known =
                areaId != null && areaId.length() <= 60 && areas().stream().anyMatch(a -> a.id().equals(areaId));
        if (!known) {
            throw CatalogueRefused.invalid("area", "Choose one of the Talent Bank's areas");
        }
        return areaId;
    }

    private static void rates(long cost, long charge) {
        if (cost < 0 || cost > MAX_DAY_RATE_PENCE) {
            throw CatalogueRefused.invalid("cost-rate", "The cost day rate is £0 to £100,000");
        }
        if (charge < 0 || charge > MAX_DAY_RATE_PENCE) {
            throw CatalogueRefused.invalid("charge-rate", "The charge day rate is £0 to £100,000");
        }
    }

    private static String validEmail(String given) {
        String email = required("email", given, Text.EMAIL).toLowerCase(java.util.Locale.ROOT);
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw CatalogueRefused.invalid("email", "Enter an email address like name@example.org");
        }
        return email;
    }

    private static String required(String field, String value, int max) {
        String problem = Text.problem(field, value, max, max > Text.NAME);
        if (problem != null) {
            throw CatalogueRefused.invalid(field, problem);
        }
        if (value == null || value.isBlank()) {
            throw CatalogueRefused.invalid(field, "Enter the " + field);
        }
        return value.strip();
    }

    /** "cost £500.00, charge £750.00", as the audit log words an associate's day rates. */
    private static String costAndCharge(long cost, long charge) {
        return "cost " + Money.format(cost) + ", charge " + Money.format(charge);
    }

    private static String describe(ServiceRow s) {
        return s.areaId() + ": " + s.name() + " at " + Money.format(s.indicativeDayRatePence()) + " a day"
                + (s.active() ? "" : " (withdrawn)");
    }

    private static String describe(AssociateRow a) {
        return a.name() + " (" + a.email() + ") " + a.areaId() + (a.active() ? "" : " (withdrawn)");
    }

    private static void requireStaff(Caller caller) {
        caller.requireStaff(() -> new CatalogueRefused(
                CatalogueRefused.Kind.FORBIDDEN, "forbidden", null, "Only association staff keep the catalogue"));
    }
}
