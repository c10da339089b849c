package uk.org.eelga.platform.epaycheck.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.org.eelga.platform.epaycheck.Benchmark;
import uk.org.eelga.platform.epaycheck.EpayCheck;
import uk.org.eelga.platform.epaycheck.EpayCheckRefused;
import uk.org.eelga.platform.epaycheck.JobFamily;
import uk.org.eelga.platform.epaycheck.PayPosition;
import uk.org.eelga.platform.epaycheck.ProjectPart;
import uk.org.eelga.platform.epaycheck.Standing;
import uk.org.eelga.platform.epaycheck.Submission;
import uk.org.eelga.shared.Money;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Role;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Choices;
import uk.org.eelga.tenancy.ui.Confirm;
import uk.org.eelga.tenancy.ui.CouncilPage;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.FormRow;
import uk.org.eelga.tenancy.ui.NarrowScreens;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.SuccessMessage;
import uk.org.eelga.tenancy.ui.Tables;
import uk.org.eelga.tenancy.ui.UkDates;

/**
 * A council's ePayCheck page: its subscription and standing, its pay data per job family and grade, this year's
 * priority data projects, and the regional benchmarks (over at least five councils) with a CSV download.
 */
@Route("portal/epaycheck")
@PageTitle("ePayCheck pay benchmarking | EELGA member platform")
@CouncilPage
@MenuEntry(label = "ePayCheck pay benchmarking", area = MenuEntry.Area.PORTAL, order = 37)
public class EpayCheckPortalView extends Page {

    final Paragraph standingText = new Paragraph();
    final Button subscribe = new Button("Subscribe for this year");
    final SuccessMessage subscribed = new SuccessMessage();
    final Select<JobFamily> family = Choices.select("Job family", JobFamily::label, JobFamily.values());
    final TextField grade = limited(new TextField("Grade"), EpayCheck.GRADE_MAX);
    final TextField minSalary = limited(new TextField("Bottom of the salary range (£ a year)"), 20);
    final TextField maxSalary = limited(new TextField("Top of the salary range (£ a year)"), 20);
    final TextField allowances = limited(new TextField("Allowances (£ a year, optional)"), 20);
    final IntegerField posts = new IntegerField("Posts");
    final IntegerField vacancies = new IntegerField("Vacancies (optional)");
    final ErrorSummary errors = new ErrorSummary(family, grade, minSalary, maxSalary, allowances, posts, vacancies);
    final Button submit = new Button("Submit pay data");
    final SuccessMessage submitted = new SuccessMessage();
    final Grid<Submission> ours = new Grid<>(Submission.class, false);
    final Grid<ProjectPart> projects = new Grid<>(ProjectPart.class, false);
    final Paragraph benchmarkNote = new Paragraph();
    final Grid<Benchmark> benchmarks = new Grid<>(Benchmark.class, false);
    final Anchor download = new Anchor();
    final Paragraph positionSummary = new Paragraph();
    final Div chart = new Div();
    final Grid<PayPosition> positions = new Grid<>(PayPosition.class, false);

    private final EpayCheck epayCheck;
    private final Caller person;

    EpayCheckPortalView(EpayCheck epayCheck) {
        super(
                "ePayCheck pay benchmarking",
                "Subscribing councils share their pay data for each job family and grade and see how the"
                        + " region pays: medians and quartiles over at least " + EpayCheck.MIN_COUNCILS
                        + " councils, never one"
                        + " council's figures. After each national pay award, update your data by the date given or your"
                        + " council cannot see the regional figures until it does.");
        this.epayCheck = epayCheck;
        this.person = Callers.current();
        standingText.setId("epaycheck-standing");
        subscribe.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        subscribe.addClickListener(click -> Confirm.ask(
                "Subscribe to ePayCheck for " + epayCheck.thisYear() + "?",
                "Your council will be invoiced " + Money.pounds(EpayCheck.FEE_PENCE) + " plus VAT, due in "
                        + EpayCheck.PAYMENT_DAYS + " days.",
                "Subscribe and invoice us",
                this::subscribe));
        add(standingText, subscribe, subscribed);

        add(section("Submit pay data"));
        grade.setHelperText("As your council names it, for example PO3 or Band 7");
        posts.setMin(0);
        posts.setMax(EpayCheck.POSTS_MAX);
        vacancies.setMin(0);
        vacancies.setMax(EpayCheck.POSTS_MAX);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> submit());
        add(
                errors,
                FormRow.of(family, grade),
                FormRow.of(minSalary, maxSalary, allowances),
                FormRow.of(posts, vacancies),
                submit,
                submitted);

        add(section("Our current figures"));
        NarrowScreens.TextColumns<Submission> ourColumns = NarrowScreens.textColumns(ours);
        ourColumns.add("Job family", s -> s.jobFamily().label()).setFlexGrow(2);
        ourColumns.add("Grade", Submission::grade);
        ourColumns
                .add("Salary range", s -> Money.pounds(s.minSalaryPence()) + " to " + Money.pounds(s.maxSalaryPence()))
                .setFlexGrow(2);
        ourColumns.add("Allowances", s -> Money.pounds(s.allowancesPence()));
        ourColumns.add("Vacancies of posts", s -> s.vacancies() + " of " + s.posts());
        ourColumns.add("Updated", s -> UkDates.day(s.submittedAt()));
        ourColumns.cards("Figures", s -> s.jobFamily().label() + " " + s.grade());
        ours.setAllRowsVisible(true);
        Tables.named(ours, "Our council's current pay figures", "Our council has not sent any pay figures yet.");
        add(ours);

        add(section("Priority data projects this year"));
        NarrowScreens.TextColumns<ProjectPart> projectColumns = NarrowScreens.textColumns(projects);
        projectColumns.add("Project", p -> p.project().name()).setFlexGrow(2);
        projectColumns.add("Job families", p -> labels(p.project().families())).setFlexGrow(2);
        projectColumns
                .add(
                        "Window",
                        p -> UkDates.day(p.project().opensOn()) + " to "
                                + UkDates.day(p.project().closesOn()))
                .setFlexGrow(2);
        projectColumns.add("Our part", EpayCheckPortalView::part).setKey("part").setFlexGrow(2);
        projectColumns.cards("Project", p -> p.project().name());
        projects.setAllRowsVisible(true);
        Tables.named(projects, "This year's priority data projects", "No priority data projects this year yet.");
        add(projects);

        add(section("Your pay against the region"));
        positionSummary.setId("epaycheck-position-summary");
        chart.setId("epaycheck-position-chart");
        chart.setWidthFull();
        NarrowScreens.TextColumns<PayPosition> positionColumns = NarrowScreens.textColumns(positions);
        positionColumns.add("Job family and grade", PayPosition::name).setFlexGrow(2);
        positionColumns
                .add("Your range", p -> p.ownRange() + " (" + p.ownSource() + ")")
                .setFlexGrow(2);
        positionColumns.add("Region", PayPosition::regionalRange).setFlexGrow(2);
        positionColumns
                .add(
                        "Region's lower to upper quartile",
                        p -> p.regional() == null
                                ? "No figure yet"
                                : Money.pounds(p.regional().lowerQuartileMinPence()) + " to "
                                        + Money.pounds(p.regional().upperQuartileMaxPence()))
                .setFlexGrow(2);
        positionColumns.add("Your position", PayPosition::sentence).setFlexGrow(3);
        positionColumns.cards("Job family and grade", PayPosition::name);
        positions.setAllRowsVisible(true);
        Tables.named(
                positions,
                "Your pay against the region, as a table",
                "No pay figures of ours to set against the region yet.");
        add(positionSummary, chart, positions);

        add(section("Regional benchmarks"));
        benchmarkNote.setId("epaycheck-benchmark-note");
        BenchmarkColumns.addTo(benchmarks, quartiles -> {
            quartiles
                    .add(
                            "Lower to upper quartile",
                            b -> Money.pounds(b.lowerQuartileMinPence()) + " to "
                                    + Money.pounds(b.upperQuartileMaxPence()))
                    .setFlexGrow(2);
            quartiles.add("Median allowances", b -> Money.pounds(b.medianAllowancesPence()));
        });
        download.setText("Download the regional benchmarks (CSV)");
        download.getElement().setAttribute("download", true);
        add(benchmarkNote, benchmarks, download);
        refresh();
        listContents();
    }

    private static String labels(List<JobFamily> families) {
        return families.stream().map(JobFamily::label).collect(Collectors.joining(", "));
    }

    private static String part(ProjectPart part) {
        if (!part.asked()) {
            return "Not asked (your council does not subscribe this year)";
        }
        return part.complete() ? "Complete" : "Still to submit: " + labels(part.missing());
    }

    private void subscribe() {
        subscribed.hide();
        try {
            Standing standing = epayCheck.subscribe(person);
            subscribed.show("Subscribed for " + standing.yearLabel() + ". Your invoice has been raised: see Invoices.");
        } catch (EpayCheckRefused refused) {
            subscribed.show(refused.getMessage());
        }
        refresh();
    }

    private void submit() {
        errors.restart(submitted);
        errors.required(family, "Choose the job family");
        errors.required(grade, "Enter the grade, for example PO3 or Band 7");
        Long min = pounds(minSalary, "The bottom of the salary range", true);
        Long max = pounds(maxSalary, "The top of the salary range", true);
        Long extra = pounds(allowances, "Allowances", false);
        errors.required(posts, "Enter the number of posts, for example 4");
        errors.tryIfNone(
                () -> {
                    Submission done = epayCheck.submit(
                            person,
                            family.getValue(),
                            grade.getValue(),
                            min,
                            max,
                            extra,
                            posts.getValue(),
                            vacancies.getValue());
                    submitted.show("Submitted: " + done.jobFamily().label() + ", " + done.grade() + ", "
                            + Money.pounds(done.minSalaryPence()) + " to " + Money.pounds(done.maxSalaryPence()) + ".");
                    grade.clear();
                    minSalary.clear();
                    maxSalary.clear();
                    allowances.clear();
                    posts.clear();
                    vacancies.clear();
                    refresh();
                },
                Map.of(
                        "job-family",
                        family,
                        "grade",
                        grade,
                        "min-salary",
                        minSalary,
                        "max-salary",
                        maxSalary,
                        "allowances",
                        allowances,
                        "posts",
                        posts,
                        "vacancies",
                        vacancies));
    }

    private Long pounds(TextField field, String label, boolean required) {
        return field.getValue().isBlank() && !required ? null : errors.pence(field, label);
    }

    private void refresh() {
        Standing standing = epayCheck.standing(person);
        // shown only while there is something to do: a greyed-out button beside "Your council subscribes" read as
        // a fault, and disabled buttons are not announced the same way by every screen reader (GOV.UK avoids them)
        subscribe.setVisible(person.has(Role.COUNCIL_ADMIN) && !standing.subscribed());
        standingText.setText(describe(standing));
        projects.setItems(epayCheck.ourProjects(person));
        List<Submission> current = epayCheck.ourSubmissions();
        ours.setItems(current);
        if (standing.seesBenchmarks()) {
            List<Benchmark> regional = epayCheck.benchmarks(person);
            showPositions(PayPosition.of(current, regional));
            benchmarks.setItems(regional);
            benchmarks.setVisible(true);
            benchmarkNote.setText(
                    regional.isEmpty()
                            ? "No job family and grade has figures from " + EpayCheck.MIN_COUNCILS + " councils yet."
                            : "Each row is over at least " + EpayCheck.MIN_COUNCILS + " councils' latest figures.");
            String csv = EpayCheck.csv(regional);
            download.setHref(new StreamResource(
                    "epaycheck-benchmarks.csv", () -> new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
            download.setVisible(true);
        } else {
            benchmarks.setItems(List.of());
            benchmarks.setVisible(false);
            showPositions(null);
            download.setVisible(false);
            benchmarkNote.setText(
                    standing.subscribed()
                            ? "Your council cannot see the regional figures until it updates its pay data after "
                                    + standing.awardTitle() + "."
                            : "The regional figures are for subscribing councils.");
        }
    }

    /** The chart, its table and its summary; null: the council may not see the regional figures now. */
    private void showPositions(List<PayPosition> found) {
        chart.removeAll();
        boolean any = found != null && !found.isEmpty();
        positions.setItems(any ? found : List.of());
        positions.setVisible(any);
        chart.setVisible(any);
        if (found == null) {
            positionSummary.setText(
                    "Your position against the region shows while your council sees the regional" + " figures.");
            return;
        }
        if (!any) {
            positionSummary.setText("Submit your pay data above to see where your council stands.");
            return;
        }
        chart.add(new Html(PayPositionChart.figure(found)));
        long withFigures = found.stream().filter(p -> p.regional() != null).count();
        long topAbove = found.stream()
                .filter(p -> p.regional() != null
                        && p.own().maxSalaryPence() > p.regional().medianMaxPence())
                .count();
        positionSummary.setText("Of your " + found.size() + " job families and grades, " + withFigures
                + " have regional figures (at least " + EpayCheck.MIN_COUNCILS + " councils' returns) and "
                + (found.size() - withFigures) + " have no figure yet. Where there are figures, your top of range is"
                + " above the regional median top for " + topAbove + " of " + withFigures + ". The table after the"
                + " chart gives each figure and the return it comes from.");
    }

    static String describe(Standing s) {
        if (!s.subscribed()) {
            return "Your council does not subscribe to ePayCheck for " + s.yearLabel() + ".";
        }
        String updated = s.lastSubmittedAt() == null
                ? " No pay data submitted yet."
                : " Last updated " + UkDates.day(s.lastSubmittedAt()) + ".";
        if (s.suspended()) {
            return "Suspended: your council subscribes for " + s.yearLabel()
                    + " but has not updated its pay data since "
                    + s.awardTitle() + " (agreed " + UkDates.day(s.awardAgreedOn()) + ", due by "
                    + UkDates.day(s.awardUpdateBy()) + ")." + updated;
        }
        return "Your council subscribes to ePayCheck for " + s.yearLabel() + "." + updated;
    }
}
