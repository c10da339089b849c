package uk.org.eelga.platform.helpline;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.function.UnaryOperator;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.audit.AuditLog;

/**
 * The steps of a thread, each in one transaction bound to the query's council (the council's own people, or staff
 * through OnBehalfOfCouncil) and audited. Each step locks the query and checks its state under the lock, so of
 * racing steps the later ones see the earlier: a query closes once, and its first response is the first one written.
 */
@Singleton
class HelplineSteps {

    private final Repositories.Queries queries;
    private final Repositories.Messages messages;
    private final AuditLog audit;
    private final Clock clock;

    HelplineSteps(Repositories.Queries queries, Repositories.Messages messages, AuditLog audit, Clock clock) {
        this.queries = queries;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    HelplineQuery raise(Caller person, Category category, String subject, String question) {
        Instant now = clock.instant();
        HelplineQuery raised = queries.save(new HelplineQuery(
                null,
                null,
                category,
                subject,
                person.subject(),
                person.displayName(),
                person.email(),
                now,
                QueryStatus.AWAITING_ADVISER,
                ServiceLevel.firstResponseDue(now),
                ServiceLevel.resolutionDue(now),
                null,
                null,
                null,
                null,
                null,
                null));
        write(raised, person, MessageKind.QUESTION, MessageKind.Side.COUNCIL, question, now);
        audit.record(person, CurrentTenant.require(), "helpline.raised", describe(raised));
        return raised;
    }

    /** An adviser's answer (the query is then answered) or question back (the council's move). */
    @Transactional
    HelplineQuery respond(Caller adviser, long id, String text, boolean askingBack) {
        return step(adviser, id, askingBack ? "helpline.asked-back" : "helpline.answered", query -> {
            open(query);
            Instant now = clock.instant();
            write(
                    query,
                    adviser,
                    askingBack ? MessageKind.ASK_BACK : MessageKind.ANSWER,
                    MessageKind.Side.ADVISER,
                    text,
                    now);
            return query.moved(
                    askingBack ? QueryStatus.AWAITING_COUNCIL : QueryStatus.ANSWERED,
                    query.firstResponseAt() == null ? now : query.firstResponseAt());
        });
    }

    @Transactional
    HelplineQuery reply(Caller person, long id, String text) {
        return step(person, id, "helpline.replied", query -> {
            open(query);
            write(query, person, MessageKind.REPLY, MessageKind.Side.COUNCIL, text, clock.instant());
            return query.moved(QueryStatus.AWAITING_ADVISER, query.firstResponseAt());
        });
    }

    /** Closes the query (either side), with an optional closing note and, from the council, an optional rating. */
    @Transactional
    HelplineQuery close(Caller who, long id, String note, Integer rating, String comment) {
        return step(who, id, "helpline.closed", query -> {
            open(query);
            Instant now = clock.instant();
            if (note != null && !note.isBlank()) {
                write(
                        query,
                        who,
                        MessageKind.CLOSING,
                        who.isAssociationStaff() ? MessageKind.Side.ADVISER : MessageKind.Side.COUNCIL,
                        note,
                        now);
            }
            HelplineQuery closed = query.closed(now, who.displayName());
            return rating == null ? closed : closed.rated(rating, comment, now);
        });
    }

    @Transactional
    HelplineQuery rate(Caller person, long id, int rating, String comment) {
        return step(person, id, "helpline.rated", query -> {
            if (query.status() != QueryStatus.CLOSED) {
                throw new HelplineRefused("not-closed", "The advice can be rated once the query is closed.");
            }
            if (query.satisfaction() != null) {
                throw new HelplineRefused("already-rated", "This query has already been rated.");
            }
            return query.rated(rating, comment, clock.instant());
        });
    }

    private static void open(HelplineQuery query) {
        if (query.status() == QueryStatus.CLOSED) {
            throw new HelplineRefused("closed", "This query is closed; raise a new query to ask something else.");
        }
    }

    private void write(
            HelplineQuery query, Caller who, MessageKind kind, MessageKind.Side side, String text, Instant at) {
        messages.save(
                new HelplineMessage(null, null, query.id(), side, kind, who.displayName(), who.email(), text, at));
    }

    private HelplineQuery step(Caller who, long id, String action, UnaryOperator<HelplineQuery> change) {
        HelplineQuery before = queries.lockById(id).orElseThrow(HelplineNotFound::new);
        HelplineQuery after = queries.update(change.apply(before));
        audit.record(who, CurrentTenant.require(), action, describe(before), describe(after), null);
        return after;
    }

    private static String describe(HelplineQuery q) {
        return "helpline query " + q.id() + " (" + q.category() + "): " + q.status()
                + (q.satisfaction() == null ? "" : ", rated " + q.satisfaction());
    }
}
