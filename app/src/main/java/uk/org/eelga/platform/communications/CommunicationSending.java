package uk.org.eelga.platform.communications;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.org.eelga.platform.cluster.ClusterJobs;
import uk.org.eelga.platform.mail.Mail;
import uk.org.eelga.platform.mail.MailSender;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.audit.AuditLog;
import uk.org.eelga.tenancy.rls.AssociationWideRead;
import uk.org.eelga.tenancy.rls.OnBehalfOfCouncil;

/**
 * Communications written to send through the platform. Staff write one for an audience and send it; sending fixes
 * the councils it goes to and returns at once, and the emails go out off the request: to every person of those
 * councils who has signed in and has not turned the topic off ({@link Subscriptions}). Each email is recorded as the
 * council's {@code communication_delivery} row in the transaction that sends it, so a failed email is retried by the
 * next pass and a sent one is never sent again, however many times sending is asked for or runs (one pass at a time
 * across nodes, {@link ClusterJobs}).
 */
@Singleton
public class CommunicationSending {

    private static final Logger LOG = LoggerFactory.getLogger(CommunicationSending.class);
    static final String JOB = "communication-sending";
    static final int COUNCILS_MAX = 100;
    /** Named councils a request may carry (more are refused before they reach the checks). */
    public static final int COUNCILS_MAX_API = 200;

    /** Who sends on the association's behalf, bound to each council in turn to write its delivery rows. */
    static final Caller SENDER =
            Caller.platform("system:communications", "communications@system.eelga", "EELGA platform (communications)");

    private final TransactionOperations<Connection> transactions;
    private final OnBehalfOfCouncil onBehalf;
    private final AssociationWideRead wideRead;
    private final MailSender mail;
    private final ClusterJobs jobs;
    private final AuditLog audit;
    private final Clock clock;
    private final ExecutorService background;
    private final String platformUrl;
    private final boolean retryEnabled;

    CommunicationSending(
            TransactionOperations<Connection> transactions,
            OnBehalfOfCouncil onBehalf,
            AssociationWideRead wideRead,
            MailSender mail,
            ClusterJobs jobs,
            AuditLog audit,
            Clock clock,
            @Named(TaskExecutors.IO) ExecutorService background,
            @Value("${eelga.oidc.platform-url}") String platformUrl,
            @Value("${eelga.communications.retry-enabled:true}") boolean retryEnabled) {
        this.retryEnabled = retryEnabled;
        this.transactions = transactions;
        this.onBehalf = onBehalf;
        this.wideRead = wideRead;
        this.mail = mail;
        this.jobs = jobs;
        this.audit = audit;
        this.clock = clock;
        this.background = background;
        this.platformUrl = platformUrl;
    }

    // ---- staff

    /** Writes a communication to send later (a draft); nothing is sent. */
    public Communication draft(Caller staff, CommunicationDraft draft) {
        requireStaff(staff);
        CommunicationDraft d = checked(draft);
        long id = transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            if (d.audience() == Audience.NAMED_COUNCILS) {
                List<String> known = texts(
                        connection,
                        "select id from council where id = any (?) and status = 'ACTIVE'",
                        connection.createArrayOf("text", d.councils().toArray()));
                List<String> unknown =
                        d.councils().stream().filter(c -> !known.contains(c)).toList();
                if (!unknown.isEmpty()) {
                    throw new CommunicationRefused(
                            "councils", "These are not active member councils: " + String.join(", ", unknown) + ".");
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into communication (kind, topic, title,"
                    + " summary, link, recipients, audience, named_councils, recorded_by, recorded_at)"
                    + " values (?, ?, ?, ?, ?, 0, ?, ?, ?, ?) returning id")) {
                insert.setString(1, d.kind().name());
                insert.setString(2, d.topic().name());
                insert.setString(3, d.title());
                insert.setString(4, d.text());
                insert.setString(5, d.link());
                insert.setString(6, d.audience().name());
                insert.setArray(
                        7,
                        d.audience() == Audience.NAMED_COUNCILS
                                ? connection.createArrayOf("text", d.councils().toArray())
                                : null);
                insert.setString(8, staff.email());
                insert.setTimestamp(9, Timestamp.from(clock.instant()));
                try (ResultSet rows = insert.executeQuery()) {
                    rows.next();
                    long made = rows.getLong(1);
                    audit.record(
                            staff,
                            null,
                            "communication.drafted",
                            d.kind().label() + " " + made + ": " + d.title() + ", for "
                                    + d.audience().label() + (d.councils().isEmpty() ? "" : " " + d.councils()));
                    return made;
                }
            }
        });
        return one(id);
    }

    /**
     * Sends a draft: fixes the councils it goes to, dates it today, and has the emails sent off this request. Asked
     * again (a retry, a second click, twenty at once) it changes nothing: one request queues it, and every other one
     * is told it was already sent.
     */
    public SendState send(Caller staff, long id) {
        requireStaff(staff);
        SendState state = transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            try (PreparedStatement select = connection.prepareStatement("select audience, named_councils,"
                    + " send_requested_at, delivered_at, cardinality(sent_to) from communication where id = ?"
                    + " for update")) {
                select.setLong(1, id);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new CommunicationNotFound();
                    }
                    String audience = row.getString(1);
                    if (audience == null) {
                        throw new CommunicationRefused(
                                "not-for-sending",
                                "This was recorded as sent outside the platform; write a new communication to send.");
                    }
                    Timestamp requested = row.getTimestamp(3);
                    if (requested != null) {
                        return state(id, false, row.getInt(5), requested, row.getTimestamp(4));
                    }
                    java.sql.Array named = row.getArray(2);
                    List<String> councils = resolve(
                            connection,
                            Audience.valueOf(audience),
                            named == null ? List.of() : Arrays.asList((String[]) named.getArray()));
                    if (councils.isEmpty()) {
                        throw new CommunicationRefused(
                                "audience", "None of the councils it is for is an active member council now.");
                    }
                    Instant now = clock.instant();
                    Rows.update(
                            connection,
                            "update communication set sent_to = ?, send_requested_at = ?, send_requested_by = ?,"
                                    + " published_on = ? where id = ?",
                            connection.createArrayOf("text", councils.toArray()),
                            Timestamp.from(now),
                            staff.email(),
                            Date.valueOf(UkTime.today(clock)),
                            id);
                    audit.record(
                            staff,
                            null,
                            "communication.sent",
                            "communication " + id + " to " + councils.size() + " councils: " + councils);
                    return state(id, true, councils.size(), Timestamp.from(now), null);
                }
            }
        });
        if (state.queuedNow()) {
            // committed: the emails go from a background thread, never on the request
            background.execute(this::deliverWhenFree);
        }
        return state;
    }

    /** Every council the communication was sent to, with the people emailed and the people who opened it. */
    public List<CouncilReads> reads(Caller staff, long id) {
        requireStaff(staff);
        return wideRead.read(staff, "read counts of communication " + id, connection -> {
            try {
                return Rows.all(
                        connection,
                        "select c.id, c.name,"
                                + " (select count(*) from communication_delivery d where d.communication_id = k.id"
                                + "  and d.tenant_id = c.id),"
                                + " (select count(*) from communication_read r where r.communication_id = k.id"
                                + "  and r.tenant_id = c.id)"
                                + " from communication k cross join unnest(k.sent_to) s(council)"
                                + " join council c on c.id = s.council where k.id = ? order by c.name",
                        rows -> new CouncilReads(rows.getString(1), rows.getString(2), rows.getInt(3), rows.getInt(4)),
                        id);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the read counts", e);
            }
        });
    }

    // ---- the sending job

    /** Retries what a pass could not send (a mail server down), on one node at a time. */
    @Scheduled(
            fixedDelay = "${eelga.communications.retry-interval:1m}",
            initialDelay = "${eelga.communications.retry-start:1m}")
    void scheduled() {
        if (retryEnabled) {
            jobs.runAlone(JOB, this::deliverHere);
        }
    }

    private void deliverWhenFree() {
        try {
            jobs.runExclusively(JOB, Duration.ofMinutes(2), this::deliverHere);
        } catch (RuntimeException e) {
            LOG.warn("Sending communications stopped; the next pass retries: {}", e.getMessage());
        }
    }

    /** One pass: every email due and not yet sent; returns how many went now. For the job (and tests). */
    public int deliverDue() {
        return jobs.runExclusively(JOB, Duration.ofMinutes(2), this::deliverHere)
                .orElse(0);
    }

    private record Pending(
            long id,
            CommunicationKind kind,
            Topic topic,
            String title,
            String text,
            String link,
            List<String> councils) {}

    private record Person(String subject, String email) {}

    private int deliverHere() {
        List<Pending> pending = transactions.executeRead(status -> Rows.all(
                status.getConnection(),
                "select id, kind, topic, title, summary, link, sent_to from communication"
                        + " where send_requested_at is not null and delivered_at is null"
                        + " order by send_requested_at, id",
                rows -> new Pending(
                        rows.getLong(1),
                        CommunicationKind.valueOf(rows.getString(2)),
                        Topic.valueOf(rows.getString(3)),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getString(6),
                        Arrays.asList((String[]) rows.getArray(7).getArray()))));
        int sent = 0;
        for (Pending communication : pending) {
            sent += deliver(communication);
        }
        return sent;
    }

    private int deliver(Pending communication) {
        int sent = 0;
        int failed = 0;
        for (String council : communication.councils()) {
            TenantId tenant = TenantId.of(council);
            List<Person> people = onBehalf.call(
                    SENDER,
                    tenant,
                    () -> transactions.executeRead(status -> Rows.all(
                            status.getConnection(),
                            "select u.subject, u.email from council_user u where u.tenant_id = ?"
                                    + " and u.email like '%@%' and not exists (select 1 from communication_subscription s"
                                    + "  where s.tenant_id = u.tenant_id and s.subject = u.subject and s.topic = ?"
                                    + "  and not s.subscribed)"
                                    + " and not exists (select 1 from communication_delivery d"
                                    + "  where d.tenant_id = u.tenant_id and d.communication_id = ? and d.subject = u.subject)"
                                    + " order by u.email",
                            rows -> new Person(rows.getString(1), rows.getString(2)),
                            council,
                            communication.topic(),
                            communication.id())));
            for (Person person : people) {
                try {
                    boolean now = onBehalf.call(
                            SENDER,
                            tenant,
                            () -> transactions.executeWrite(status -> {
                                int recorded = Rows.update(
                                        status.getConnection(),
                                        "insert into communication_delivery (tenant_id, communication_id, subject,"
                                                + " email, sent_at) values (?, ?, ?, ?, ?) on conflict do nothing",
                                        council,
                                        communication.id(),
                                        person.subject(),
                                        person.email(),
                                        clock.instant());
                                if (recorded == 0) {
                                    return false;
                                }
                                // inside the transaction: a failed email leaves no record, so the next pass retries it
                                mail.send(new Mail(person.email(), subject(communication), text(communication)));
                                return true;
                            }));
                    sent += now ? 1 : 0;
                } catch (MailSender.MailNotSent e) {
                    failed++;
                    LOG.warn("Communication {} not emailed to one person yet: {}", communication.id(), e.getMessage());
                }
            }
        }
        int emailed = sent;
        boolean done = failed == 0;
        transactions.executeWrite(status -> {
            return Rows.update(
                    status.getConnection(),
                    "update communication set recipients = recipients + ?,"
                            + " delivered_at = case when ? then cast(? as timestamptz) end where id = ?",
                    emailed,
                    done,
                    Timestamp.from(clock.instant()),
                    communication.id());
        });
        return sent;
    }

    private static String subject(Pending communication) {
        return communication.kind().label() + ": " + communication.title();
    }

    private String text(Pending communication) {
        return communication.title() + "\n\n" + communication.text() + "\n\n"
                + (communication.link() == null ? "" : "More: " + communication.link() + "\n\n")
                + "Read it on the member platform: " + platformUrl + "/portal/communications/read/" + communication.id()
                + "\n\nYou receive this because you are on the East of England LGA member platform. Choose the"
                + " topics you receive by email at " + platformUrl + "/portal/communications/subscriptions\n\n"
                + "East of England LGA\n";
    }

    // ---- reading and checks

    private Communication one(long id) {
        return transactions
                .executeRead(status -> Communications.communications(
                        status.getConnection(), Communications.SELECT + " where k.id = ?", id))
                .get(0);
    }

    private static List<String> resolve(Connection connection, Audience audience, List<String> named)
            throws SQLException {
        return texts(
                connection,
                "select id from council where status = 'ACTIVE' and (? = 'ALL_COUNCILS'"
                        + " or (? = 'COUNTIES_UNITARIES' and kind in ('COUNTY', 'UNITARY')) or id = any (?))"
                        + " order by id",
                audience.name(),
                audience.name(),
                connection.createArrayOf("text", named.toArray()));
    }

    private static List<String> texts(Connection connection, String sql, Object... values) throws SQLException {
        return Rows.all(connection, sql, rows -> rows.getString(1), values);
    }

    private static SendState state(long id, boolean now, int councils, Timestamp requested, Timestamp delivered) {
        Instant at = requested.toInstant();
        String sentence = (now ? "Sending to " : "Already sent on " + UkTime.date(at) + " to ")
                + councils
                + (councils == 1 ? " council" : " councils")
                + (delivered == null ? "; the emails are going out." : "; every email has gone.");
        return new SendState(id, now, councils, at, delivered == null ? null : delivered.toInstant(), sentence);
    }

    private static CommunicationDraft checked(CommunicationDraft d) {
        if (d == null || d.kind() == null) {
            throw new CommunicationRefused("kind", "Choose what you are sending.");
        }
        if (d.kind().internal()) {
            throw new CommunicationRefused(
                    "kind", "Briefings and letters to Government are recorded, not sent to councils.");
        }
        if (d.audience() == null) {
            throw new CommunicationRefused("audience", "Choose which councils it is for.");
        }
        String title = CommunicationChecks.required("title", "the title", d.title(), Communications.TITLE_MAX, false);
        String text = CommunicationChecks.required("text", "the text", d.text(), Communications.SUMMARY_MAX, true);
        String link = CommunicationChecks.link(d.link());
        List<String> councils = List.of();
        if (d.audience() == Audience.NAMED_COUNCILS) {
            Set<String> named = new LinkedHashSet<>();
            for (String council : d.councils() == null ? List.<String>of() : d.councils()) {
                if (council == null || !council.strip().matches("[a-z0-9-]{1,64}")) {
                    throw new CommunicationRefused("councils", "Name each council by its id, like norwich.");
                }
                named.add(council.strip());
            }
            if (named.isEmpty() || named.size() > COUNCILS_MAX) {
                throw new CommunicationRefused(
                        "councils", "Name between 1 and " + COUNCILS_MAX + " councils to send it to.");
            }
            councils = List.copyOf(named);
        }
        return new CommunicationDraft(
                d.kind(), d.topic() == null ? Topic.GENERAL : d.topic(), title, text, link, d.audience(), councils);
    }

    private static void requireStaff(Caller staff) {
        staff.requireStaff(
                () -> new CommunicationRefused("not-allowed", "Only association staff send communications."));
    }
}
