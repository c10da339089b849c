package uk.org.eelga.platform.engagement;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import uk.org.eelga.platform.demo.DemoDataLoader;
import uk.org.eelga.platform.demo.DemoIdentity;
import uk.org.eelga.platform.demo.WorkingDays;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.rls.OnBehalfOfCouncil;

/**
 * Meetings of every group, events, registrations and attendance from 2017-18 to this year, for all councils.
 * Attendance follows each group's 2017-18 rate from the framework (e.g. 67% of leaders at the Assembly, 87% at the
 * Management Committee) with a steady random spread per council, so figures look like the association's own.
 */
@Singleton
class EngagementDemoData implements DemoDataLoader {

    static final String CREATED_BY = "demo-data";

    /** Share of expected seats filled, per group (shared with the bench's data generator). */
    private static final Map<String, Double> GROUP_RATES = GroupRates.RATES;

    private record DemoEvent(int month, int day, EventType type, String title, String place, int capacity) {}

    private static final List<DemoEvent> YEARLY_EVENTS = List.of(
            new DemoEvent(6, 15, EventType.SUMMIT, "Finance Summit", "Cambridge", 120),
            new DemoEvent(6, 26, EventType.CONFERENCE, "Heads of HR Conference", "Newmarket", 100),
            new DemoEvent(7, 4, EventType.RECEPTION, "Annual reception at the LGA conference", "Birmingham", 150),
            new DemoEvent(7, 17, EventType.THOUGHT_LEADERSHIP, "Positive Ageing", "Chelmsford", 80),
            new DemoEvent(9, 18, EventType.THOUGHT_LEADERSHIP, "Housing Supply and Demand", "Cambridge", 80),
            new DemoEvent(10, 12, EventType.MASTERCLASS, "Procurement and Contracting Masterclass", "Ipswich", 60),
            new DemoEvent(11, 21, EventType.THOUGHT_LEADERSHIP, "Health Integration", "Norwich", 80),
            new DemoEvent(1, 26, EventType.SUMMIT, "London Plan Summit", "London", 120),
            new DemoEvent(2, 5, EventType.CONFERENCE, "Apprenticeship Conference", "Stevenage", 100),
            new DemoEvent(2, 22, EventType.MASTERCLASS, "Service Commercialisation Masterclass", "Bedford", 60),
            new DemoEvent(3, 15, EventType.THOUGHT_LEADERSHIP, "Digital Innovation in Health Care", "Luton", 80));

    private static final String[] FIRST = {"Alex", "Sam", "Jo", "Chris", "Pat", "Ruth", "Kate", "Tom", "Priya", "Mo"};
    private static final String[] LAST = {"Smith", "Jones", "Patel", "Brown", "Taylor", "Khan", "Wilson", "Evans"};

    private final TransactionOperations<Connection> transactions;
    private final OnBehalfOfCouncil onBehalf;
    private final Clock clock;

    EngagementDemoData(TransactionOperations<Connection> transactions, OnBehalfOfCouncil onBehalf, Clock clock) {
        this.transactions = transactions;
        this.onBehalf = onBehalf;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String name() {
        return "engagement (meetings, events, attendance)";
    }

    @Override
    public boolean alreadyLoaded() {
        return transactions.executeRead(status -> {
            try (PreparedStatement query = status.getConnection()
                    .prepareStatement("select 1 from engagement_meeting where created_by = ? limit 1")) {
                query.setString(1, CREATED_BY);
                return query.executeQuery().next();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public void load() {
        Random random = new Random(2017);
        Instant now = clock.instant();
        int lastYear = ReportingPeriod.containing(LocalDate.now(clock.withZone(UkTime.ZONE)))
                .startYear();
        Map<String, List<Object[]>> rowsByCouncil = new HashMap<>();
        Map<String, Double> councilKeenness = new HashMap<>();
        transactions.executeWrite(status -> {
            try {
                Connection connection = status.getConnection();
                Map<String, Long> groups = groups(connection);
                for (int year = 2017; year <= lastYear; year++) {
                    planGroupMeetings(connection, groups, year, random);
                    planEvents(connection, year, random);
                }
                expectedAttendance(connection, now, random, councilKeenness, rowsByCouncil);
                eventAttendance(connection, now, random, councilKeenness, rowsByCouncil);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not plan demo meetings", e);
            }
            return null;
        });
        rowsByCouncil.forEach((council, rows) -> onBehalf.run(
                DemoIdentity.SYSTEM,
                TenantId.of(council),
                () -> transactions.executeWrite(status -> {
                    writeCouncilRows(status.getConnection(), rows);
                    return null;
                })));
    }

    private static Map<String, Long> groups(Connection connection) throws SQLException {
        Map<String, Long> groups = new HashMap<>();
        try (ResultSet rows = connection.createStatement().executeQuery("select code, id from engagement_group")) {
            while (rows.next()) {
                groups.put(rows.getString(1), rows.getLong(2));
            }
        }
        return groups;
    }

    private static void planGroupMeetings(Connection connection, Map<String, Long> groups, int year, Random random)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into engagement_meeting (kind, group_id, title, starts_at, place, online, agenda_url,"
                        + " cancelled_reason, created_by) select 'MEETING', g.id, g.name || ' ' || ?, ?, ?, ?, ?, ?, ?"
                        + " from engagement_group g where g.id = ?")) {
            for (Map.Entry<String, Long> group : groups.entrySet()) {
                int perYear = Math.max(1, meetingsPerYear(connection, group.getValue()));
                for (int i = 0; i < perYear; i++) {
                    int monthOffset = (12 / perYear) * i + 2;
                    LocalDateTime at = WorkingDays.weekdayInMonth(LocalDate.of(year, 4, 1)
                                    .plusMonths(monthOffset)
                                    .plusDays(5 + random.nextInt(18)))
                            .atTime(10 + random.nextInt(4), 0);
                    boolean online = random.nextInt(5) == 0;
                    insert.setString(
                            1,
                            at.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " "
                                    + at.getYear());
                    insert.setTimestamp(2, Timestamp.from(at.atZone(UkTime.ZONE).toInstant()));
                    insert.setString(3, online ? "" : PLACES[random.nextInt(PLACES.length)]);
                    insert.setBoolean(4, online);
                    insert.setString(5, "https://www.eelga.gov.uk/meetings/" + group.getKey() + "/" + at.toLocalDate());
                    // The Improvement and Efficiency Panel's December 2017 meeting was cancelled (2017-18 commentary).
                    boolean cancelled = group.getKey().equals("improvement-efficiency-panel")
                            && at.getYear() == 2017
                            && at.getMonthValue() == 12;
                    insert.setString(6, cancelled ? "Not enough members able to attend" : null);
                    insert.setString(7, CREATED_BY);
                    insert.setLong(8, group.getValue());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static final String[] PLACES = {
        "Cambridge", "Chelmsford", "Norwich", "Ipswich", "Hertford", "Bedford", "Peterborough", "Newmarket"
    };

    private static int meetingsPerYear(Connection connection, long groupId) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("select meetings_per_year from engagement_group where id = ?")) {
            query.setLong(1, groupId);
            return Rows.one(query, rows -> rows.getInt(1));
        }
    }

    private static void planEvents(Connection connection, int year, Random random) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into engagement_meeting (kind, event_type, title, starts_at, place, online, capacity,"
                        + " created_by) values ('EVENT', ?, ?, ?, ?, false, ?, ?)")) {
            for (DemoEvent event : YEARLY_EVENTS) {
                int calendarYear = event.month() >= 4 ? year : year + 1;
                LocalDateTime at = WorkingDays.weekdayInMonth(LocalDate.of(calendarYear, event.month(), event.day()))
                        .atTime(9, 30);
                insert.setString(1, event.type().name());
                insert.setString(
                        2, event.title() + " " + ReportingPeriod.year(year).label());
                insert.setTimestamp(3, Timestamp.from(at.atZone(UkTime.ZONE).toInstant()));
                insert.setString(4, event.place());
                insert.setInt(5, event.capacity());
                insert.setString(6, CREATED_BY);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Attendance at past group meetings: each expected seat filled at the group's rate, nudged per council. */
    private static void expectedAttendance(
            Connection connection,
            Instant now,
            Random random,
            Map<String, Double> keenness,
            Map<String, List<Object[]>> rowsByCouncil)
            throws SQLException {
        try (ResultSet rows = connection
                .createStatement()
                .executeQuery("select s.meeting_id, s.council_id, s.seats, g.code, s.starts_at"
                        + " from engagement_expected_seat s join engagement_group g on g.id = s.group_id"
                        + " order by s.meeting_id, s.council_id")) {
            while (rows.next()) {
                if (!rows.getTimestamp(5).toInstant().isBefore(now)) {
                    continue;
                }
                String council = rows.getString(2);
                double nudge = keenness.computeIfAbsent(council, c -> (random.nextDouble() - 0.5) * 0.3);
                double rate = Math.max(0.02, Math.min(0.99, GROUP_RATES.getOrDefault(rows.getString(4), 0.6) + nudge));
                for (int seat = 1; seat <= rows.getInt(3); seat++) {
                    double roll = random.nextDouble();
                    AttendanceStatus status = roll < rate * 0.92
                            ? AttendanceStatus.PRESENT
                            : roll < rate
                                    ? AttendanceStatus.SUBSTITUTE
                                    : roll < rate + (1 - rate) * 0.6
                                            ? AttendanceStatus.APOLOGIES
                                            : AttendanceStatus.ABSENT;
                    rowsByCouncil
                            .computeIfAbsent(council, c -> new ArrayList<>())
                            .add(new Object[] {"A", rows.getLong(1), seat, status.name(), person(random), null});
                }
            }
        }
    }

    /** Registrations for every event and, for past ones, who came. */
    private static void eventAttendance(
            Connection connection,
            Instant now,
            Random random,
            Map<String, Double> keenness,
            Map<String, List<Object[]>> rowsByCouncil)
            throws SQLException {
        List<String> councils = new ArrayList<>();
        try (ResultSet rows = connection.createStatement().executeQuery("select id from council order by id")) {
            while (rows.next()) {
                councils.add(rows.getString(1));
            }
        }
        try (ResultSet events = connection
                        .createStatement()
                        .executeQuery("select id, starts_at, capacity from engagement_meeting where kind = 'EVENT'"
                                + " and created_by = '" + CREATED_BY + "' order by id");
                PreparedStatement count = connection.prepareStatement(
                        "update engagement_meeting set registered_count = ? where id = ?")) {
            while (events.next()) {
                long event = events.getLong(1);
                boolean past = events.getTimestamp(2).toInstant().isBefore(now);
                int capacity = events.getInt(3);
                int registered = 0;
                for (String council : councils) {
                    double nudge = keenness.computeIfAbsent(council, c -> (random.nextDouble() - 0.5) * 0.3);
                    int delegates = random.nextDouble() < 0.45 + nudge ? 1 + random.nextInt(past ? 3 : 2) : 0;
                    for (int d = 1; d <= delegates && registered < capacity - 5; d++) {
                        String name = person(random);
                        String email = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + d + "@" + council
                                + ".gov.uk";
                        rowsByCouncil
                                .computeIfAbsent(council, c -> new ArrayList<>())
                                .add(new Object[] {"R", event, d, null, name, email});
                        registered++;
                        if (past) {
                            AttendanceStatus status =
                                    random.nextDouble() < 0.88 ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT;
                            rowsByCouncil.get(council).add(new Object[] {"A", event, d, status.name(), name, email});
                        }
                    }
                }
                count.setInt(1, registered);
                count.setLong(2, event);
                count.addBatch();
            }
            count.executeBatch();
        }
    }

    private static void writeCouncilRows(Connection connection, List<Object[]> rows) {
        try (PreparedStatement attendance = connection.prepareStatement(
                        "insert into attendance (tenant_id, meeting_id, seat, status, person_name, person_email,"
                                + " recorded_by) values (app_current_tenant(), ?, ?, ?, ?, ?, ?)");
                PreparedStatement registration = connection.prepareStatement(
                        "insert into event_registration (tenant_id, meeting_id, delegate_name, delegate_email,"
                                + " registered_by) values (app_current_tenant(), ?, ?, ?, ?)")) {
            for (Object[] row : rows) {
                if ("A".equals(row[0])) {
                    attendance.setLong(1, (Long) row[1]);
                    attendance.setInt(2, (Integer) row[2]);
                    attendance.setString(3, (String) row[3]);
                    attendance.setString(4, (String) row[4]);
                    attendance.setString(5, (String) row[5]);
                    attendance.setString(6, DemoIdentity.SYSTEM.email());
                    attendance.addBatch();
                } else {
                    registration.setLong(1, (Long) row[1]);
                    registration.setString(2, (String) row[4]);
                    registration.setString(3, (String) row[5]);
                    registration.setString(4, DemoIdentity.SYSTEM.email());
                    registration.addBatch();
                }
            }
            registration.executeBatch();
            attendance.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write demo attendance", e);
        }
    }

    private static String person(Random random) {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }
}
