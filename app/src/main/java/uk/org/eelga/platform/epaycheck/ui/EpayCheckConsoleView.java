package uk.org.eelga.platform.epaycheck.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;
import static uk.org.eelga.tenancy.ui.UkDates.ukDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.org.eelga.platform.epaycheck.Benchmark;
import uk.org.eelga.platform.epaycheck.EpayCheck;
import uk.org.eelga.platform.epaycheck.EpayCheckNotFound;
import uk.org.eelga.platform.epaycheck.EpayCheckRefused;
import uk.org.eelga.platform.epaycheck.JobFamily;
import uk.org.eelga.platform.epaycheck.PayAward;
import uk.org.eelga.platform.epaycheck.Project;
import uk.org.eelga.platform.epaycheck.ProjectProgress;
import uk.org.eelga.platform.epaycheck.Standing;
import uk.org.eelga.shared.Money;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilStatus;
import uk.org.eelga.tenancy.council.CouncilSummary;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Confirm;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.FormRow;
import uk.org.eelga.tenancy.ui.NarrowScreens;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.Plurals;
import uk.org.eelga.tenancy.ui.StaffPage;
import uk.org.eelga.tenancy.ui.SuccessMessage;
import uk.org.eelga.tenancy.ui.Tables;
import uk.org.eelga.tenancy.ui.UkDates;

/**
 * The console's ePayCheck: this year's subscribers and who is suspended, subscribing a council, recording pay awards,
 * starting priority data projects and chasing the subscribers who have not submitted, and the regional benchmarks.
 */
@Route("console/epaycheck")
@PageTitle("ePayCheck | EELGA console")
@StaffPage
@MenuEntry(label = "ePayCheck", area = MenuEntry.Area.CONSOLE, order = 37)
public class EpayCheckConsoleView extends Page {

    final Paragraph summary = new Paragraph();
    final Grid<Standing> subscribers = new Grid<>(Standing.class, false);
    final Select<CouncilSummary> council = new Select<>();
    final Button subscribe = new Button("Subscribe and invoice");
    final TextField awardTitle = limited(new TextField("Pay award"), EpayCheck.TITLE_MAX);
    final DatePicker agreedOn = ukDate(new DatePicker("Agreed on"));
    final DatePicker updateBy = ukDate(new DatePicker("Subscribers must update by"));
    final ErrorSummary awardErrors = new ErrorSummary(awardTitle, agreedOn, updateBy);
    final Button recordAward = new Button("Record pay award");
    final Grid<PayAward> awards = new Grid<>(PayAward.class, false);
    final TextField projectName = limited(new TextField("Project name"), EpayCheck.TITLE_MAX);
    final CheckboxGroup<JobFamily> families = new CheckboxGroup<>("Job families");
    final DatePicker opensOn = ukDate(new DatePicker("Opens on"));
    final DatePicker closesOn = ukDate(new DatePicker("Closes on"));
    final ErrorSummary projectErrors = new ErrorSummary(projectName, families, opensOn, closesOn);
    final Button startProject = new Button("Start project");
    final Grid<Project> projects = new Grid<>(Project.class, false);
    final Grid<ProjectProgress> progress = new Grid<>(ProjectProgress.class, false);
    final Grid<Benchmark> benchmarks = new Grid<>(Benchmark.class, false);
    final SuccessMessage message = new SuccessMessage();

    private final EpayCheck epayCheck;
    private final Caller staff;

    EpayCheckConsoleView(EpayCheck epayCheck, CouncilDirectory councils) {
        super("ePayCheck pay benchmarking");
        this.epayCheck = epayCheck;
        this.staff = Callers.current();
        message.setId("epaycheck-message");
        add(message);

        add(new H2("Subscribers " + epayCheck.thisYear()));
        summary.setId("epaycheck-summary");
        NarrowScreens.TextColumns<Standing> subscriberColumns = NarrowScreens.textColumns(subscribers);
        subscriberColumns.add("Council", Standing::councilName).setFlexGrow(2);
        subscriberColumns
                .add("Standing", s -> s.suspended() ? "Suspended: not updated after " + s.awardTitle() : "Up to date")
                .setKey("standing")
                .setFlexGrow(2);
        subscriberColumns.add(
                "Last update", s -> s.lastSubmittedAt() == null ? "No data yet" : UkDates.day(s.lastSubmittedAt()));
        subscriberColumns.cards("Subscriber", Standing::councilName);
        subscribers.setAllRowsVisible(true);
        Tables.named(subscribers, "This year's ePayCheck subscribers", "No councils subscribe this year yet.");
        council.setLabel("Council");
        council.setItems(councils.all().stream()
                .filter(c -> c.status() == CouncilStatus.ACTIVE)
                .toList());
        council.setItemLabelGenerator(CouncilSummary::name);
        subscribe.addClickListener(click -> {
            CouncilSummary chosen = council.getValue();
            if (chosen == null) {
                message.show("Choose a council to subscribe.");
                return;
            }
            Confirm.ask(
                    "Subscribe " + chosen.name() + " for " + epayCheck.thisYear() + "?",
                    chosen.name() + " will be invoiced " + Money.pounds(EpayCheck.FEE_PENCE) + " plus VAT.",
                    "Subscribe and invoice",
                    () -> act(() -> "Subscribed "
                            + epayCheck.subscribeCouncil(staff, chosen.id()).councilName() + "; invoice raised."));
        });
        add(summary, subscribers, FormRow.of(council, subscribe));

        add(new H2("Pay awards"));
        awardTitle.setWidth("24em");
        awardTitle.setHelperText("For example, NJC pay award 2026");
        recordAward.addClickListener(click -> recordAward());
        NarrowScreens.TextColumns<PayAward> awardColumns = NarrowScreens.textColumns(awards);
        awardColumns.add("Pay award", PayAward::title).setFlexGrow(2);
        awardColumns.add("Agreed", a -> UkDates.day(a.agreedOn()));
        awardColumns.add("Update by", a -> UkDates.day(a.updateBy()));
        awardColumns.cards("Pay award", PayAward::title);
        awards.setAllRowsVisible(true);
        Tables.named(awards, "Pay awards", "No pay awards recorded yet.");
        add(awardErrors, awardTitle, FormRow.of(agreedOn, updateBy, recordAward), awards);

        add(new H2("Priority data projects " + epayCheck.thisYear()));
        projectName.setWidth("24em");
        families.setItems(JobFamily.values());
        families.setItemLabelGenerator(JobFamily::label);
        startProject.addClickListener(click -> startProject());
        NarrowScreens.TextColumns<Project> projectColumns = NarrowScreens.textColumns(projects);
        projectColumns.add("Project", Project::name).setFlexGrow(2);
        projectColumns
                .add(
                        "Job families",
                        p -> p.families().stream().map(JobFamily::label).collect(Collectors.joining(", ")))
                .setFlexGrow(2);
        projectColumns
                .add("Window", p -> UkDates.day(p.opensOn()) + " to " + UkDates.day(p.closesOn()))
                .setFlexGrow(2);
        projectColumns.add("Complete", Project::completion).setKey("complete");
        projectColumns.cards("Project", Project::name);
        projects.setAllRowsVisible(true);
        Tables.named(projects, "Priority data projects", "No priority data projects this year yet.");
        projects.addSelectionListener(e -> showProgress());
        NarrowScreens.TextColumns<ProjectProgress> progressColumns = NarrowScreens.textColumns(progress);
        progressColumns.add("Council", ProjectProgress::councilName).setFlexGrow(2);
        progressColumns
                .add(
                        "Part",
                        p -> p.complete()
                                ? "Complete"
                                : "Still to submit: "
                                        + p.missing().stream()
                                                .map(JobFamily::label)
                                                .collect(Collectors.joining(", ")))
                .setKey("part")
                .setFlexGrow(3);
        progressColumns.cards("Council", ProjectProgress::councilName);
        progress.setAllRowsVisible(true);
        Tables.named(
                progress,
                "Subscribers' part in the chosen project",
                "No councils subscribe this year, so none take part.");
        progress.setVisible(false);
        add(projectErrors, projectName, families, FormRow.of(opensOn, closesOn, startProject), projects, progress);

        add(new H2("Regional benchmarks"));
        add(new Paragraph("What subscribers see: each job family and grade with figures from at least "
                + EpayCheck.MIN_COUNCILS + " councils, never one council's figures."));
        BenchmarkColumns.addTo(benchmarks, noMore -> {});
        add(benchmarks);
        refresh();
    }

    private void recordAward() {
        awardErrors.restart(message);
        awardErrors.required(awardTitle, "Enter the pay award, for example NJC pay award 2026");
        awardErrors.required(agreedOn, "Enter the day it was agreed, for example 01/08/2026");
        awardErrors.required(updateBy, "Enter the day subscribers must update by, for example 30/09/2026");
        awardErrors.tryIfNone(
                () -> {
                    PayAward award = epayCheck.recordPayAward(
                            staff, awardTitle.getValue(), agreedOn.getValue(), updateBy.getValue());
                    message.show("Recorded " + award.title() + ": subscribers must update by "
                            + UkDates.day(award.updateBy()) + ".");
                    awardTitle.clear();
                    refresh();
                },
                Map.of("agreed-on", agreedOn, "update-by", updateBy, "title", awardTitle));
    }

    private void startProject() {
        projectErrors.restart(message);
        projectErrors.required(projectName, "Enter the project's name");
        if (families.getValue().isEmpty()) {
            projectErrors.add(families, "Choose at least one job family");
        }
        projectErrors.required(opensOn, "Enter the day it opens, for example 01/07/2026");
        projectErrors.required(closesOn, "Enter the day it closes, for example 30/09/2026");
        projectErrors.tryIfNone(
                () -> {
                    Project project = epayCheck.createProject(
                            staff,
                            projectName.getValue(),
                            new ArrayList<>(families.getValue()),
                            opensOn.getValue(),
                            closesOn.getValue());
                    message.show("Started " + project.name() + ": "
                            + Plurals.count(project.subscribers(), "subscriber", "subscribers") + " asked.");
                    projectName.clear();
                    families.clear();
                    refresh();
                },
                Map.of("opens-on", opensOn, "closes-on", closesOn, "name", projectName));
    }

    private void act(java.util.function.Supplier<String> step) {
        try {
            message.show(step.get());
            refresh();
        } catch (EpayCheckRefused | EpayCheckNotFound refused) {
            message.show("Not done: " + refused.getMessage());
        }
    }

    private void showProgress() {
        Project chosen = projects.getSelectedItems().stream().findFirst().orElse(null);
        progress.setVisible(chosen != null);
        progress.setItems(chosen == null ? List.of() : epayCheck.projectProgress(staff, chosen.id()));
    }

    private void refresh() {
        List<Standing> all = epayCheck.subscribers(staff, epayCheck.thisYear());
        subscribers.setItems(all);
        summary.setText(
                all.isEmpty()
                        ? "No council subscribes this year yet."
                        : Plurals.count(all.size(), "subscribing council", "subscribing councils") + ", "
                                + all.stream().filter(Standing::suspended).count() + " suspended.");
        awards.setItems(epayCheck.payAwards());
        projects.setItems(epayCheck.projects(staff, epayCheck.thisYear()));
        benchmarks.setItems(epayCheck.regionalBenchmarks(staff));
        showProgress();
    }
}
