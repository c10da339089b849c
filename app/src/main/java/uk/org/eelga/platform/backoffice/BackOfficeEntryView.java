package uk.org.eelga.platform.backoffice;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;
import static uk.org.eelga.tenancy.ui.UkDates.ukDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.org.eelga.platform.appraisal.AppraisalSummary;
import uk.org.eelga.platform.appraisal.AppraisalSupport;
import uk.org.eelga.platform.appraisal.PastAppraisals;
import uk.org.eelga.platform.coaching.CoachingCatalogue;
import uk.org.eelga.platform.coaching.CohortSummary;
import uk.org.eelga.platform.coaching.PastDelegates;
import uk.org.eelga.platform.coaching.SessionSummary;
import uk.org.eelga.platform.engagement.MeetingInfo;
import uk.org.eelga.platform.engagement.MeetingPlanner;
import uk.org.eelga.platform.survey.PaperEvaluations;
import uk.org.eelga.platform.survey.Survey;
import uk.org.eelga.platform.survey.SurveyCatalogue;
import uk.org.eelga.platform.survey.SurveyKind;
import uk.org.eelga.platform.survey.SurveyReturns;
import uk.org.eelga.platform.survey.ui.ReturnAnswers;
import uk.org.eelga.platform.talentbank.PastTalentBankWork;
import uk.org.eelga.platform.talentbank.TalentBankReference;
import uk.org.eelga.platform.talentbank.TalentBankReference.AssociateRow;
import uk.org.eelga.platform.talentbank.TalentBankReference.ServiceRow;
import uk.org.eelga.shared.EnteredFrom;
import uk.org.eelga.shared.Money;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilSummary;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.StaffPage;
import uk.org.eelga.tenancy.ui.SuccessMessage;
import uk.org.eelga.tenancy.ui.UkDates;

/**
 * Where staff key in what happened on paper or before the platform. Every record saved here is labelled "Entered by
 * (you) from (the source) on (today)" wherever it is listed and in the records behind a figure, and is audited.
 */
@Route("console/back-office")
@PageTitle("Enter records from paper | EELGA console")
@StaffPage
@MenuEntry(label = "Enter records from paper", area = MenuEntry.Area.CONSOLE, order = 13)
public class BackOfficeEntryView extends Page {

    // paper evaluation forms
    final Select<String> eventYear = new Select<>();
    final ComboBox<MeetingInfo> event = new ComboBox<>("Event");
    final List<IntegerField> ratings = new ArrayList<>();
    final TextField formsSource = source();
    final Button saveForms = new Button("Save evaluation forms");
    final ErrorSummary formsErrors;
    final SuccessMessage formsSaved = new SuccessMessage();

    // a council's survey return from paper or email
    final ComboBox<Survey> returnSurvey = new ComboBox<>("Survey");
    final ComboBox<CouncilSummary> returnCouncil = council();
    final DatePicker receivedOn = ukDate(new DatePicker("Date the return was received"));
    final ReturnAnswers returnAnswers = new ReturnAnswers();
    final TextField returnSource = source();
    final Button saveReturn = new Button("Save survey return");
    final ErrorSummary returnErrors = new ErrorSummary(returnSurvey, returnCouncil, receivedOn, returnSource);
    final SuccessMessage returnSaved = new SuccessMessage();

    // past appraisal support
    final ComboBox<CouncilSummary> appraisalCouncil = council();
    final DatePicker requestedOn = ukDate(new DatePicker("Date the council asked"));
    final DatePicker deliveredOn = ukDate(new DatePicker("Date support was delivered (empty if it was not)"));
    final TextField adviser = limited(new TextField("Adviser (optional)"), Text.NAME);
    final TextField declinedBecause = limited(new TextField("Why it was declined (if it was)"), Text.REASON);
    final TextField appraisalSource = source();
    final Button saveAppraisal = new Button("Save appraisal support");
    final ErrorSummary appraisalErrors =
            new ErrorSummary(appraisalCouncil, requestedOn, deliveredOn, adviser, declinedBecause, appraisalSource);
    final SuccessMessage appraisalSaved = new SuccessMessage();

    // past coaching delegates
    final Select<CohortSummary> cohort = new Select<>();
    final Select<SessionSummary> session = new Select<>();
    final ComboBox<CouncilSummary> delegateCouncil = council();
    final TextField delegateName = limited(new TextField("Delegate's name"), Text.NAME);
    final TextField delegateEmail = limited(new TextField("Delegate's email address"), Text.EMAIL);
    final Checkbox attended = new Checkbox("Attended", true);
    final Checkbox completed = new Checkbox("Completed the programme", false);
    final TextField delegateSource = source();
    final Button saveDelegate = new Button("Save delegate");
    final ErrorSummary delegateErrors;
    final SuccessMessage delegateSaved = new SuccessMessage();

    // past Talent Bank work
    final ComboBox<CouncilSummary> workCouncil = council();
    final Select<ServiceRow> service = new Select<>();
    final Select<AssociateRow> associate = new Select<>();
    final TextField scope = limited(new TextField("What the work was"), Text.NAME);
    final DatePicker startOn = ukDate(new DatePicker("First day"));
    final DatePicker endOn = ukDate(new DatePicker("Last day"));
    final TextField days = new TextField("Days delivered (tenths allowed, like 10.5)");
    final TextField invoiceReference = limited(new TextField("Invoice reference (optional)"), 100);
    final TextField workSource = source();
    final Button saveWork = new Button("Save Talent Bank work");
    final ErrorSummary workErrors;
    final SuccessMessage workSaved = new SuccessMessage();

    private final MeetingPlanner planner;
    private final PaperEvaluations paper;
    private final SurveyCatalogue surveys;
    private final SurveyReturns returns;
    private final AppraisalSupport appraisal;
    private final PastAppraisals pastAppraisals;
    private final CoachingCatalogue coaching;
    private final PastDelegates pastDelegates;
    private final PastTalentBankWork pastWork;
    private final Clock clock;
    private final Caller staff = Callers.current();
    private final Map<String, String> councilNames = new HashMap<>();
    final EnteredRecords delegatesEntered = new EnteredRecords(
            "Delegates entered for this session", "No delegates are entered from paper for this session yet.");
    final EnteredRecords formsEntered =
            new EnteredRecords("Forms entered for this event", "No paper forms are entered for this event yet.");
    final EnteredRecords returnsEntered = new EnteredRecords(
            "Returns entered for this survey", "No returns are entered from paper or email for this survey yet.");
    final EnteredRecords supportEntered = new EnteredRecords(
            "Support entered for this council", "No appraisal support is entered from paper for this council yet.");
    final EnteredRecords workEntered = new EnteredRecords(
            "Work entered for this council", "No Talent Bank work is entered from paper for this council yet.");

    BackOfficeEntryView(
            MeetingPlanner planner,
            PaperEvaluations paper,
            SurveyCatalogue surveys,
            SurveyReturns returns,
            AppraisalSupport appraisal,
            PastAppraisals pastAppraisals,
            CoachingCatalogue coaching,
            PastDelegates pastDelegates,
            TalentBankReference talentBank,
            PastTalentBankWork pastWork,
            CouncilDirectory councils,
            Clock clock) {
        super(
                "Enter records from paper",
                "Key in what happened on paper or before the platform. Each record is labelled with your"
                        + " name, its source and today's date wherever it is listed, counts in the framework's figures like"
                        + " any other record, and is in the audit log.");
        this.planner = planner;
        this.paper = paper;
        this.surveys = surveys;
        this.returns = returns;
        this.appraisal = appraisal;
        this.pastAppraisals = pastAppraisals;
        this.coaching = coaching;
        this.pastDelegates = pastDelegates;
        this.pastWork = pastWork;
        this.clock = clock;
        List<CouncilSummary> all = councils.all();
        all.forEach(c -> councilNames.put(c.id(), c.name()));
        for (ComboBox<CouncilSummary> box : List.of(returnCouncil, appraisalCouncil, delegateCouncil, workCouncil)) {
            box.setItems(all);
        }

        // evaluation forms
        int thisYear = ReportingPeriod.thisYear(clock).startYear();
        List<String> years = new ArrayList<>();
        for (int y = thisYear; y >= 2015; y--) {
            years.add(ReportingPeriod.year(y).label());
        }
        eventYear.setLabel("Financial year of the event");
        eventYear.setItems(years);
        eventYear.addValueChangeListener(e -> events());
        event.setItemLabelGenerator(m -> m.title() + ", " + UkDates.day(m.startsAt()));
        String[] labels = {"Very poor (1)", "Poor (2)", "Fair (3)", "Good (4)", "Very good (5)"};
        for (String label : labels) {
            IntegerField count = new IntegerField("Forms rating it " + label);
            count.setMin(0);
            count.setMax(PaperEvaluations.MAX_FORMS);
            ratings.add(count);
        }
        List<com.vaadin.flow.component.HasValidation> formFields = new ArrayList<>(ratings);
        formFields.add(eventYear);
        formFields.add(event);
        formFields.add(formsSource);
        formsErrors = new ErrorSummary(formFields.toArray(com.vaadin.flow.component.HasValidation[]::new));
        saveForms.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveForms.addClickListener(e -> saveForms());
        event.addValueChangeListener(
                e -> formsEntered.show(e.getValue() == null ? null : () -> formLines(e.getValue())));
        add(section("An event's paper evaluation forms"), formsErrors, eventYear, event, formsEntered);
        ratings.forEach(this::add);
        add(formsSource, saveForms, formsSaved);

        // survey returns
        returnSurvey.setItems(surveys.all().stream()
                .filter(x -> x.published() && x.kind() != SurveyKind.EVALUATION)
                .toList());
        returnSurvey.setItemLabelGenerator(x -> x.title() + " (opened " + UkDates.day(x.opensAt()) + ")");
        returnSurvey.addValueChangeListener(e -> {
            returnAnswers.show(
                    e.getValue() == null
                            ? null
                            : surveys.find(e.getValue().id()).orElse(null));
            returnsEntered.show(e.getValue() == null ? null : () -> returnLines(e.getValue()));
        });
        returnSource.setValue("email from the council");
        saveReturn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveReturn.addClickListener(e -> saveReturn());
        add(
                section("A council's survey return"),
                new Paragraph("For a return sent on paper or by email: it counts as the council's response."),
                returnErrors,
                returnSurvey,
                returnsEntered,
                returnCouncil,
                receivedOn,
                returnAnswers,
                returnSource,
                saveReturn,
                returnSaved);

        // appraisal support
        saveAppraisal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveAppraisal.addClickListener(e -> saveAppraisal());
        appraisalCouncil.addValueChangeListener(
                e -> supportEntered.show(e.getValue() == null ? null : () -> supportLines(e.getValue())));
        add(
                section("Past Chief Executive appraisal support"),
                appraisalErrors,
                appraisalCouncil,
                supportEntered,
                requestedOn,
                deliveredOn,
                adviser,
                declinedBecause,
                appraisalSource,
                saveAppraisal,
                appraisalSaved);

        // coaching delegates
        cohort.setLabel("Cohort");
        cohort.setItems(coaching.cohorts());
        cohort.setItemLabelGenerator(CohortSummary::name);
        cohort.addValueChangeListener(e -> sessions());
        session.setLabel("Session that took place");
        session.setItemLabelGenerator(s -> s.title() + ", " + UkDates.day(s.startsAt()));
        session.addValueChangeListener(
                e -> delegatesEntered.show(e.getValue() == null ? null : () -> delegateLines(e.getValue())));
        delegateErrors =
                new ErrorSummary(cohort, session, delegateCouncil, delegateName, delegateEmail, delegateSource);
        saveDelegate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveDelegate.addClickListener(e -> saveDelegate());
        add(
                section("Past coaching delegates"),
                new Paragraph("A delegate of a session that took place, from its register. The place counts in the"
                        + " coaching figures and is not invoiced: it was billed before the platform."),
                delegateErrors,
                cohort,
                session,
                delegatesEntered,
                delegateCouncil,
                delegateName,
                delegateEmail,
                attended,
                completed,
                delegateSource,
                saveDelegate,
                delegateSaved);

        // Talent Bank work
        service.setLabel("Service");
        service.setItems(talentBank.services());
        service.setItemLabelGenerator(s -> s.name() + " (" + s.areaName() + ")");
        associate.setLabel("Associate");
        associate.setItems(talentBank.associates());
        associate.setItemLabelGenerator(AssociateRow::name);
        workErrors = new ErrorSummary(
                workCouncil, service, associate, scope, startOn, endOn, days, invoiceReference, workSource);
        saveWork.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveWork.addClickListener(e -> saveWork());
        workCouncil.addValueChangeListener(
                e -> workEntered.show(e.getValue() == null ? null : () -> workLines(e.getValue())));
        add(
                section("Past Talent Bank work"),
                workErrors,
                workCouncil,
                workEntered,
                service,
                associate,
                scope,
                startOn,
                endOn,
                days,
                invoiceReference,
                workSource,
                saveWork,
                workSaved);
        listContents();
    }

    private void events() {
        event.clear();
        if (eventYear.getValue() == null) {
            event.setItems(List.of());
            return;
        }
        Instant now = clock.instant();
        event.setItems(planner.meetings(ReportingPeriod.parse(eventYear.getValue())).stream()
                .filter(m -> m.kind() == MeetingInfo.Kind.EVENT
                        && !m.cancelled()
                        && !m.startsAt().isAfter(now))
                .toList());
    }

    private void sessions() {
        session.clear();
        Instant now = clock.instant();
        session.setItems(
                cohort.getValue() == null
                        ? List.of()
                        : coaching.sessionsOf(cohort.getValue()).stream()
                                .filter(s -> !s.startsAt().isAfter(now))
                                .toList());
    }

    private List<EnteredRecords.Line> formLines(MeetingInfo chosen) {
        return paper.entries(chosen.id()).stream()
                .map(entry -> new EnteredRecords.Line(
                        entry.forms() + (entry.forms() == 1 ? " form" : " forms") + " rating it " + entry.ratingLabel(),
                        entry.entered(),
                        entry.withdrawn(),
                        reason -> paper.withdraw(
                                staff, chosen.id(), entry.id(), new PaperEvaluations.Withdrawal(reason))))
                .toList();
    }

    private List<EnteredRecords.Line> delegateLines(SessionSummary chosen) {
        return pastDelegates.entered(staff, chosen.id()).stream()
                .map(d -> new EnteredRecords.Line(
                        d.delegateName() + ", " + councilNames.getOrDefault(d.councilId(), d.councilId())
                                + (d.attended()
                                        ? (d.completed() ? ", attended and completed" : ", attended")
                                        : ", did not attend"),
                        d.entered(),
                        d.withdrawn(),
                        reason -> pastDelegates.withdraw(
                                staff, chosen.id(), d.id(), new PastDelegates.Withdrawal(reason))))
                .toList();
    }

    private List<EnteredRecords.Line> returnLines(Survey chosen) {
        return returns.entered(staff, chosen.id()).stream()
                .map(r -> new EnteredRecords.Line(
                        r.councilName() + "'s return, received " + UkTime.date(r.receivedOn()),
                        r.entered(),
                        r.withdrawn(),
                        reason -> returns.withdraw(staff, r.responseId(), new SurveyReturns.Withdrawal(reason))))
                .toList();
    }

    private List<EnteredRecords.Line> supportLines(CouncilSummary chosen) {
        return pastAppraisals.entered(staff, chosen.id()).stream()
                .map(s -> new EnteredRecords.Line(
                        "Support " + s.outcome(),
                        s.entered(),
                        s.withdrawn(),
                        reason -> pastAppraisals.withdraw(staff, s.id(), new PastAppraisals.Withdrawal(reason))))
                .toList();
    }

    private List<EnteredRecords.Line> workLines(CouncilSummary chosen) {
        return pastWork.entered(staff, chosen.id()).stream()
                .map(w -> new EnteredRecords.Line(
                        w.serviceName() + ", " + w.days().stripTrailingZeros().toPlainString() + " days from "
                                + UkTime.date(w.startOn()) + " to " + UkTime.date(w.endOn()) + ", charged "
                                + Money.format(w.chargePence()),
                        w.entered(),
                        w.withdrawn(),
                        reason -> pastWork.withdraw(staff, w.requestId(), new PastTalentBankWork.Withdrawal(reason))))
                .toList();
    }

    void saveForms() {
        formsErrors.restart(formsSaved);
        formsErrors.required(event, "Choose the event (first its financial year)");
        List<PaperEvaluations.RatingCount> counts = new ArrayList<>();
        boolean badCount = false;
        for (int i = 0; i < ratings.size(); i++) {
            Integer forms = ratings.get(i).getValue();
            if (ratings.get(i).isInvalid() || (forms != null && (forms < 0 || forms > PaperEvaluations.MAX_FORMS))) {
                formsErrors.add(ratings.get(i), "Enter a whole number of forms from 0 to 100,000");
                badCount = true;
            } else if (forms != null && forms > 0) {
                counts.add(new PaperEvaluations.RatingCount(i + 1, forms));
            }
        }
        if (counts.isEmpty() && !badCount) {
            formsErrors.add(ratings.get(4), "Enter the number of forms for at least one rating");
        }
        checkSource(formsErrors, formsSource);
        formsErrors.tryIfNone(() -> {
            List<PaperEvaluations.PaperEntry> entries = paper.enter(
                    staff, event.getValue().id(), new PaperEvaluations.PaperForms(formsSource.getValue(), counts));
            int total = counts.stream()
                    .mapToInt(PaperEvaluations.RatingCount::forms)
                    .sum();
            formsSaved.show("Saved " + total + " forms of " + event.getValue().title() + ". "
                    + entries.get(entries.size() - 1).entered() + ".");
            ratings.forEach(IntegerField::clear);
            formsEntered.refresh();
        });
    }

    void saveReturn() {
        returnErrors.restart(returnSaved);
        returnErrors.required(returnSurvey, "Choose the survey");
        returnErrors.required(returnCouncil, "Choose the council whose return it is");
        if (receivedOn.isInvalid()) {
            returnErrors.add(receivedOn, "Enter the date as day, month and year, like 3/5/2017");
        }
        checkSource(returnErrors, returnSource);
        returnErrors.tryIfNone(() -> {
            SurveyReturns.EnteredReturn saved = returns.enter(
                    staff,
                    returnSurvey.getValue().id(),
                    returnCouncil.getValue().id(),
                    new SurveyReturns.PaperReturn(
                            receivedOn.getValue(), returnSource.getValue(), returnAnswers.answers()));
            returnSaved.show(returnCouncil.getValue().name() + "'s return to "
                    + returnSurvey.getValue().title() + ", received " + UkDates.day(saved.submittedOn()) + ". "
                    + saved.entered() + ".");
            returnAnswers.clear();
            returnCouncil.clear();
            returnsEntered.refresh();
        });
    }

    void saveAppraisal() {
        appraisalErrors.restart(appraisalSaved);
        appraisalErrors.required(appraisalCouncil, "Choose the council");
        appraisalErrors.required(requestedOn, "Enter the date the council asked for support");
        appraisalErrors.optionalDate(deliveredOn);
        checkSource(appraisalErrors, appraisalSource);
        appraisalErrors.tryIfNone(
                () -> {
                    AppraisalSummary saved = appraisal.enterPast(
                            staff,
                            appraisalCouncil.getValue().id(),
                            new AppraisalSupport.PastSupport(
                                    requestedOn.getValue(),
                                    deliveredOn.getValue(),
                                    adviser.getValue(),
                                    declinedBecause.getValue().isBlank() ? null : declinedBecause.getValue(),
                                    appraisalSource.getValue()));
                    appraisalSaved.show(appraisalCouncil.getValue().name() + ": " + saved.statusLabel() + ". "
                            + saved.entered() + ".");
                    requestedOn.clear();
                    deliveredOn.clear();
                    declinedBecause.clear();
                    supportEntered.refresh();
                },
                java.util.Map.of(
                        "requested-on", requestedOn,
                        "delivered-on", deliveredOn,
                        "declined", declinedBecause,
                        "source", appraisalSource));
    }

    void saveDelegate() {
        delegateErrors.restart(delegateSaved);
        delegateErrors.required(session, "Choose the session (first its cohort)");
        delegateErrors.required(delegateCouncil, "Choose the delegate's council");
        delegateErrors.required(delegateName, "Enter the delegate's name");
        delegateErrors.required(delegateEmail, "Enter the delegate's email address");
        checkSource(delegateErrors, delegateSource);
        delegateErrors.tryIfNone(() -> {
            PastDelegates.EnteredDelegate saved = pastDelegates.enter(
                    staff,
                    session.getValue().id(),
                    new PastDelegates.PastDelegate(
                            delegateCouncil.getValue().id(),
                            delegateName.getValue(),
                            delegateEmail.getValue(),
                            attended.getValue(),
                            completed.getValue(),
                            delegateSource.getValue()));
            delegateSaved.show(
                    saved.delegateName() + " on " + session.getValue().title() + ". " + saved.entered() + ".");
            delegateName.clear();
            delegateEmail.clear();
            delegatesEntered.refresh();
        });
    }

    void saveWork() {
        workErrors.restart(workSaved);
        workErrors.required(workCouncil, "Choose the council");
        workErrors.required(service, "Choose the service");
        workErrors.required(associate, "Choose the associate who delivered it");
        workErrors.required(scope, "Say what the work was");
        workErrors.required(startOn, "Enter the first day of the work");
        workErrors.required(endOn, "Enter the last day of the work");
        BigDecimal delivered = null;
        try {
            delivered = new BigDecimal(days.getValue().strip());
        } catch (NumberFormatException e) {
            workErrors.add(days, "Enter the days as a number, like 10 or 10.5");
        }
        checkSource(workErrors, workSource);
        BigDecimal d = delivered;
        workErrors.tryIfNone(() -> {
            PastTalentBankWork.EnteredWork saved = pastWork.enter(
                    staff,
                    workCouncil.getValue().id(),
                    new PastTalentBankWork.PastWork(
                            service.getValue().id(),
                            associate.getValue().id(),
                            scope.getValue(),
                            startOn.getValue(),
                            endOn.getValue(),
                            d,
                            invoiceReference.getValue(),
                            workSource.getValue()));
            workSaved.show(
                    saved.serviceName() + " for " + workCouncil.getValue().name() + ": "
                            + saved.days().stripTrailingZeros().toPlainString() + " days, charged "
                            + Money.format(saved.chargePence())
                            + ", cost " + Money.format(saved.costPence()) + ". " + saved.entered() + ".");
            scope.clear();
            days.clear();
            invoiceReference.clear();
            workEntered.refresh();
        });
    }

    private static void checkSource(ErrorSummary errors, TextField source) {
        String problem = EnteredFrom.problem(source.getValue());
        if (problem != null) {
            errors.add(source, problem);
        }
    }

    private static TextField source() {
        TextField field = limited(new TextField("Source (such as paper form, email from the council)"), 200);
        field.setValue("paper form");
        field.setWidth("24em");
        return field;
    }

    private static ComboBox<CouncilSummary> council() {
        ComboBox<CouncilSummary> box = new ComboBox<>("Council");
        box.setItemLabelGenerator(CouncilSummary::name);
        return box;
    }
}
