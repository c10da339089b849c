package uk.org.eelga.platform.survey;

import io.micronaut.context.annotation.Value;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.org.eelga.platform.cluster.ClusterJobs;
import uk.org.eelga.platform.mail.Mail;
import uk.org.eelga.platform.mail.MailSender;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.audit.AuditLog;
import uk.org.eelga.tenancy.rls.AssociationWideRead;

/**
 * Reminds the councils in a survey's audience that have not submitted: an e-mail to each of their people who
 * have signed in to the platform. Each round is logged (survey_reminder) and audited.
 */
@Singleton
public class SurveyReminders {

    private static final Logger LOG = LoggerFactory.getLogger(SurveyReminders.class);

    private final SurveyResultsReader results;
    private final AssociationWideRead wideRead;
    private final MailSender mail;
    private final TransactionOperations<Connection> transactions;
    private final AuditLog audit;
    private final String platformUrl;
    private final ClusterJobs jobs;
    private final Clock clock;
    private final Duration gap;

    SurveyReminders(
            SurveyResultsReader results,
            AssociationWideRead wideRead,
            MailSender mail,
            TransactionOperations<Connection> transactions,
            AuditLog audit,
            @Value("${eelga.oidc.platform-url}") String platformUrl,
            ClusterJobs jobs,
            Clock clock,
            @Value("${eelga.surveys.reminder-gap:1h}") Duration gap) {
        this.jobs = jobs;
        this.clock = clock;
        this.gap = gap;
        this.results = results;
        this.wideRead = wideRead;
        this.mail = mail;
        this.transactions = transactions;
        this.audit = audit;
        this.platformUrl = platformUrl;
    }

    /** What one reminder round did. */
    @Serdeable
    public record Sent(int councils, int recipients, int failed) {}

    /**
     * Sends one reminder round: to each person who has signed in, of each council in the audience that has not
     * submitted. One round at a time per survey across every node (a second press, on this node or another, is
     * refused while one is going out), and none within {@code eelga.surveys.reminder-gap} of the last (1 hour).
     */
    public Sent remind(Caller staff, long surveyId) {
        SurveyResults current = results.results(staff, surveyId);
        return jobs.runExclusively("survey-reminders:" + surveyId, Duration.ZERO, () -> {
                    lastRound(surveyId).ifPresent(last -> {
                        Instant next = last.plus(gap);
                        if (clock.instant().isBefore(next)) {
                            throw new SurveyRefused(
                                    "REMINDERS_SENT_RECENTLY",
                                    "Reminders for this survey went out at " + UkTime.time(last)
                                            + "; the next round can go from " + UkTime.time(next) + ".");
                        }
                    });
                    return remindNow(staff, surveyId, current);
                })
                .orElseThrow(() -> new SurveyRefused(
                        "REMINDERS_BEING_SENT",
                        "Reminders for this survey are being sent now; nothing more was sent."));
    }

    private java.util.Optional<Instant> lastRound(long surveyId) {
        return transactions.executeRead(status -> Sql.list(
                        status.getConnection(),
                        "select max(sent_at) from survey_reminder where survey_id = ?",
                        rs -> java.util.Optional.ofNullable(rs.getTimestamp(1)).map(java.sql.Timestamp::toInstant),
                        surveyId)
                .stream()
                .findFirst()
                .flatMap(last -> last));
    }

    private Sent remindNow(Caller staff, long surveyId, SurveyResults current) {
        Survey survey = transactions
                .executeRead(s -> SurveyStore.find(s.getConnection(), surveyId))
                .orElseThrow(SurveyNotFound::new);
        List<String> councils = current.notResponded().stream()
                .map(SurveyResults.CouncilResponse::councilId)
                .toList();
        if (councils.isEmpty()) {
            return new Sent(0, 0, 0);
        }
        Map<String, List<String>> addresses = wideRead.read(staff, "reminders for survey " + surveyId, c -> Sql.list(
                        c,
                        "select tenant_id, email from council_user where tenant_id = any (?) order by tenant_id, email",
                        rs -> Map.entry(rs.getString(1), rs.getString(2)),
                        Sql.texts(c, councils))
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList()))));
        int sent = 0;
        int failed = 0;
        for (List<String> emails : addresses.values()) {
            for (String email : emails) {
                try {
                    mail.send(new Mail(email, "Reminder: " + survey.title(), text(survey)));
                    sent++;
                } catch (MailSender.MailNotSent e) {
                    LOG.warn("Reminder for survey {} not sent to one address: {}", surveyId, e.getMessage());
                    failed++;
                }
            }
        }
        int recipients = sent;
        transactions.executeWrite(status -> {
            Sql.update(
                    status.getConnection(),
                    "insert into survey_reminder (survey_id, sent_by, councils, recipients) values (?, ?, ?, ?)",
                    surveyId,
                    staff.email(),
                    addresses.size(),
                    recipients);
            audit.record(
                    staff,
                    null,
                    "SURVEY_REMINDER_SENT",
                    "survey " + surveyId + ": " + String.join(", ", addresses.keySet()));
            return null;
        });
        return new Sent(addresses.size(), sent, failed);
    }

    private String text(Survey survey) {
        return "Hello,\n\nYour council has not yet responded to the East of England LGA survey \"" + survey.title()
                + "\". It closes on " + UkTime.date(survey.closesAt()) + ".\n\n"
                + "Answer it on the member platform: " + platformUrl + "/portal/surveys/" + survey.id() + "\n\n"
                + "Thank you,\nEast of England LGA\n";
    }
}
