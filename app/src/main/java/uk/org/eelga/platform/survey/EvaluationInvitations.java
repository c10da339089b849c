package uk.org.eelga.platform.survey;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.org.eelga.platform.mail.Mail;
import uk.org.eelga.platform.mail.MailSender;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.rls.AssociationWideRead;
import uk.org.eelga.tenancy.rls.OnBehalfOfCouncil;

/**
 * Invites an event's attendees to its evaluation. Attendees' councils see the evaluation in their survey list as
 * soon as attendance is recorded (the audience is computed from attendance); this sends the e-mail invitation, once
 * per survey and address. Call it after attendance is committed, outside any transaction and with no council
 * bound (it reads attendance across councils as the platform, and records each invitation as that council's row).
 */
@Singleton
public class EvaluationInvitations {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationInvitations.class);
    private static final Caller PLATFORM = SystemIdentity.SURVEYS;

    private final AssociationWideRead wideRead;
    private final OnBehalfOfCouncil onBehalf;
    private final TransactionOperations<Connection> transactions;
    private final MailSender mail;
    private final Clock clock;
    private final String platformUrl;

    EvaluationInvitations(
            AssociationWideRead wideRead,
            OnBehalfOfCouncil onBehalf,
            TransactionOperations<Connection> transactions,
            MailSender mail,
            Clock clock,
            @Value("${eelga.oidc.platform-url}") String platformUrl) {
        this.wideRead = wideRead;
        this.onBehalf = onBehalf;
        this.transactions = transactions;
        this.mail = mail;
        this.clock = clock;
        this.platformUrl = platformUrl;
    }

    private record Attendee(String council, String email) {}

    /**
     * Sends the invitations not yet sent for the open, published evaluations of this meeting or event. Idempotent:
     * an address is invited once per survey; a failed e-mail is not recorded, so the next call retries it.
     *
     * @return how many invitations were sent now
     */
    public int sendFor(long meetingId) {
        List<Survey> evaluations =
                transactions.executeRead(status -> SurveyStore.published(status.getConnection()).stream()
                        .filter(s -> s.kind() == SurveyKind.EVALUATION
                                && Long.valueOf(meetingId).equals(s.meetingId())
                                && !s.isClosed(clock.instant()))
                        .toList());
        int sent = 0;
        for (Survey survey : evaluations) {
            sent += invite(survey);
        }
        return sent;
    }

    private int invite(Survey survey) {
        List<Attendee> attendees = wideRead.read(
                PLATFORM,
                "evaluation invitations for meeting " + survey.meetingId(),
                c -> Sql.list(
                        c,
                        "select distinct a.tenant_id, lower(a.person_email) from attendance a"
                                + " where a.meeting_id = ? and a.status in ('PRESENT', 'SUBSTITUTE')"
                                + " and a.person_email is not null and a.person_email like '%@%'"
                                + " and not exists (select 1 from survey_invitation i where i.survey_id = ?"
                                + " and i.tenant_id = a.tenant_id and i.email = lower(a.person_email))",
                        rs -> new Attendee(rs.getString(1), rs.getString(2)),
                        survey.meetingId(),
                        survey.id()));
        int sent = 0;
        Set<String> done = new HashSet<>();
        for (Attendee attendee : attendees) {
            if (!done.add(attendee.council() + "|" + attendee.email())) {
                continue;
            }
            try {
                boolean now = onBehalf.call(
                        PLATFORM,
                        TenantId.of(attendee.council()),
                        () -> transactions.executeWrite(status -> {
                            int inserted = Sql.update(
                                    status.getConnection(),
                                    "insert into survey_invitation (tenant_id, survey_id, email) values (?, ?, ?)"
                                            + " on conflict do nothing",
                                    attendee.council(),
                                    survey.id(),
                                    attendee.email());
                            if (inserted == 1) {
                                // inside the transaction: a failed e-mail leaves no record, so it is retried
                                mail.send(new Mail(attendee.email(), "Your feedback: " + survey.title(), text(survey)));
                            }
                            return inserted == 1;
                        }));
                sent += now ? 1 : 0;
            } catch (MailSender.MailNotSent e) {
                LOG.warn(
                        "Evaluation invitation for survey {} not sent to one attendee: {}",
                        survey.id(),
                        e.getMessage());
            }
        }
        return sent;
    }

    private String text(Survey survey) {
        return "Hello,\n\nThank you for attending. Please tell us what you thought: \"" + survey.title() + "\".\n"
                + "It takes a few minutes and closes on "
                + UkTime.date(survey.closesAt())
                + ".\n\nAnswer it on the member platform: " + platformUrl + "/portal/surveys/" + survey.id()
                + "\n\nEast of England LGA\n";
    }
}
