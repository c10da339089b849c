package uk.org.eelga.bench.data;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import uk.org.eelga.platform.engagement.GroupRates;
import uk.org.eelga.shared.UkTime;

/**
 * Benchmark data: the last {@code years} financial years, and the year of each performance framework in the
 * database (so the framework's live figures are timed at scale too), at {@code density} times the demo's density,
 * for every member council, on top of the demo data (which is 1x). Per year the demo has about 53 group meetings, 11 events,
 * 1,700 attendance lines, 490 registrations, a dozen surveys, 16 coaching sessions, 8 appraisal requests and a
 * couple of Talent Bank requests; this adds (density - 1) times as many of each, following the demo loaders'
 * shapes (EngagementDemoData, SurveyDemoData, db/demo V042, V043, V070), plus each council's membership invoice and
 * an invoice per paid coaching place.
 *
 * <p>Written as the application role {@code eelga_app}, which owns no table and cannot bypass row-level security:
 * shared rows (meetings, events, surveys, sessions) as the platform writes them, and each council's rows in a
 * transaction with that council bound ({@code set_config('app.tenant_id', council, true)}), so every row passes the
 * same policies as the platform's own writes. Rows carry {@code bench-generator} where a table has a "created by"
 * column; a year already generated is skipped, so running it again is safe.
 */
public final class DataGenerator {

    static final String BY = "bench-generator";
    static final ZoneId UK = UkTime.ZONE;
    static final List<String> SCALE = List.of("Very poor", "Poor", "Average", "Good", "Very good");

    private static final Map<String, Double> GROUP_RATES = GroupRates.RATES;

    private static final String[] EVENT_TYPES = {
        "CONFERENCE", "SUMMIT", "MASTERCLASS", "RECEPTION", "THOUGHT_LEADERSHIP", "FORUM", "WORKSHOP"
    };
    private static final String[] TOPICS = {
        "Housing delivery", "Digital services", "Adult social care", "Climate and net zero", "Workforce", "Finance",
        "Planning reform", "Health integration", "Procurement", "Devolution", "Skills", "Transport"
    };
    private static final String[] PLACES = {
        "Cambridge", "Chelmsford", "Norwich", "Ipswich", "Hertford", "Bedford", "Peterborough", "Newmarket"
    };
    private static final String[] FIRST = {
        "Alex", "Sam", "Jo", "Chris", "Pat", "Ruth", "Kate", "Tom", "Priya", "Mo", "Dev", "Aisha"
    };
    private static final String[] LAST = {
        "Smith", "Jones", "Patel", "Brown", "Taylor", "Khan", "Wilson", "Evans", "Reid", "Shah"
    };

    private final String url;
    private final String user;
    private final String password;
    private final int density;
    private final int years;
    private final Random random = new Random(20260401);
    private final Map<String, Long> counts = new LinkedHashMap<>();

    private record Council(String id, String kind) {}

    private record Row(String kind, Object[] values) {}

    public DataGenerator(String url, String user, String password, int density, int years) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.density = density;
        this.years = years;
    }

    public void run() throws SQLException {
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            String role = one(c, "select current_user");
            if (!"eelga_app".equals(role)) {
                System.out.println("note: connected as " + role + ", not eelga_app");
            }
            List<Council> councils = new ArrayList<>();
            try (ResultSet rs = c.createStatement()
                    .executeQuery(
                            "select id, kind from council where status = 'ACTIVE' and successor_id is null order by id")) {
                while (rs.next()) {
                    councils.add(new Council(rs.getString(1), rs.getString(2)));
                }
            }
            c.commit();
            LocalDate today = LocalDate.now(UK);
            int last = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
            java.util.TreeSet<Integer> chosen = new java.util.TreeSet<>();
            for (int year = last - years + 1; year <= last; year++) {
                chosen.add(year);
            }
            // The performance frameworks' own years too (2017-18, 2019-20), so their live figures are timed at scale.
            try (ResultSet rs = c.createStatement().executeQuery("select year_label from framework")) {
                while (rs.next()) {
                    chosen.add(Integer.parseInt(rs.getString(1).substring(0, 4)));
                }
            }
            c.commit();
            for (int year : chosen) {
                if (generated(c, year)) {
                    System.out.printf("%s: already generated, skipped%n", label(year));
                    continue;
                }
                long t = System.nanoTime();
                year(c, year, councils);
                System.out.printf("%s: generated in %.1f s%n", label(year), (System.nanoTime() - t) / 1e9);
            }
        }
        System.out.printf("rows added: %s (%.1f s)%n", counts, (System.nanoTime() - started) / 1e9);
    }

    private boolean generated(Connection c, int year) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "select exists (select 1 from engagement_meeting where created_by = ? and starts_at >= ? and starts_at < ?)")) {
            q.setString(1, BY);
            q.setTimestamp(2, fyStart(year));
            q.setTimestamp(3, fyStart(year + 1));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                boolean done = rs.getBoolean(1);
                c.commit();
                return done;
            }
        }
    }

    private void year(Connection c, int year, List<Council> councils) throws SQLException {
        int extra = density - 1;
        Instant now = Instant.now();
        Map<String, Double> keenness = new HashMap<>();
        councils.forEach(k -> keenness.put(k.id(), (random.nextDouble() - 0.5) * 0.3));
        Map<String, List<Row>> rows = new HashMap<>();

        // --- shared: group meetings and events (as the platform's staff pages write them) ---
        unbind(c);
        List<long[]> meetings = new ArrayList<>(); // id, group
        Map<Long, String> groupCode = new HashMap<>();
        List<long[]> groups = new ArrayList<>();
        try (ResultSet rs = c.createStatement()
                .executeQuery("select id, meetings_per_year, code from engagement_group where active")) {
            while (rs.next()) {
                groups.add(new long[] {rs.getLong(1), rs.getInt(2)});
                groupCode.put(rs.getLong(1), rs.getString(3));
            }
        }
        try (PreparedStatement insert = c.prepareStatement(
                "insert into engagement_meeting (kind, group_id, title, starts_at, place, online, agenda_url, created_by)"
                        + " select 'MEETING', g.id, g.name || ' (extra ' || ? || ')', ?, ?, ?, ?, ? from engagement_group g where g.id = ?",
                Statement.RETURN_GENERATED_KEYS)) {
            for (long[] group : groups) {
                int n = (int) Math.max(1, group[1]) * extra;
                for (int i = 0; i < n; i++) {
                    LocalDateTime at = LocalDate.of(year, 4, 1)
                            .plusDays((long) (365.0 * (i + random.nextDouble()) / n))
                            .atTime(10 + random.nextInt(4), 0);
                    insert.setInt(1, i + 1);
                    insert.setTimestamp(2, Timestamp.from(at.atZone(UK).toInstant()));
                    boolean online = random.nextInt(4) == 0;
                    insert.setString(3, online ? "" : PLACES[random.nextInt(PLACES.length)]);
                    insert.setBoolean(4, online);
                    insert.setString(5, "https://www.eelga.gov.uk/meetings/bench/" + group[0] + "/" + at.toLocalDate());
                    insert.setString(6, BY);
                    insert.setLong(7, group[0]);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                while (keys.next()) {
                    meetings.add(new long[] {keys.getLong(1)});
                }
            }
        }
        count("engagement_meeting (meetings)", meetings.size());
        List<Object[]> events = new ArrayList<>(); // id, starts_at
        try (PreparedStatement insert = c.prepareStatement(
                "insert into engagement_meeting (kind, event_type, title, starts_at, place, online, capacity, created_by)"
                        + " values ('EVENT', ?, ?, ?, ?, false, 1000, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            int n = 11 * extra;
            List<Timestamp> when = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                LocalDateTime at = LocalDate.of(year, 4, 1)
                        .plusDays((long) (365.0 * (i + random.nextDouble()) / n))
                        .atTime(9, 30);
                Timestamp ts = Timestamp.from(at.atZone(UK).toInstant());
                when.add(ts);
                insert.setString(1, EVENT_TYPES[i % EVENT_TYPES.length]);
                insert.setString(
                        2,
                        TOPICS[i % TOPICS.length] + " "
                                + EVENT_TYPES[i % EVENT_TYPES.length]
                                        .toLowerCase()
                                        .replace('_', ' ') + " " + label(year) + " #" + (i + 1));
                insert.setTimestamp(3, ts);
                insert.setString(4, PLACES[random.nextInt(PLACES.length)]);
                insert.setString(5, BY);
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                int i = 0;
                while (keys.next()) {
                    events.add(new Object[] {keys.getLong(1), when.get(i++)});
                }
            }
        }
        count("engagement_meeting (events)", events.size());
        c.commit();

        // --- each council's attendance at the new meetings (expected seats, group rate nudged per council) ---
        Long[] ids = meetings.stream().map(m -> m[0]).toArray(Long[]::new);
        try (PreparedStatement q = c.prepareStatement(
                "select s.meeting_id, s.council_id, s.seats, s.group_id, s.starts_at from engagement_expected_seat s"
                        + " where s.meeting_id = any (?) order by s.meeting_id, s.council_id")) {
            q.setArray(1, c.createArrayOf("bigint", ids));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    if (!rs.getTimestamp(5).toInstant().isBefore(now) || !keenness.containsKey(rs.getString(2))) {
                        continue;
                    }
                    String council = rs.getString(2);
                    double rate = Math.max(
                            0.02,
                            Math.min(
                                    0.99,
                                    GROUP_RATES.getOrDefault(groupCode.get(rs.getLong(4)), 0.6)
                                            + keenness.get(council)));
                    for (int seat = 1; seat <= rs.getInt(3); seat++) {
                        double roll = random.nextDouble();
                        String status = roll < rate * 0.92
                                ? "PRESENT"
                                : roll < rate ? "SUBSTITUTE" : roll < rate + (1 - rate) * 0.6 ? "APOLOGIES" : "ABSENT";
                        add(rows, council, "attendance", rs.getLong(1), seat, status, person(), null);
                    }
                }
            }
        }
        c.commit();

        // --- registrations for every new event and, for past ones, who came ---
        Map<Long, Integer> registered = new HashMap<>();
        Map<Long, List<String[]>> attendees = new HashMap<>();
        for (Object[] event : events) {
            long id = (Long) event[0];
            boolean past = ((Timestamp) event[1]).toInstant().isBefore(now);
            for (Council council : councils) {
                int delegates =
                        random.nextDouble() < 0.45 + keenness.get(council.id()) ? 1 + random.nextInt(past ? 3 : 2) : 0;
                for (int d = 1; d <= delegates; d++) {
                    String name = person();
                    String email =
                            name.toLowerCase().replace(' ', '.') + "." + id + "." + d + "@" + council.id() + ".gov.uk";
                    add(rows, council.id(), "registration", id, name, email);
                    registered.merge(id, 1, Integer::sum);
                    if (past) {
                        String status = random.nextDouble() < 0.88 ? "PRESENT" : "ABSENT";
                        add(rows, council.id(), "attendance", id, d, status, name, email);
                        if (status.equals("PRESENT")) {
                            attendees
                                    .computeIfAbsent(id, k -> new ArrayList<>())
                                    .add(new String[] {council.id(), email});
                        }
                    }
                }
            }
        }
        try (PreparedStatement update =
                c.prepareStatement("update engagement_meeting set registered_count = ? where id = ?")) {
            for (Map.Entry<Long, Integer> e : registered.entrySet()) {
                update.setInt(1, e.getValue());
                update.setLong(2, e.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
        c.commit();

        // --- surveys: an evaluation of every past new event, and (density - 1) more perception surveys ---
        Map<Long, long[]> evaluationQuestions = new LinkedHashMap<>(); // survey -> [q rating, q yes/no]
        Map<Long, Long> evaluationOf = new HashMap<>();
        for (Object[] event : events) {
            Instant starts = ((Timestamp) event[1]).toInstant();
            if (!starts.isBefore(now)) {
                continue;
            }
            long survey = survey(
                    c,
                    "Evaluation (bench): event " + event[0],
                    "EVALUATION",
                    "EVENT_ATTENDEES",
                    (Long) event[0],
                    "PER_PERSON",
                    starts,
                    starts.plusSeconds(86400L * 30));
            long section = section(c, survey, "The event");
            long q1 = question(c, survey, section, 1, "Overall, how would you rate the event?", "RATING", SCALE);
            long q2 = question(
                    c, survey, section, 2, "Was the event relevant to your role?", "YES_NO", List.of("Yes", "No"));
            question(c, survey, section, 3, "Any other comments?", "FREE_TEXT", List.of());
            evaluationQuestions.put(survey, new long[] {q1, q2});
            evaluationOf.put((Long) event[0], survey);
        }
        for (Map.Entry<Long, Long> e : evaluationOf.entrySet()) {
            long survey = e.getValue();
            long[] q = evaluationQuestions.get(survey);
            for (String[] attendee : attendees.getOrDefault(e.getKey(), List.of())) {
                if (random.nextDouble() > 0.7) {
                    continue;
                }
                add(
                        rows,
                        attendee[0],
                        "response",
                        survey,
                        false,
                        "demo:" + attendee[1],
                        "Bench respondent",
                        new long[] {q[0], q[1]},
                        new String[] {rating(0.82), random.nextDouble() < 0.9 ? "Yes" : "No"});
            }
        }
        for (int k = 0; k < extra; k++) {
            Instant opens =
                    LocalDate.of(year, 10, 1).plusDays(7L * k).atStartOfDay(UK).toInstant();
            if (!opens.isBefore(now)) {
                continue;
            }
            long survey = survey(
                    c,
                    "Perception survey (bench) " + label(year) + " #" + (k + 1),
                    "PERCEPTION",
                    "ALL_COUNCILS",
                    null,
                    "PER_COUNCIL",
                    opens,
                    opens.plusSeconds(86400L * 60));
            long section = section(c, survey, "Overall");
            long q1 = question(
                    c,
                    survey,
                    section,
                    1,
                    "Overall, how would you rate the association's service to your council?",
                    "RATING",
                    SCALE);
            long q2 = question(
                    c, survey, section, 2, "How well does the association keep you informed?", "RATING", SCALE);
            for (Council council : councils) {
                if (random.nextDouble() < 0.6 + keenness.get(council.id())) {
                    add(
                            rows,
                            council.id(),
                            "response",
                            survey,
                            true,
                            "demo:officer@" + council.id(),
                            "Bench respondent",
                            new long[] {q1, q2},
                            new String[] {rating(0.78), rating(0.7)});
                }
            }
        }
        count("survey", evaluationOf.size() + Math.max(0, extra));
        c.commit();

        // --- coaching: (density - 1) more cohorts of the year's programme, bookings from every council ---
        List<Object[]> sessions = new ArrayList<>(); // id, starts, price, capacity
        for (int k = 0; k < extra; k++) {
            long cohort = insertReturning(
                    c,
                    "insert into coaching_cohort (programme, name, description) values (?, ?, ?)",
                    k % 3 == 0 ? "ILM7" : k % 3 == 1 ? "COACHING_IN_THE_WORKPLACE" : "CPD",
                    "Bench cohort " + label(year) + " #" + (k + 1) + " (" + random.nextInt(1_000_000) + ")",
                    "Generated for the load harness.");
            for (int s = 0; s < 16; s++) {
                LocalDateTime at =
                        LocalDate.of(year, 4, 10).plusDays(22L * s + k).atTime(9, 30);
                Instant starts = at.atZone(UK).toInstant();
                long price = s % 4 == 3 ? 0 : s % 2 == 0 ? 185000 : 60000;
                long id = insertReturning(
                        c,
                        "insert into coaching_session (cohort_id, title, starts_at, ends_at, venue, capacity, price_pence,"
                                + " allowance_per_council, cancellation_cutoff) values (?, ?, ?, ?, ?, 12, ?, null, ?)",
                        cohort,
                        "Bench session " + (s + 1),
                        Timestamp.from(starts),
                        Timestamp.from(starts.plusSeconds(7 * 3600)),
                        PLACES[s % PLACES.length],
                        price,
                        Timestamp.from(starts.minusSeconds(14 * 86400)));
                sessions.add(new Object[] {id, starts, price});
            }
        }
        Map<Long, Integer> confirmed = new HashMap<>();
        for (Object[] session : sessions) {
            int n = 2 + random.nextInt(5);
            Instant starts = (Instant) session[1];
            for (int i = 0; i < n; i++) {
                Council council = councils.get(random.nextInt(councils.size()));
                String who = person();
                add(
                        rows,
                        council.id(),
                        "booking",
                        session[0],
                        who,
                        who.toLowerCase().replace(' ', '.') + "@" + council.id() + ".demo",
                        session[2],
                        Timestamp.from(starts.minusSeconds(30L * 86400)),
                        starts.isBefore(now));
                confirmed.merge((Long) session[0], 1, Integer::sum);
            }
        }
        try (PreparedStatement update =
                c.prepareStatement("update coaching_session set confirmed_count = ? where id = ?")) {
            for (Map.Entry<Long, Integer> e : confirmed.entrySet()) {
                update.setInt(1, e.getValue());
                update.setLong(2, e.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
        count("coaching_session", sessions.size());
        c.commit();

        // --- appraisal requests, Talent Bank requests through to invoices, membership invoices ---
        for (int i = 0; i < (6 + year % 4) * extra; i++) {
            Council council = councils.get(random.nextInt(councils.size()));
            Instant asked = LocalDate.of(year, 4, 1)
                    .plusDays(random.nextInt(360))
                    .atTime(10, 0)
                    .atZone(UK)
                    .toInstant();
            add(
                    rows,
                    council.id(),
                    "appraisal",
                    Timestamp.from(asked),
                    asked.plusSeconds(60L * 86400).isBefore(now));
        }
        List<long[]> services = new ArrayList<>(); // service id, associate id, charge rate, cost rate
        try (ResultSet rs = c.createStatement()
                .executeQuery(
                        "select s.id, a.id, a.charge_day_rate_pence, a.cost_day_rate_pence from talent_bank_service s"
                                + " join talent_bank_associate a on a.area_id = s.area_id where s.active and a.active order by s.id, a.id")) {
            while (rs.next()) {
                services.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)});
            }
        }
        c.commit();
        if (!services.isEmpty()) {
            for (int i = 0; i < 8 * extra; i++) {
                Council council = councils.get(random.nextInt(councils.size()));
                long[] service = services.get(random.nextInt(services.size()));
                LocalDate starts = LocalDate.of(year, 4, 15).plusDays(random.nextInt(300));
                add(
                        rows,
                        council.id(),
                        "talent-bank",
                        service,
                        starts,
                        10 + random.nextInt(60),
                        starts.plusDays(90).isBefore(LocalDate.now(UK)));
            }
        }
        for (Council council : councils) {
            long fee = council.kind().equals("COUNTY")
                    ? 2_000_000
                    : council.kind().equals("UNITARY") ? 1_300_000 : 680_000;
            add(
                    rows,
                    council.id(),
                    "membership",
                    year,
                    fee,
                    LocalDate.of(year, 6, 1).isBefore(LocalDate.now(UK)));
        }

        // --- write each council's rows with that council bound ---
        for (Map.Entry<String, List<Row>> e : rows.entrySet()) {
            writeCouncil(c, e.getKey(), e.getValue());
        }
    }

    private void writeCouncil(Connection c, String council, List<Row> rows) throws SQLException {
        try (PreparedStatement bind = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            bind.setString(1, council);
            bind.execute();
        }
        try (PreparedStatement attendance = c.prepareStatement(
                        "insert into attendance (tenant_id, meeting_id, seat, status, person_name, person_email, recorded_by)"
                                + " values (app_current_tenant(), ?, ?, ?, ?, ?, 'bench-generator@eelga.demo')");
                PreparedStatement registration = c.prepareStatement(
                        "insert into event_registration (tenant_id, meeting_id, delegate_name, delegate_email, registered_by)"
                                + " values (app_current_tenant(), ?, ?, ?, 'bench-generator@eelga.demo')");
                PreparedStatement response = c.prepareStatement(
                        "insert into survey_response (tenant_id, survey_id, per_council, anonymous, respondent, respondent_name,"
                                + " submitted_by, status, updated_at, submitted_on) values (app_current_tenant(), ?, ?, false, ?, ?, ?,"
                                + " 'SUBMITTED', now(), current_date) returning id");
                PreparedStatement answer = c.prepareStatement(
                        "insert into survey_answer (tenant_id, response_id, question_id, value) values (app_current_tenant(), ?, ?, ?)");
                PreparedStatement booking = c.prepareStatement(
                        "insert into coaching_booking (tenant_id, session_id, delegate_name, delegate_email, status, price_pence,"
                                + " booked_by_subject, booked_by_email, booked_at, confirmed_at, attended, completed)"
                                + " values (app_current_tenant(), ?, ?, ?, 'CONFIRMED', ?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement appraisal = c.prepareStatement(
                        "insert into appraisal_request (tenant_id, requested_by_subject, requested_by_name, requested_by_email,"
                                + " requested_at, preferred_dates, notes, status, adviser, scheduled_on, delivered_on, decided_by_email)"
                                + " values (app_current_tenant(), ?, ?, ?, ?, 'Any weekday', 'Generated for the load harness.', ?, ?, ?, ?, ?)")) {
            List<Object[]> paidBookings = new ArrayList<>();
            for (Row row : rows) {
                Object[] v = row.values();
                switch (row.kind()) {
                    case "attendance" -> {
                        attendance.setLong(1, (Long) v[0]);
                        attendance.setInt(2, (Integer) v[1]);
                        attendance.setString(3, (String) v[2]);
                        attendance.setString(4, (String) v[3]);
                        attendance.setString(5, (String) v[4]);
                        attendance.addBatch();
                    }
                    case "registration" -> {
                        registration.setLong(1, (Long) v[0]);
                        registration.setString(2, (String) v[1]);
                        registration.setString(3, (String) v[2]);
                        registration.addBatch();
                    }
                    case "response" -> {
                        boolean perCouncil = (Boolean) v[1];
                        response.setLong(1, (Long) v[0]);
                        response.setBoolean(2, perCouncil);
                        response.setString(3, (String) v[2]);
                        response.setString(4, (String) v[3]);
                        response.setString(5, ((String) v[2]).substring(5));
                        long id;
                        try (ResultSet rs = response.executeQuery()) {
                            rs.next();
                            id = rs.getLong(1);
                        }
                        long[] questions = (long[]) v[4];
                        String[] values = (String[]) v[5];
                        for (int i = 0; i < questions.length; i++) {
                            answer.setLong(1, id);
                            answer.setLong(2, questions[i]);
                            answer.setString(3, values[i]);
                            answer.addBatch();
                        }
                        count("survey_response", 1);
                        count("survey_answer", questions.length);
                    }
                    case "booking" -> {
                        boolean past = (Boolean) v[5];
                        booking.setLong(1, (Long) v[0]);
                        booking.setString(2, (String) v[1]);
                        booking.setString(3, (String) v[2]);
                        booking.setLong(4, (Long) v[3]);
                        booking.setString(5, "bench-officer-" + council);
                        booking.setString(6, "officer@" + council + ".demo");
                        booking.setTimestamp(7, (Timestamp) v[4]);
                        booking.setTimestamp(8, (Timestamp) v[4]);
                        if (past) {
                            booking.setBoolean(9, random.nextInt(6) != 0);
                        } else {
                            booking.setNull(9, Types.BOOLEAN);
                        }
                        booking.setBoolean(10, past);
                        booking.executeUpdate();
                        try (ResultSet keys = booking.getGeneratedKeys()) {
                            keys.next();
                            if ((Long) v[3] > 0 && past) {
                                paidBookings.add(new Object[] {keys.getLong(1), v[3], v[4]});
                            }
                        }
                        count("coaching_booking", 1);
                    }
                    case "appraisal" -> {
                        Timestamp asked = (Timestamp) v[0];
                        boolean delivered = (Boolean) v[1];
                        LocalDate on =
                                asked.toInstant().atZone(UK).toLocalDate().plusMonths(2);
                        appraisal.setString(1, "bench-leader-" + council);
                        appraisal.setString(2, "Leader of " + council);
                        appraisal.setString(3, "leader@" + council + ".demo");
                        appraisal.setTimestamp(4, asked);
                        int pick = random.nextInt(3);
                        String status = delivered ? "DELIVERED" : pick == 0 ? "REQUESTED" : "SCHEDULED";
                        appraisal.setString(5, status);
                        appraisal.setString(6, status.equals("REQUESTED") ? null : "Bench Adviser");
                        appraisal.setObject(7, status.equals("REQUESTED") ? null : on);
                        appraisal.setObject(8, delivered ? on : null);
                        appraisal.setString(9, status.equals("REQUESTED") ? null : "staff@eelga.demo");
                        appraisal.addBatch();
                        count("appraisal_request", 1);
                    }
                    case "talent-bank" -> talentBank(
                            c, council, (long[]) v[0], (LocalDate) v[1], (Integer) v[2], (Boolean) v[3]);
                    case "membership" -> invoice(
                            c,
                            council,
                            "membership-" + label((Integer) v[0]),
                            "MEMBERSHIP",
                            "East of England LGA membership " + label((Integer) v[0]),
                            (Long) v[1],
                            0,
                            LocalDate.of((Integer) v[0], 5, 31),
                            (Boolean) v[2],
                            LocalDate.of((Integer) v[0], 4, 3));
                    default -> throw new IllegalStateException(row.kind());
                }
            }
            registration.executeBatch();
            attendance.executeBatch();
            answer.executeBatch();
            appraisal.executeBatch();
            for (Object[] paid : paidBookings) {
                long price = (Long) paid[1];
                LocalDate on = ((Timestamp) paid[2]).toInstant().atZone(UK).toLocalDate();
                invoice(
                        c,
                        council,
                        "coaching-booking-" + paid[0],
                        "COACHING",
                        "Coaching place",
                        price,
                        Math.round(price * 0.2),
                        on.plusDays(30),
                        true,
                        on);
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new SQLException("writing " + council + "'s rows: " + e.getMessage(), e);
        }
        rows.stream().filter(r -> r.kind().equals("attendance")).forEach(r -> count("attendance", 1));
        rows.stream().filter(r -> r.kind().equals("registration")).forEach(r -> count("event_registration", 1));
    }

    /** One Talent Bank request through to delivery and an invoice, as db/demo V070's demo_request does. */
    private void talentBank(Connection c, String council, long[] service, LocalDate starts, int days, boolean paid)
            throws SQLException {
        long charge = days * service[2];
        String byCouncil = "officer@" + council + ".demo";
        String status = paid ? "PAID" : "DELIVERED";
        long request = insertReturning(
                c,
                "insert into talent_bank_request (tenant_id, service_id, scope, start_on, end_on, budget_pence, po_number, status,"
                        + " requested_by, requested_at) values (app_current_tenant(), ?, 'Generated for the load harness', ?, ?, ?, ?, ?, ?, ?)",
                service[0],
                starts,
                starts.plusDays(60),
                charge + 500_000,
                "PO-" + random.nextInt(1_000_000),
                status,
                byCouncil,
                Timestamp.from(starts.minusDays(30).atStartOfDay(UK).toInstant()));
        String[] steps = {"REQUESTED", "QUOTED", "ACCEPTED", "SCHEDULED", "DELIVERED", "INVOICED", "PAID"};
        int lastStep = paid ? 7 : 5;
        try (PreparedStatement history = c.prepareStatement(
                "insert into talent_bank_history (tenant_id, request_id, from_status, to_status, actor_email, at, note)"
                        + " values (app_current_tenant(), ?, ?, ?, ?, ?, 'Generated')")) {
            for (int i = 0; i < lastStep; i++) {
                history.setLong(1, request);
                history.setString(2, i == 0 ? null : steps[i - 1]);
                history.setString(3, steps[i]);
                history.setString(4, i == 0 || i == 2 ? byCouncil : "staff@eelga.demo");
                history.setTimestamp(
                        5,
                        Timestamp.from(
                                starts.minusDays(30 - 5L * i).atStartOfDay(UK).toInstant()));
                history.addBatch();
            }
            history.executeBatch();
        }
        insertReturning(
                c,
                "insert into talent_bank_quote (tenant_id, request_id, pricing, days, day_rate_pence, amount_pence, expires_on,"
                        + " status, quoted_by, quoted_at, decided_by, decided_at) values (app_current_tenant(), ?, 'DAY_RATE', ?, ?, ?, ?,"
                        + " 'ACCEPTED', 'staff@eelga.demo', ?, ?, ?)",
                request,
                new java.math.BigDecimal(days),
                service[2],
                charge,
                starts,
                Timestamp.from(starts.minusDays(20).atStartOfDay(UK).toInstant()),
                byCouncil,
                Timestamp.from(starts.minusDays(15).atStartOfDay(UK).toInstant()));
        insertReturning(
                c,
                "insert into talent_bank_assignment (tenant_id, request_id, associate_id, planned_days, starts_on)"
                        + " values (app_current_tenant(), ?, ?, ?, ?)",
                request,
                service[1],
                new java.math.BigDecimal(days),
                starts);
        insertReturning(
                c,
                "insert into talent_bank_delivery (tenant_id, request_id, associate_id, delivered_on, days, charge_pence, cost_pence,"
                        + " invoice_source_ref) values (app_current_tenant(), ?, ?, ?, ?, ?, ?, ?)",
                request,
                service[1],
                starts.plusDays(45),
                new java.math.BigDecimal(days),
                charge,
                days * service[3],
                paid ? "talent-bank-request-" + request : null);
        if (paid) {
            invoice(
                    c,
                    council,
                    "talent-bank-request-" + request,
                    "TALENT_BANK",
                    "Talent Bank",
                    charge,
                    Math.round(charge * 0.2),
                    starts.plusDays(90),
                    true,
                    starts.plusDays(60));
        }
        count("talent_bank_request", 1);
    }

    private void invoice(
            Connection c,
            String council,
            String ref,
            String kind,
            String description,
            long net,
            long vat,
            LocalDate due,
            boolean paid,
            LocalDate created)
            throws SQLException {
        Long id = null;
        try (PreparedStatement insert = c.prepareStatement(
                "insert into billing_invoice (tenant_id, source_ref, kind, description, net_pence, vat_pence, total_pence, due_on,"
                        + " status, status_at, created_by, created_at) values (app_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (tenant_id, source_ref) do nothing returning id")) {
            insert.setString(1, ref);
            insert.setString(2, kind);
            insert.setString(3, description);
            insert.setLong(4, net);
            insert.setLong(5, vat);
            insert.setLong(6, net + vat);
            insert.setObject(7, due);
            insert.setString(8, paid ? "PAID" : "OPEN");
            insert.setTimestamp(
                    9, Timestamp.from(created.plusDays(20).atStartOfDay(UK).toInstant()));
            insert.setString(10, BY);
            insert.setTimestamp(11, Timestamp.from(created.atStartOfDay(UK).toInstant()));
            try (ResultSet rs = insert.executeQuery()) {
                if (rs.next()) {
                    id = rs.getLong(1);
                }
            }
        }
        if (id == null) {
            return;
        }
        insertReturning(
                c,
                "insert into billing_invoice_line (tenant_id, invoice_id, line_no, description, quantity, unit_amount_pence, vat_rate,"
                        + " net_pence, vat_pence, source_ref) values (app_current_tenant(), ?, 1, ?, 1, ?, ?, ?, ?, ?)",
                id,
                description,
                net,
                new java.math.BigDecimal(vat == 0 ? 0 : 20),
                net,
                vat,
                ref);
        count("billing_invoice", 1);
    }

    private long survey(
            Connection c,
            String title,
            String kind,
            String audience,
            Long meeting,
            String mode,
            Instant opens,
            Instant closes)
            throws SQLException {
        unbind(c);
        return insertReturning(
                c,
                "insert into survey (title, description, kind, audience, group_id, meeting_id, mode, anonymous, opens_at, closes_at,"
                        + " published, created_by) values (?, 'Generated for the load harness.', ?, ?, null, ?, ?, false, ?, ?, true, ?)",
                title,
                kind,
                audience,
                meeting,
                mode,
                Timestamp.from(opens),
                Timestamp.from(closes),
                BY);
    }

    private long section(Connection c, long survey, String title) throws SQLException {
        return insertReturning(
                c, "insert into survey_section (survey_id, position, title) values (?, 1, ?)", survey, title);
    }

    private long question(
            Connection c, long survey, long section, int position, String text, String type, List<String> options)
            throws SQLException {
        return insertReturning(
                c,
                "insert into survey_question (survey_id, section_id, position, text, type, required, options) values (?, ?, ?, ?, ?, ?, ?)",
                survey,
                section,
                position,
                text,
                type,
                !type.equals("FREE_TEXT"),
                c.createArrayOf("text", options.toArray()));
    }

    private static long insertReturning(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        }
    }

    private static void unbind(Connection c) throws SQLException {
        try (PreparedStatement bind = c.prepareStatement("select set_config('app.tenant_id', '', true)")) {
            bind.execute();
        }
    }

    private static String one(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void add(Map<String, List<Row>> rows, String council, String kind, Object... values) {
        rows.computeIfAbsent(council, k -> new ArrayList<>()).add(new Row(kind, values));
    }

    private void count(String table, long n) {
        counts.merge(table, n, Long::sum);
    }

    private String rating(double good) {
        if (random.nextDouble() < good) {
            return SCALE.get(3 + (random.nextDouble() < 0.45 ? 1 : 0));
        }
        return SCALE.get(random.nextInt(3));
    }

    private String person() {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    static String label(int year) {
        return year + "-" + String.format("%02d", (year + 1) % 100);
    }

    private static Timestamp fyStart(int year) {
        return Timestamp.from(LocalDate.of(year, 4, 1).atStartOfDay(UK).toInstant());
    }
}
