package uk.org.eelga.platform.survey;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.org.eelga.platform.demo.DemoDataLoader;
import uk.org.eelga.platform.survey.SurveyDraft.QuestionDraft;
import uk.org.eelga.platform.survey.SurveyDraft.SectionDraft;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilSummary;
import uk.org.eelga.tenancy.rls.AssociationWideRead;
import uk.org.eelga.tenancy.rls.OnBehalfOfCouncil;

/**
 * Believable demo surveys for several years: the annual customer perception survey (27 councils responded in
 * 2017-18), the national pay canvass (about 90% of councils respond) and an evaluation for every EVENT found in
 * engagement_meeting at load time, with responses from many councils. Idempotent (a survey already loaded by
 * title is skipped). Responses are written as each council's own rows: the platform's system identity acts
 * through {@link OnBehalfOfCouncil}, so row-level security applies as for the council itself.
 *
 * <p>Runs after the engagement demo data (order 20), so evaluations are made for its events.
 */
@Singleton
public class SurveyDemoData implements DemoDataLoader {

    static final String CREATED_BY = "demo-data@eelga.demo";
    private static final Logger LOG = LoggerFactory.getLogger(SurveyDemoData.class);

    private final CouncilDirectory councils;
    private final SurveyCatalogue catalogue;
    private final TransactionOperations<Connection> transactions;
    private final OnBehalfOfCouncil onBehalf;
    private final AssociationWideRead wideRead;

    SurveyDemoData(
            CouncilDirectory councils,
            SurveyCatalogue catalogue,
            TransactionOperations<Connection> transactions,
            OnBehalfOfCouncil onBehalf,
            AssociationWideRead wideRead) {
        this.councils = councils;
        this.catalogue = catalogue;
        this.transactions = transactions;
        this.onBehalf = onBehalf;
        this.wideRead = wideRead;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String name() {
        return "surveys (perception surveys, pay canvasses, evaluations)";
    }

    /** Each survey is skipped when already loaded, so loading again is always safe and cheap. */
    @Override
    public boolean alreadyLoaded() {
        return false;
    }

    /** Loads the demo surveys and responses that are not there yet. Safe to call again. */
    @Override
    public void load() {
        List<CouncilSummary> all = councils.all();
        Random random = new Random(20171);
        LocalDate today = LocalDate.now(UkTime.ZONE);
        int lastPerception = today.getMonthValue() >= 10 ? today.getYear() : today.getYear() - 1;
        int[] perception = {27, 29, 31, 30, 34, 36, 35, 38, 37, 39};
        for (int year = 2017; year <= lastPerception; year++) {
            boolean current = year == lastPerception;
            perception(year, current ? 19 : perception[(year - 2017) % perception.length], all, random, current);
        }
        canvass(today.getYear() - 1, all, random);
        canvass(today.getYear(), all, random);
        pulse(today, all, random);
        for (long[] event : events()) {
            evaluation(event[0], random);
        }
        LOG.info("Survey demo data loaded");
    }

    /** The councils whose demo people sign in: current surveys leave them unanswered, to try on the demo. */
    private static final java.util.Set<String> DEMO_SIGN_IN =
            java.util.Set.of("norwich", "cambridge", "essex", "ipswich");

    /** An open survey with skip logic, so the portal always has something to answer. */
    private void pulse(LocalDate today, List<CouncilSummary> all, Random random) {
        Instant opens = UkTime.startOf(today.withDayOfMonth(1));
        SurveyDraft draft = everyCouncilOnce(
                "Workforce pulse "
                        + today.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " "
                        + today.getYear(),
                "A short monthly check on recruitment across the region (one response per council).",
                SurveyKind.CANVASS,
                opens,
                opens.plusSeconds(86400L * 45),
                List.of(new SectionDraft(
                        "Recruitment",
                        List.of(
                                QuestionDraft.of(
                                        "Is your council finding any roles hard to fill?",
                                        QuestionType.YES_NO,
                                        true,
                                        List.of()),
                                QuestionDraft.of(
                                                "Which roles?",
                                                QuestionType.MULTIPLE_CHOICE,
                                                true,
                                                List.of(
                                                        "Planning",
                                                        "Social work",
                                                        "Environmental health",
                                                        "Legal",
                                                        "Finance"))
                                        .showIf(1, "Yes"),
                                QuestionDraft.of(
                                        "How many posts are vacant now?", QuestionType.NUMBER, false, List.of()),
                                QuestionDraft.of(
                                        "Anything else we should know?", QuestionType.FREE_TEXT, false, List.of())))));
        Long id = create(draft, true);
        if (id == null) {
            return;
        }
        Survey survey = catalogue.find(id).orElseThrow();
        List<Survey.Question> q = survey.questions();
        all.stream().filter(c -> !DEMO_SIGN_IN.contains(c.id())).limit(12).forEach(council -> {
            boolean hard = random.nextDouble() < 0.7;
            Map<Long, List<String>> answers = new HashMap<>();
            answers.put(q.get(0).id(), List.of(hard ? "Yes" : "No"));
            answers.put(q.get(1).id(), some(q.get(1).options(), random));
            answers.put(q.get(2).id(), List.of(String.valueOf(random.nextInt(40))));
            respond(survey, council.id(), answers, true, opens.plusSeconds(86400L));
        });
    }

    private void perception(int year, int responding, List<CouncilSummary> all, Random random, boolean current) {
        String title = "Customer perception survey " + year + "-"
                + String.valueOf(year + 1).substring(2);
        Instant opens = LocalDate.of(year, 10, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant closes = LocalDate.of(year + 1, 1, 31).atStartOfDay().toInstant(ZoneOffset.UTC);
        SurveyDraft draft = everyCouncilOnce(
                title,
                "Our annual survey of member councils: how well does the association serve you?",
                SurveyKind.PERCEPTION,
                opens,
                closes,
                List.of(
                        new SectionDraft(
                                "Overall",
                                List.of(
                                        QuestionDraft.of(
                                                "Overall, how would you rate the association's service to your"
                                                        + " council?",
                                                QuestionType.RATING,
                                                true,
                                                List.of()),
                                        QuestionDraft.of(
                                                "How well does the association keep you informed?",
                                                QuestionType.RATING,
                                                true,
                                                List.of()))),
                        new SectionDraft(
                                "Services",
                                List.of(
                                        QuestionDraft.of(
                                                "Has your council used the association's services this year?",
                                                QuestionType.YES_NO,
                                                true,
                                                List.of()),
                                        QuestionDraft.of(
                                                        "Which services?",
                                                        QuestionType.MULTIPLE_CHOICE,
                                                        true,
                                                        List.of(
                                                                "Member development",
                                                                "HR and employment advice",
                                                                "Talent Bank",
                                                                "Coaching",
                                                                "Events and conferences"))
                                                .showIf(3, "Yes"),
                                        QuestionDraft.of(
                                                "What could the association do better?",
                                                QuestionType.FREE_TEXT,
                                                false,
                                                List.of())))));
        Long id = create(draft, true);
        if (id == null) {
            return;
        }
        Survey survey = catalogue.find(id).orElseThrow();
        List<CouncilSummary> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, random);
        if (current) {
            shuffled.removeIf(c -> DEMO_SIGN_IN.contains(c.id()));
        }
        for (int i = 0; i < Math.min(responding, shuffled.size()); i++) {
            Map<Long, List<String>> answers = new HashMap<>();
            List<Survey.Question> q = survey.questions();
            answers.put(q.get(0).id(), List.of(rating(random, 0.78)));
            answers.put(q.get(1).id(), List.of(rating(random, 0.7)));
            boolean used = random.nextDouble() < 0.8;
            answers.put(q.get(2).id(), List.of(used ? "Yes" : "No"));
            answers.put(q.get(3).id(), some(q.get(3).options(), random));
            if (random.nextDouble() < 0.4) {
                answers.put(q.get(4).id(), List.of(COMMENTS.get(random.nextInt(COMMENTS.size()))));
            }
            boolean submitted = !current || i < responding - 4;
            respond(survey, shuffled.get(i).id(), answers, submitted, opens.plusSeconds(86400L * (3 + i)));
        }
    }

    private void canvass(int year, List<CouncilSummary> all, Random random) {
        if (LocalDate.of(year, 3, 1).isAfter(LocalDate.now(UkTime.ZONE))) {
            return;
        }
        Instant opens = LocalDate.of(year, 3, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        SurveyDraft draft = everyCouncilOnce(
                "Pay canvass " + year + ": the employers' offer",
                "The regional canvass of councils' views on the national pay offer (one response per council).",
                SurveyKind.CANVASS,
                opens,
                opens.plusSeconds(86400L * 28),
                List.of(new SectionDraft(
                        "Your council's view",
                        List.of(
                                QuestionDraft.of(
                                        "Does your council support the employers' offer?",
                                        QuestionType.YES_NO,
                                        true,
                                        List.of()),
                                QuestionDraft.of(
                                        "What would the offer cost, as a percentage of your paybill?",
                                        QuestionType.NUMBER,
                                        false,
                                        List.of()),
                                QuestionDraft.of("Why not?", QuestionType.FREE_TEXT, true, List.of())
                                        .showIf(1, "No")))));
        Long id = create(draft, true);
        if (id == null) {
            return;
        }
        Survey survey = catalogue.find(id).orElseThrow();
        List<Survey.Question> q = survey.questions();
        int responding = Math.round(all.size() * 0.9f);
        for (int i = 0; i < responding; i++) {
            boolean yes = random.nextDouble() < 0.75;
            Map<Long, List<String>> answers = new HashMap<>();
            answers.put(q.get(0).id(), List.of(yes ? "Yes" : "No"));
            answers.put(q.get(1).id(), List.of(String.format("%.1f", 2.5 + random.nextDouble() * 2)));
            if (!yes) {
                answers.put(q.get(2).id(), List.of("Affordability: the offer is not fully funded in our budget."));
            }
            respond(survey, all.get(i).id(), answers, true, opens.plusSeconds(86400L * (1 + i % 20)));
        }
    }

    private void evaluation(long meetingId, Random random) {
        String[] event = transactions.executeRead(status -> Sql.one(
                        status.getConnection(),
                        "select title, starts_at from engagement_meeting where id = ?",
                        rs -> new String[] {
                            rs.getString(1), rs.getTimestamp(2).toInstant().toString()
                        },
                        meetingId)
                .orElseThrow());
        Instant starts = Instant.parse(event[1]);
        SurveyDraft draft = new SurveyDraft(
                "Evaluation: " + event[0],
                "Tell us what you thought of the event.",
                SurveyKind.EVALUATION,
                SurveyAudience.EVENT_ATTENDEES,
                null,
                meetingId,
                SurveyMode.PER_PERSON,
                false,
                starts,
                starts.plusSeconds(86400L * 30),
                List.of(new SectionDraft(
                        "The event",
                        List.of(
                                QuestionDraft.of(
                                        "Overall, how would you rate the event?", QuestionType.RATING, true, List.of()),
                                QuestionDraft.of(
                                        "Was the event relevant to your role?", QuestionType.YES_NO, true, List.of()),
                                QuestionDraft.of("Any other comments?", QuestionType.FREE_TEXT, false, List.of())))));
        Long id = create(draft, true);
        if (id == null) {
            return;
        }
        Survey survey = catalogue.find(id).orElseThrow();
        List<String[]> attendees = wideRead.read(
                SystemIdentity.SURVEYS,
                "demo evaluations",
                c -> Sql.list(
                        c,
                        "select tenant_id, coalesce(person_email, tenant_id || '-' || seat || '@attendee.demo') from"
                                + " attendance where meeting_id = ? and status in ('PRESENT', 'SUBSTITUTE')",
                        rs -> new String[] {rs.getString(1), rs.getString(2)},
                        meetingId));
        for (String[] attendee : attendees) {
            if (random.nextDouble() > 0.7) {
                continue;
            }
            Map<Long, List<String>> answers = new HashMap<>();
            List<Survey.Question> q = survey.questions();
            answers.put(q.get(0).id(), List.of(rating(random, 0.82)));
            answers.put(q.get(1).id(), List.of(random.nextDouble() < 0.9 ? "Yes" : "No"));
            respondAs(survey, attendee[0], "demo:" + attendee[1], answers, starts.plusSeconds(86400L * 2));
        }
    }

    private Long create(SurveyDraft draft, boolean publish) {
        boolean exists = transactions.executeRead(status -> Sql.one(
                        status.getConnection(),
                        "select exists (select 1 from survey where title = ? and created_by = ?)",
                        rs -> rs.getBoolean(1),
                        draft.title(),
                        CREATED_BY)
                .orElse(false));
        if (exists) {
            return null;
        }
        SurveyRules.check(draft);
        return transactions.executeWrite(status -> {
            long id = SurveyStore.insert(status.getConnection(), draft, CREATED_BY);
            if (publish) {
                SurveyStore.publish(status.getConnection(), id);
            }
            return id;
        });
    }

    private void respond(Survey survey, String council, Map<Long, List<String>> answers, boolean submit, Instant at) {
        writeResponse(survey, council, "demo:officer@" + council, answers, submit, at);
    }

    private void respondAs(Survey survey, String council, String subject, Map<Long, List<String>> answers, Instant at) {
        writeResponse(survey, council, subject, answers, true, at);
    }

    private void writeResponse(
            Survey survey,
            String council,
            String subject,
            Map<Long, List<String>> answers,
            boolean submit,
            Instant at) {
        Map<Long, List<String>> kept = AnswerRules.kept(survey, answers);
        var person = new uk.org.eelga.tenancy.Caller(
                subject, subject.substring(5), "Demo respondent", java.util.Set.of(), TenantId.of(council), null);
        onBehalf.run(
                SystemIdentity.SURVEYS,
                TenantId.of(council),
                () -> transactions.executeWrite(status -> {
                    ResponseWriter.write(
                            status.getConnection(), survey, council, person, kept, submit, UkTime.dateOf(at), at);
                    return null;
                }));
    }

    private List<long[]> events() {
        return transactions.executeRead(status -> Sql.list(
                status.getConnection(),
                "select id from engagement_meeting where kind = 'EVENT' and cancelled_reason is null"
                        + " and starts_at < now() order by starts_at",
                rs -> new long[] {rs.getLong(1)}));
    }

    /** A rating on the standard scale, "good or above" with about the given probability. */
    private static String rating(Random random, double good) {
        List<String> scale = QuestionType.STANDARD_SCALE;
        if (random.nextDouble() < good) {
            return scale.get(3 + (random.nextDouble() < 0.45 ? 1 : 0));
        }
        return scale.get(random.nextInt(3));
    }

    private static List<String> some(List<String> options, Random random) {
        List<String> chosen = new ArrayList<>();
        options.forEach(o -> {
            if (random.nextDouble() < 0.45) {
                chosen.add(o);
            }
        });
        return chosen.isEmpty() ? List.of(options.get(0)) : chosen;
    }

    private static final List<String> COMMENTS = List.of(
            "More notice of events would help our members plan to attend.",
            "The HR advice line has been excellent this year.",
            "We would value more work on the devolution agenda.",
            "Briefings could be shorter, with the key asks first.",
            "Please keep the Talent Bank rates competitive.");

    /** A survey of every council, one response per council, not anonymous: the demo's canvasses and perception. */
    private static SurveyDraft everyCouncilOnce(
            String title,
            String description,
            SurveyKind kind,
            Instant opens,
            Instant closes,
            List<SectionDraft> sections) {
        return new SurveyDraft(
                title,
                description,
                kind,
                SurveyAudience.ALL_COUNCILS,
                null,
                null,
                SurveyMode.PER_COUNCIL,
                false,
                opens,
                closes,
                sections);
    }
}
