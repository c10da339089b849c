package uk.org.eelga.platform.survey;

import io.micronaut.context.annotation.Value;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    SurveyReminders(
            SurveyResultsReader results,
            AssociationWideRead wideRead,
            MailSender mail,
            TransactionOperations<Connection> transactions,
            AuditLog audit,
            @Value("${eelga.oidc.platform-url}") String platformUrl) {
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

    public Sent remind(Caller staff, long surveyId) {
        SurveyResults current = results.results(staff, surveyId);
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
                    null,
                    "survey " + surveyId + ": " + String.join(", ", addresses.keySet()),
                    null);
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
