package uk.org.eelga.platform.epaycheck;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Rows;

/**
 * The SQL of ePayCheck's reads, run on whichever connection the caller has: the council's own (row-level security
 * shows it only its rows) or staff's association-wide read. Writes are in {@link EpayCheckSteps}.
 */
final class Records {

    /**
     * Each subscriber of a year (the fourth parameter) as it stands on a day: the latest pay award whose update-by
     * date is before the day (third parameter), and whether the council has submitted anything from the day the
     * award was agreed until the end of the day (first and second parameters: UK midnight after the day).
     */
    static final String STANDING = "select s.tenant_id, c.name, s.invoice_id, a.title, a.agreed_on, a.update_by,"
            + " (select max(x.submitted_at) from epaycheck_submission x where x.tenant_id = s.tenant_id"
            + "  and x.submitted_at < ?) as last_at,"
            + " a.id is not null and not exists (select 1 from epaycheck_submission x where x.tenant_id = s.tenant_id"
            + "  and x.submitted_at >= (a.agreed_on::timestamp at time zone 'Europe/London') and x.submitted_at < ?)"
            + " as suspended"
            + " from epaycheck_subscription s join council c on c.id = s.tenant_id"
            + " left join lateral (select * from epaycheck_pay_award a where a.update_by < ?"
            + "  order by a.update_by desc, a.id desc limit 1) a on true"
            + " where s.year_label = ?";

    /** Each subscriber's named job families not submitted within a project's window (then: which projects). */
    private static final String PROGRESS_OF = "select p.id as project_id, s.tenant_id, c.name,"
            + " array(select f from unnest(p.families) f"
            + "  where not exists (select 1 from epaycheck_submission x where x.tenant_id = s.tenant_id"
            + "  and x.job_family = f and x.submitted_at >= (p.opens_on::timestamp at time zone 'Europe/London')"
            + "  and x.submitted_at < ((p.closes_on + 1)::timestamp at time zone 'Europe/London'))) as missing"
            + " from epaycheck_project p join epaycheck_subscription s on s.year_label = p.year_label"
            + " join council c on c.id = s.tenant_id where ";

    static final String PROGRESS = PROGRESS_OF + "p.id = ?";

    private Records() {}

    static List<Standing> standings(Connection connection, String yearLabel, LocalDate on, String onlyCouncil)
            throws SQLException {
        Timestamp end = Timestamp.from(UkTime.startOf(on.plusDays(1)));
        try (PreparedStatement select = connection.prepareStatement(
                STANDING + (onlyCouncil == null ? "" : " and s.tenant_id = ?") + " order by c.name")) {
            select.setTimestamp(1, end);
            select.setTimestamp(2, end);
            select.setDate(3, Date.valueOf(on));
            select.setString(4, yearLabel);
            if (onlyCouncil != null) {
                select.setString(5, onlyCouncil);
            }
            List<Standing> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long invoice = rows.getLong("invoice_id");
                    Timestamp last = rows.getTimestamp("last_at");
                    found.add(new Standing(
                            rows.getString("tenant_id"),
                            rows.getString("name"),
                            yearLabel,
                            true,
                            rows.wasNull() ? null : invoice,
                            rows.getBoolean("suspended"),
                            rows.getString("title"),
                            date(rows, "agreed_on"),
                            date(rows, "update_by"),
                            last == null ? null : last.toInstant()));
                }
            }
            return found;
        }
    }

    /** The latest submission per job family and grade of one council (the connection shows only its rows). */
    static List<Submission> latest(Connection connection, String council) throws SQLException {
        return submissions(
                connection,
                "select distinct on (job_family, grade) * from epaycheck_submission where tenant_id = ?"
                        + " order by job_family, grade, submitted_at desc, id desc",
                council);
    }

    static List<Submission> submissions(Connection connection, String sql, Object... values) throws SQLException {
        return Rows.all(
                connection,
                sql,
                rows -> new Submission(
                        rows.getLong("id"),
                        rows.getString("tenant_id"),
                        JobFamily.valueOf(rows.getString("job_family")),
                        rows.getString("grade"),
                        rows.getLong("min_salary_pence"),
                        rows.getLong("max_salary_pence"),
                        rows.getLong("allowances_pence"),
                        rows.getInt("posts"),
                        rows.getInt("vacancies"),
                        rows.getString("submitted_by"),
                        rows.getTimestamp("submitted_at").toInstant()),
                values);
    }

    static List<Benchmark> benchmarks(Connection connection, Instant since) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select * from epaycheck_regional_benchmarks(?)")) {
            select.setTimestamp(1, Timestamp.from(since));
            return Rows.all(
                    select,
                    rows -> new Benchmark(
                            JobFamily.valueOf(rows.getString("job_family")),
                            rows.getString("grade"),
                            rows.getInt("councils"),
                            rows.getLong("median_min_pence"),
                            rows.getLong("median_max_pence"),
                            rows.getLong("lower_quartile_min_pence"),
                            rows.getLong("upper_quartile_max_pence"),
                            rows.getLong("median_allowances_pence"),
                            rows.getLong("posts"),
                            rows.getLong("vacancies")));
        }
    }

    static List<PayAward> payAwards(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                        "select * from epaycheck_pay_award order by agreed_on desc, id desc");
                ResultSet rows = select.executeQuery()) {
            List<PayAward> found = new ArrayList<>();
            while (rows.next()) {
                found.add(new PayAward(
                        rows.getLong("id"), rows.getString("title"), date(rows, "agreed_on"), date(rows, "update_by")));
            }
            return found;
        }
    }

    /** Projects of a year (null: every year), newest first, without their completion. */
    static List<Project> projects(Connection connection, String yearLabel) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select * from epaycheck_project"
                + (yearLabel == null ? "" : " where year_label = ?") + " order by opens_on desc, id desc")) {
            if (yearLabel != null) {
                select.setString(1, yearLabel);
            }
            return Rows.all(
                    select,
                    rows -> new Project(
                            rows.getLong("id"),
                            rows.getString("name"),
                            rows.getString("year_label"),
                            families(rows.getArray("families")),
                            date(rows, "opens_on"),
                            date(rows, "closes_on"),
                            0,
                            0));
        }
    }

    static List<ProjectProgress> progress(Connection connection, long project, String onlyCouncil) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                PROGRESS + (onlyCouncil == null ? "" : " and s.tenant_id = ?") + " order by c.name")) {
            select.setLong(1, project);
            if (onlyCouncil != null) {
                select.setString(2, onlyCouncil);
            }
            return Rows.all(
                    select,
                    rows -> new ProjectProgress(
                            rows.getString("tenant_id"), rows.getString("name"), families(rows.getArray("missing"))));
        }
    }

    /**
     * Every project of a year with each subscriber's part, in one query (a page listing the projects asked once per
     * project before).
     */
    static java.util.Map<Long, List<ProjectProgress>> progressOfYear(
            Connection connection, String yearLabel, String onlyCouncil) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(PROGRESS_OF + "p.year_label = ?"
                + (onlyCouncil == null ? "" : " and s.tenant_id = ?") + " order by p.id, c.name")) {
            select.setString(1, yearLabel);
            if (onlyCouncil != null) {
                select.setString(2, onlyCouncil);
            }
            java.util.Map<Long, List<ProjectProgress>> found = new java.util.HashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.computeIfAbsent(rows.getLong("project_id"), k -> new ArrayList<>())
                            .add(new ProjectProgress(
                                    rows.getString("tenant_id"),
                                    rows.getString("name"),
                                    families(rows.getArray("missing"))));
                }
            }
            return found;
        }
    }

    static List<JobFamily> families(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray())
                .map(code -> JobFamily.valueOf(code.toString()))
                .toList();
    }

    private static LocalDate date(ResultSet rows, String column) throws SQLException {
        Date date = rows.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
