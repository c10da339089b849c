package uk.org.eelga.platform.contracts;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.rls.AssociationWideRead;

/**
 * The regional contract database. A council's people register and change its contracts and confirm its register is
 * up to date; they search the regional register (only what each council shares, through the database function).
 * Staff see every council's participation and the collaboration chances through the audited association-wide read.
 */
@Singleton
public class ContractRegister {

    public static final int TITLE_MAX = Text.NAME;
    public static final int EXTENSION_MAX = Text.REASON;
    public static final int SEARCH_MAX = 100;

    /** The largest contract value accepted, in pence (£1,000,000,000,000). */
    public static final long VALUE_MAX_PENCE = 100_000_000_000_000L;

    /** Reminders list the council's contracts ending within this many days. */
    public static final int REMINDER_DAYS = 180;

    /** A register changed or confirmed within this many days is up to date. */
    public static final int UP_TO_DATE_DAYS = 365;

    /** Councils needed in one category, with contracts ending within a year of each other, for a chance. */
    public static final int CHANCE_COUNCILS = 3;

    static final String PARTICIPATION = "select c.id, c.name, (select count(*) from contract k where k.tenant_id = c.id"
            + "  and k.updated_at < ?) as contracts,"
            + " greatest((select max(k.updated_at) from contract k where k.tenant_id = c.id and k.updated_at < ?),"
            + "  (select max(r.reviewed_at) from contract_register_review r where r.tenant_id = c.id"
            + "   and r.reviewed_at < ?)) as last_updated"
            + " from council c where c.status in ('ACTIVE', 'SUSPENDED')";

    /** The code of the live measure kind of participation ({@link ContractMeasures}). */
    public static final String PARTICIPATION_KIND = "contract-participation";

    private final ContractSteps steps;
    private final JdbcOperations jdbc;
    private final AssociationWideRead wideRead;
    private final Clock clock;

    ContractRegister(ContractSteps steps, JdbcOperations jdbc, AssociationWideRead wideRead, Clock clock) {
        this.steps = steps;
        this.jdbc = jdbc;
        this.wideRead = wideRead;
        this.clock = clock;
    }

    public LocalDate today() {
        return UkTime.today(clock);
    }

    // ---- the council's side

    public Contract register(Caller person, ContractDetails details) {
        own(person);
        long id = steps.save(person, null, checked(details));
        return ours(id);
    }

    public Contract change(Caller person, long id, ContractDetails details) {
        own(person);
        ContractDetails checked = checked(details);
        ours(id);
        return ours(steps.save(person, id, checked));
    }

    public void confirmUpToDate(Caller person) {
        own(person);
        steps.confirmUpToDate(person);
    }

    @ReadOnly
    public List<Contract> ourContracts() {
        String council = CurrentTenant.require().value();
        return jdbc.execute(connection ->
                contracts(connection, "select * from contract where tenant_id = ? order by end_on, id", council, null));
    }

    @ReadOnly
    public Contract ours(long id) {
        String council = CurrentTenant.require().value();
        return jdbc
                .execute(connection ->
                        contracts(connection, "select * from contract where tenant_id = ? and id = ?", council, id))
                .stream()
                .findFirst()
                .orElseThrow(ContractNotFound::new);
    }

    /** The council's contracts ending within {@link #REMINDER_DAYS} days (or ended in the last 30), soonest first. */
    public List<Contract> endingSoon() {
        LocalDate today = today();
        return ourContracts().stream()
                .filter(c ->
                        !c.endOn().isBefore(today.minusDays(30)) && !c.endOn().isAfter(today.plusDays(REMINDER_DAYS)))
                .toList();
    }

    /** When the council's register was last changed or confirmed (null: never). */
    @ReadOnly
    public Participation ourParticipation(Caller person) {
        TenantId council = own(person);
        return jdbc.execute(connection -> participation(connection, council.value())).stream()
                .findFirst()
                .orElseThrow(ContractNotFound::new);
    }

    /**
     * The regional register, contracts not yet ended: every council's shared contracts (and the caller's own), with
     * values and contacts only where shared; optionally by category and words in the title or supplier.
     */
    @ReadOnly
    public List<RegisterEntry> search(Caller person, ContractCategory category, String words) {
        if (!person.isAssociationStaff()) {
            own(person);
        }
        String said = words == null ? "" : words.strip();
        Text.check("the search", said, SEARCH_MAX, false, m -> new ContractRefused("q", m));
        return jdbc.execute(connection -> register(connection, category, said));
    }

    // ---- the association's side

    /** Every member council's participation: up to date when its register changed or was confirmed in a year. */
    public List<Participation> participation(Caller staff) {
        return wideRead.read(staff, "contract register participation", this::everyParticipation);
    }

    private List<Participation> everyParticipation(Connection connection) {
        try {
            return participation(connection, null);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the contract register", e);
        }
    }

    /**
     * Categories where at least {@link #CHANCE_COUNCILS} councils have contracts ending within a year of each other
     * (from today on), each contract in one chance at most.
     */
    public List<CollaborationChance> collaborationChances(Caller staff) {
        LocalDate today = today();
        return chances(wideRead.read(staff, "contract collaboration chances", connection -> ending(connection, today)));
    }

    /** Every council's participation and the collaboration chances, for the console: one audited read. */
    public record Overview(List<Participation> participation, List<CollaborationChance> chances) {}

    public Overview overview(Caller staff) {
        LocalDate today = today();
        return wideRead.read(
                staff,
                "contract register participation and collaboration chances",
                connection -> new Overview(everyParticipation(connection), chances(ending(connection, today))));
    }

    /** Every council's contracts not yet ended, by category and end (the chances read them in this order). */
    private List<RegisterEntry> ending(Connection connection, LocalDate today) {
        try {
            return contracts(
                            connection,
                            "select * from contract where end_on >= ? order by category, end_on, id",
                            null,
                            null,
                            Date.valueOf(today))
                    .stream()
                    .map(c -> new RegisterEntry(
                            c.id(),
                            c.councilId(),
                            c.councilId(),
                            c.title(),
                            c.supplier(),
                            c.category(),
                            null,
                            c.startOn(),
                            c.endOn(),
                            null,
                            null,
                            null))
                    .toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the contract register", e);
        }
    }

    /**
     * From the earliest end on, each category's contracts ending within a year of the first are a chance when they
     * are at least {@link #CHANCE_COUNCILS} councils'; the next chance starts after the last contract of one found,
     * so no contract is in two chances (sliding the year one contract at a time listed the same councils again and
     * again, each list one council longer or shorter).
     */
    static List<CollaborationChance> chances(List<RegisterEntry> ending) {
        List<CollaborationChance> chances = new ArrayList<>();
        int i = 0;
        while (i < ending.size()) {
            RegisterEntry first = ending.get(i);
            Set<String> councils = new LinkedHashSet<>();
            List<String> titles = new ArrayList<>();
            LocalDate last = first.endOn();
            int j = i;
            while (j < ending.size()
                    && ending.get(j).category() == first.category()
                    && !ending.get(j).endOn().isAfter(first.endOn().plusYears(1))) {
                councils.add(ending.get(j).councilId());
                titles.add(ending.get(j).title());
                last = ending.get(j).endOn();
                j++;
            }
            if (councils.size() >= CHANCE_COUNCILS) {
                chances.add(new CollaborationChance(
                        first.category(), first.endOn(), last, List.copyOf(councils), List.copyOf(titles)));
                i = j;
            } else {
                i++;
            }
        }
        return chances;
    }

    // ---- SQL

    private List<Participation> participation(Connection connection, String onlyCouncil) throws SQLException {
        return participation(connection, onlyCouncil, clock.instant());
    }

    static List<Participation> participation(Connection connection, String onlyCouncil, java.time.Instant at)
            throws SQLException {
        Timestamp end = Timestamp.from(at);
        try (PreparedStatement select = connection.prepareStatement(
                PARTICIPATION + (onlyCouncil == null ? "" : " and c.id = ?") + " order by c.name")) {
            select.setTimestamp(1, end);
            select.setTimestamp(2, end);
            select.setTimestamp(3, end);
            if (onlyCouncil != null) {
                select.setString(4, onlyCouncil);
            }
            List<Participation> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Timestamp last = rows.getTimestamp("last_updated");
                    found.add(new Participation(
                            rows.getString("id"),
                            rows.getString("name"),
                            rows.getLong("contracts"),
                            last == null ? null : last.toInstant(),
                            last != null
                                    && last.toInstant().isAfter(at.minus(java.time.Duration.ofDays(UP_TO_DATE_DAYS)))));
                }
            }
            return found;
        }
    }

    private List<RegisterEntry> register(Connection connection, ContractCategory category, String words)
            throws SQLException {
        String pattern = "%"
                + words.toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        String cat = category == null ? "" : category.name();
        return Rows.all(
                connection,
                "select * from regional_contract_register(?)"
                        + " where (? = '' or category = ?) and (? = '' or lower(title) like ? or lower(supplier) like ?)"
                        + " limit 500",
                rows -> {
                    long value = rows.getLong("value_pence");
                    Long shownValue = rows.wasNull() ? null : value;
                    return new RegisterEntry(
                            rows.getLong("id"),
                            rows.getString("council_id"),
                            rows.getString("council_name"),
                            rows.getString("title"),
                            rows.getString("supplier"),
                            ContractCategory.valueOf(rows.getString("category")),
                            shownValue,
                            rows.getDate("start_on").toLocalDate(),
                            rows.getDate("end_on").toLocalDate(),
                            rows.getString("extension_options"),
                            rows.getString("contact_name"),
                            rows.getString("contact_email"));
                },
                Date.valueOf(today()),
                cat,
                cat,
                words,
                pattern,
                pattern);
    }

    private static List<Contract> contracts(Connection connection, String sql, String council, Long id, Object... more)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int i = 1;
            if (council != null) {
                select.setString(i++, council);
            }
            if (id != null) {
                select.setLong(i++, id);
            }
            for (Object value : more) {
                select.setObject(i++, value);
            }
            return Rows.all(
                    select,
                    rows -> new Contract(
                            rows.getLong("id"),
                            rows.getString("tenant_id"),
                            rows.getString("title"),
                            rows.getString("supplier"),
                            ContractCategory.valueOf(rows.getString("category")),
                            rows.getLong("value_pence"),
                            rows.getDate("start_on").toLocalDate(),
                            rows.getDate("end_on").toLocalDate(),
                            rows.getString("extension_options"),
                            rows.getString("contact_name"),
                            rows.getString("contact_email"),
                            rows.getBoolean("in_register"),
                            rows.getBoolean("share_value"),
                            rows.getBoolean("share_contact"),
                            rows.getTimestamp("updated_at").toInstant()));
        }
    }

    // ---- checks

    private ContractDetails checked(ContractDetails d) {
        if (d == null) {
            throw new ContractRefused("title", "Enter the contract's title.");
        }
        String title = required("title", "the contract's title", d.title(), TITLE_MAX);
        String supplier = required("supplier", "the supplier", d.supplier(), TITLE_MAX);
        if (d.category() == null) {
            throw new ContractRefused("category", "Choose the contract's category.");
        }
        if (d.valuePence() == null || d.valuePence() < 0 || d.valuePence() > VALUE_MAX_PENCE) {
            throw new ContractRefused("value", "Enter the contract's total value in pounds.");
        }
        LocalDate today = today();
        if (d.startOn() == null
                || d.startOn().isBefore(today.minusYears(30))
                || d.startOn().isAfter(today.plusYears(5))) {
            throw new ContractRefused("start-on", "Enter the day the contract starts.");
        }
        if (d.endOn() == null
                || d.endOn().isBefore(d.startOn())
                || d.endOn().isAfter(d.startOn().plusYears(40))) {
            throw new ContractRefused("end-on", "The end date must be on or after the start date.");
        }
        String extension = d.extensionOptions() == null || d.extensionOptions().isBlank()
                ? null
                : Text.check(
                        "the extension options",
                        d.extensionOptions().strip(),
                        EXTENSION_MAX,
                        false,
                        m -> new ContractRefused("extension-options", m));
        String contact = required("contact-name", "the contact's name", d.contactName(), TITLE_MAX);
        String email = required("contact-email", "the contact's email address", d.contactEmail(), Text.EMAIL);
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new ContractRefused("contact-email", "Enter the contact's email address, like name@council.gov.uk.");
        }
        return new ContractDetails(
                title,
                supplier,
                d.category(),
                d.valuePence(),
                d.startOn(),
                d.endOn(),
                extension,
                contact,
                email,
                d.inRegister() == null || d.inRegister(),
                d.shareValue() != null && d.shareValue(),
                d.shareContact() == null || d.shareContact());
    }

    private static String required(String code, String label, String value, int max) {
        return Text.required(label, value, max, false, m -> new ContractRefused(code, m));
    }

    private static TenantId own(Caller person) {
        return person.councilOrRefuse(
                () -> new ContractRefused("not-allowed", "A council's contract register is kept by its own people."));
    }
}
