package uk.org.eelga.platform.epaycheck;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.org.eelga.shared.Csv;
import uk.org.eelga.shared.Money;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.Role;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilStatus;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.rls.AssociationWideRead;
import uk.org.eelga.tenancy.rls.OnBehalfOfCouncil;

/**
 * ePayCheck. A council's admin subscribes it for the financial year (invoiced through billing); its people submit
 * pay data per job family and grade and see the regional benchmarks while subscribed and not suspended. Staff record
 * pay awards and priority data projects, and see every subscriber's standing and each project's completion through
 * the audited association-wide read.
 */
@Singleton
public class EpayCheck {

    /** Regional figures are shown only over at least this many councils (also enforced in the database function). */
    public static final int MIN_COUNCILS = 5;

    /** The yearly subscription, before VAT: £950. */
    public static final long FEE_PENCE = 95_000;

    public static final int PAYMENT_DAYS = 30;
    public static final int GRADE_MAX = 60;
    public static final int TITLE_MAX = Text.NAME;

    /** The largest salary or allowance accepted, in pence (£1,000,000 a year). */
    public static final long PAY_MAX_PENCE = 100_000_000;

    public static final int POSTS_MAX = 100_000;

    /** Benchmarks use each council's latest figures submitted within this many years. */
    static final int BENCHMARK_YEARS = 2;

    private final EpayCheckSteps steps;
    private final JdbcOperations jdbc;
    private final AssociationWideRead wideRead;
    private final OnBehalfOfCouncil onBehalf;
    private final CouncilDirectory councils;
    private final Clock clock;

    EpayCheck(
            EpayCheckSteps steps,
            JdbcOperations jdbc,
            AssociationWideRead wideRead,
            OnBehalfOfCouncil onBehalf,
            CouncilDirectory councils,
            Clock clock) {
        this.steps = steps;
        this.jdbc = jdbc;
        this.wideRead = wideRead;
        this.onBehalf = onBehalf;
        this.councils = councils;
        this.clock = clock;
    }

    public LocalDate today() {
        return UkTime.today(clock);
    }

    public String thisYear() {
        return ReportingPeriod.thisYear(clock).yearLabel();
    }

    // ---- the council's side

    /** The caller's council's standing this year (subscribed, suspended, last update). */
    @ReadOnly
    public Standing standing(Caller person) {
        TenantId council = own(person);
        String year = thisYear();
        return sql(connection -> Records.standings(connection, year, today(), council.value())).stream()
                .findFirst()
                .orElseGet(() -> new Standing(
                        council.value(), person.councilName(), year, false, null, false, null, null, null, null));
    }

    /** The council's admin subscribes it for this financial year; the invoice is raised at once. */
    public Standing subscribe(Caller person) {
        own(person);
        person.requireAny(
                () -> new EpayCheckRefused("not-allowed", "Only your council's admins can subscribe to ePayCheck."),
                Role.COUNCIL_ADMIN);
        steps.subscribe(person, thisYear(), today());
        return standing(person);
    }

    public Submission submit(
            Caller person,
            JobFamily family,
            String grade,
            Long minPence,
            Long maxPence,
            Long allowancesPence,
            Integer posts,
            Integer vacancies) {
        own(person);
        if (family == null) {
            throw new EpayCheckRefused("job-family", "Choose the job family.");
        }
        String said = grade == null ? "" : grade.strip();
        if (said.isEmpty()) {
            throw new EpayCheckRefused("grade", "Enter the grade, for example PO3 or Band 7.");
        }
        Text.check("the grade", said, GRADE_MAX, false, m -> new EpayCheckRefused("grade", m));
        long min = pay("min-salary", "the bottom of the salary range", minPence, true);
        long max = pay("max-salary", "the top of the salary range", maxPence, true);
        if (max < min) {
            throw new EpayCheckRefused(
                    "max-salary", "The top of the salary range must be the same as or more than the bottom.");
        }
        long allowances = allowancesPence == null ? 0 : pay("allowances", "allowances", allowancesPence, false);
        int postCount = count("posts", "the number of posts", posts);
        int vacant = vacancies == null ? 0 : count("vacancies", "the number of vacancies", vacancies);
        if (vacant > postCount) {
            throw new EpayCheckRefused("vacancies", "Vacancies cannot be more than the number of posts.");
        }
        return steps.submit(person, family, said, min, max, allowances, postCount, vacant);
    }

    /** The council's current figures: its latest submission per job family and grade. */
    @ReadOnly
    public List<Submission> ourSubmissions() {
        String council = CurrentTenant.require().value();
        return sql(connection -> Records.latest(connection, council));
    }

    /** One of the council's submissions (current or earlier); another council's is not found. */
    @ReadOnly
    public Submission ourSubmission(long id) {
        String council = CurrentTenant.require().value();
        return sql(connection -> Records.submissions(
                        connection, "select * from epaycheck_submission where id = ? and tenant_id = ?", id, council))
                .stream()
                .findFirst()
                .orElseThrow(EpayCheckNotFound::new);
    }

    /** The regional benchmarks, for a subscriber that is not suspended. */
    @ReadOnly
    public List<Benchmark> benchmarks(Caller person) {
        Standing standing = standing(person);
        if (!standing.subscribed()) {
            throw new EpayCheckRefused(
                    "not-subscribed",
                    "Regional benchmarks are for subscribing councils. Your council's admin can subscribe for "
                            + standing.yearLabel() + ".");
        }
        if (standing.suspended()) {
            throw new EpayCheckRefused(
                    "suspended",
                    "Your council cannot see other councils' pay data until it updates its own after "
                            + standing.awardTitle() + " (due by " + UkTime.date(standing.awardUpdateBy()) + ").");
        }
        return sql(connection -> Records.benchmarks(connection, benchmarksSince()));
    }

    /** The benchmarks the caller may see, as CSV (pounds, one row per job family and grade). */
    public String benchmarksCsv(Caller person) {
        return csv(benchmarks(person));
    }

    /** This year's priority data projects with the job families the council has not yet submitted in each. */
    @ReadOnly
    public List<ProjectPart> ourProjects(Caller person) {
        String council = own(person).value();
        return sql(connection -> {
            List<ProjectPart> parts = new ArrayList<>();
            String year = thisYear();
            var progress = Records.progressOfYear(connection, year, council);
            for (Project project : Records.projects(connection, year)) {
                List<ProjectProgress> ours = progress.getOrDefault(project.id(), List.of());
                parts.add(new ProjectPart(
                        project,
                        ours.isEmpty() ? project.families() : ours.get(0).missing(),
                        !ours.isEmpty()));
            }
            return parts;
        });
    }

    // ---- the association's side

    /** Every subscriber of a year as it stands today (or at the year's end, for a year gone by). */
    public List<Standing> subscribers(Caller staff, String yearLabel) {
        ReportingPeriod year = year(yearLabel);
        LocalDate on = year.end().isBefore(today()) ? year.end() : today();
        return wideRead.read(
                staff,
                "ePayCheck subscribers " + year.yearLabel(),
                connection -> wrap(() -> Records.standings(connection, year.yearLabel(), on, null)));
    }

    /** Staff subscribe a council (for example when it asked by letter); the invoice is raised at once. */
    public Standing subscribeCouncil(Caller staff, String councilId) {
        requireStaff(staff);
        TenantId council = activeCouncil(councilId);
        String year = thisYear();
        onBehalf.run(staff, council, () -> steps.subscribe(staff, year, today()));
        return subscribers(staff, year).stream()
                .filter(s -> s.councilId().equals(council.value()))
                .findFirst()
                .orElseThrow(EpayCheckNotFound::new);
    }

    public PayAward recordPayAward(Caller staff, String title, LocalDate agreedOn, LocalDate updateBy) {
        requireStaff(staff);
        String said = required("title", "the pay award's title", title);
        LocalDate today = today();
        if (agreedOn == null || agreedOn.isAfter(today) || agreedOn.isBefore(today.minusYears(10))) {
            throw new EpayCheckRefused(
                    "agreed-on", "Enter the day the award was agreed: today or in the last ten years.");
        }
        if (updateBy == null || updateBy.isBefore(agreedOn) || updateBy.isAfter(agreedOn.plusYears(1))) {
            throw new EpayCheckRefused(
                    "update-by", "The update-by date must be on or after the day it was agreed, within a year.");
        }
        return steps.recordPayAward(staff, said, agreedOn, updateBy);
    }

    @ReadOnly
    public List<PayAward> payAwards() {
        return sql(Records::payAwards);
    }

    public Project createProject(
            Caller staff, String name, List<JobFamily> families, LocalDate opensOn, LocalDate closesOn) {
        requireStaff(staff);
        String said = required("name", "the project's name", name);
        if (families == null || families.isEmpty() || families.contains(null)) {
            throw new EpayCheckRefused("families", "Choose at least one job family.");
        }
        List<JobFamily> named = List.copyOf(EnumSet.copyOf(families));
        LocalDate today = today();
        if (opensOn == null || opensOn.isBefore(today.minusYears(10)) || opensOn.isAfter(today.plusYears(2))) {
            throw new EpayCheckRefused("opens-on", "Enter the day the project opens.");
        }
        if (closesOn == null || closesOn.isBefore(opensOn) || closesOn.isAfter(opensOn.plusYears(1))) {
            throw new EpayCheckRefused(
                    "closes-on", "The closing day must be on or after the opening day, within a year.");
        }
        String year = ReportingPeriod.containing(opensOn).yearLabel();
        long id = steps.createProject(staff, said, year, named, opensOn, closesOn);
        return projects(staff, year).stream()
                .filter(p -> p.id() == id)
                .findFirst()
                .orElseThrow(EpayCheckNotFound::new);
    }

    /**
     * Every priority data project named in words, newest first, where a framework measure is bound to one: "Chief
     * officers, opens 1 July 2017".
     */
    @ReadOnly
    public Map<String, String> projectNames() {
        Map<String, String> projects = new LinkedHashMap<>();
        Rows.each(
                jdbc,
                "select id, name, opens_on from epaycheck_project order by opens_on desc, id desc",
                r -> projects.put(
                        r.getString(1),
                        r.getString(2) + ", opens " + UkTime.date(r.getDate(3).toLocalDate())));
        return projects;
    }

    /** A year's projects with their completion: subscribers who submitted every named family in the window. */
    public List<Project> projects(Caller staff, String yearLabel) {
        ReportingPeriod year = year(yearLabel);
        return wideRead.read(
                staff,
                "ePayCheck projects " + year.yearLabel(),
                connection -> wrap(() -> {
                    List<Project> found = new ArrayList<>();
                    var ofYear = Records.progressOfYear(connection, year.yearLabel(), null);
                    for (Project p : Records.projects(connection, year.yearLabel())) {
                        List<ProjectProgress> progress = ofYear.getOrDefault(p.id(), List.of());
                        found.add(new Project(
                                p.id(),
                                p.name(),
                                p.yearLabel(),
                                p.families(),
                                p.opensOn(),
                                p.closesOn(),
                                progress.size(),
                                progress.stream()
                                        .filter(ProjectProgress::complete)
                                        .count()));
                    }
                    return found;
                }));
    }

    /** Each subscriber's part in one project, to chase those who have not submitted. */
    public List<ProjectProgress> projectProgress(Caller staff, long id) {
        return wideRead.read(
                staff,
                "ePayCheck project " + id,
                connection -> wrap(() -> {
                    if (Records.projects(connection, null).stream().noneMatch(p -> p.id() == id)) {
                        throw new EpayCheckNotFound();
                    }
                    return Records.progress(connection, id, null);
                }));
    }

    /** The regional benchmarks as staff see them: the same aggregates, never one council's figures. */
    public List<Benchmark> regionalBenchmarks(Caller staff) {
        return wideRead.read(
                staff,
                "ePayCheck regional benchmarks",
                connection -> wrap(() -> Records.benchmarks(connection, benchmarksSince())));
    }

    public static String csv(List<Benchmark> benchmarks) {
        Csv csv = Csv.quotingWhereNeeded()
                .header(
                        "Job family",
                        "Grade",
                        "Councils",
                        "Median bottom of range (£)",
                        "Median top of range (£)",
                        "Lower quartile bottom (£)",
                        "Upper quartile top (£)",
                        "Median allowances (£)",
                        "Posts",
                        "Vacancies");
        for (Benchmark b : benchmarks) {
            csv.row(
                    b.jobFamily().label(),
                    b.grade(),
                    b.councils(),
                    pounds(b.medianMinPence()),
                    pounds(b.medianMaxPence()),
                    pounds(b.lowerQuartileMinPence()),
                    pounds(b.upperQuartileMaxPence()),
                    pounds(b.medianAllowancesPence()),
                    b.posts(),
                    b.vacancies());
        }
        return csv.text();
    }

    /** Names of member councils by id, for pages. */
    public Map<String, String> councilNames() {
        return councils.namesById();
    }

    private static String pounds(long pence) {
        return java.math.BigDecimal.valueOf(pence, 2).toPlainString();
    }

    private Instant benchmarksSince() {
        return UkTime.startOf(today().minusYears(BENCHMARK_YEARS));
    }

    private <T> T sql(SqlRead<T> read) {
        return jdbc.execute(connection -> read.apply(connection));
    }

    @FunctionalInterface
    interface SqlRead<T> {
        T apply(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T get() throws SQLException;
    }

    private static <T> T wrap(SqlWork<T> work) {
        try {
            return work.get();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read ePayCheck records", e);
        }
    }

    private static TenantId own(Caller person) {
        return person.councilOrRefuse(
                () -> new EpayCheckRefused("not-allowed", "ePayCheck's council pages are for a council's people."));
    }

    private static void requireStaff(Caller staff) {
        staff.requireStaff(() -> new EpayCheckRefused("not-allowed", "Only association staff can do this."));
    }

    private TenantId activeCouncil(String id) {
        TenantId council = TenantId.parse(id).orElseThrow(EpayCheckNotFound::new);
        if (councils.find(council)
                .filter(c -> c.status() == CouncilStatus.ACTIVE)
                .isEmpty()) {
            throw new EpayCheckNotFound();
        }
        return council;
    }

    private static ReportingPeriod year(String label) {
        try {
            ReportingPeriod period = ReportingPeriod.parse(label == null ? "" : label.strip());
            if (!period.isWholeYear()) {
                throw new IllegalArgumentException("a quarter");
            }
            return period;
        } catch (IllegalArgumentException e) {
            throw new EpayCheckRefused("year", "Give a financial year like 2026-27.");
        }
    }

    private static String required(String code, String label, String value) {
        return Text.required(label, value, TITLE_MAX, false, m -> new EpayCheckRefused(code, m));
    }

    private static long pay(String code, String label, Long pence, boolean positive) {
        if (pence == null) {
            throw new EpayCheckRefused(code, "Enter " + label + ".");
        }
        if (pence < (positive ? 1 : 0) || pence > PAY_MAX_PENCE) {
            throw new EpayCheckRefused(
                    code,
                    "Enter " + label + " between " + Money.pounds(positive ? 1 : 0) + " and "
                            + Money.pounds(PAY_MAX_PENCE) + " a year.");
        }
        return pence;
    }

    private static int count(String code, String label, Integer value) {
        if (value == null || value < 0 || value > POSTS_MAX) {
            throw new EpayCheckRefused(code, "Enter " + label + " as a whole number from 0 to " + POSTS_MAX + ".");
        }
        return value;
    }
}
