package uk.org.eelga.platform.helpline;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.rls.AssociationWideRead;
import uk.org.eelga.tenancy.rls.OnBehalfOfCouncil;

/**
 * The HR helpline. A council's people raise queries and follow, reply to, close and rate their council's own;
 * association staff (the advisers) see every council's queries through the audited association-wide read and
 * answer, ask back and close them on the council's behalf, so row-level security applies to every write.
 */
@Singleton
public class HrHelpline {

    public static final int SUBJECT_MAX = Text.NAME;
    public static final int TEXT_MAX = Text.LONG;
    public static final int COMMENT_MAX = 2000;

    private final Repositories.Queries queries;
    private final Repositories.Messages messages;
    private final HelplineSteps steps;
    private final AssociationWideRead wideRead;
    private final OnBehalfOfCouncil onBehalf;

    HrHelpline(
            Repositories.Queries queries,
            Repositories.Messages messages,
            HelplineSteps steps,
            AssociationWideRead wideRead,
            OnBehalfOfCouncil onBehalf) {
        this.queries = queries;
        this.messages = messages;
        this.steps = steps;
        this.wideRead = wideRead;
        this.onBehalf = onBehalf;
    }

    // ---- the council's side

    public QuerySummary raise(Caller person, Category category, String subject, String question) {
        ownCouncil(person);
        if (category == null) {
            throw new HelplineRefused("category", "Choose what the query is about.");
        }
        String title = required("subject", "the subject", subject, SUBJECT_MAX, false);
        String text = required("question", "the question", question, TEXT_MAX, true);
        return QuerySummary.of(steps.raise(person, category, title, text));
    }

    @ReadOnly
    public List<QuerySummary> ourQueries() {
        CurrentTenant.require();
        return queries.findAllOrderByRaisedAtDesc().stream()
                .map(QuerySummary::of)
                .toList();
    }

    @ReadOnly
    public QueryThread ourThread(long id) {
        CurrentTenant.require();
        HelplineQuery query = queries.findById(id).orElseThrow(HelplineNotFound::new);
        return new QueryThread(
                QuerySummary.of(query),
                messages.thread(id).stream().map(HelplineMessage::view).toList(),
                query.satisfactionComment());
    }

    public QuerySummary reply(Caller person, long id, String text) {
        ownCouncil(person);
        String said = required("text", "the reply", text, TEXT_MAX, true);
        return QuerySummary.of(steps.reply(person, id, said));
    }

    /** The council closes its query, optionally answering the satisfaction question at once. */
    public QuerySummary closeOurs(Caller person, long id, Integer rating, String comment) {
        ownCouncil(person);
        checkRating(rating, false);
        String said = optional("comment", comment, COMMENT_MAX);
        return QuerySummary.of(steps.close(person, id, null, rating, rating == null ? null : said));
    }

    public QuerySummary rate(Caller person, long id, Integer rating, String comment) {
        ownCouncil(person);
        checkRating(rating, true);
        return QuerySummary.of(steps.rate(person, id, rating, optional("comment", comment, COMMENT_MAX)));
    }

    // ---- the advisers' side

    /** Every council's queries: open ones first (oldest first, as advisers work them), then the rest newest first. */
    public List<QuerySummary> allQueries(Caller staff, boolean openOnly) {
        return wideRead.read(
                staff,
                "HR helpline queries",
                connection -> select(
                        connection,
                        "select * from helpline_query" + (openOnly ? " where status <> 'CLOSED'" : "")
                                + " order by case when status <> 'CLOSED' then 0 else 1 end,"
                                + " case when status <> 'CLOSED' then raised_at end asc, raised_at desc, id desc",
                        null,
                        null));
    }

    public QueryThread thread(Caller staff, String councilId, long id) {
        TenantId council = council(councilId);
        return wideRead.read(staff, "HR helpline query " + id + " of " + council.value(), connection -> {
            List<QuerySummary> found =
                    select(connection, "select * from helpline_query where tenant_id = ? and id = ?", council, id);
            if (found.isEmpty()) {
                throw new HelplineNotFound();
            }
            List<ThreadMessage> thread;
            String comment;
            try {
                thread = Rows.all(
                        connection,
                        "select * from helpline_message where tenant_id = ? and query_id = ? order by written_at, id",
                        rows -> new ThreadMessage(
                                rows.getLong("id"),
                                MessageKind.Side.valueOf(rows.getString("side")),
                                MessageKind.valueOf(rows.getString("kind")),
                                rows.getString("author_name"),
                                rows.getString("body"),
                                rows.getTimestamp("written_at").toInstant()),
                        council.value(),
                        id);
                comment = Rows.first(
                                connection,
                                "select satisfaction_comment from helpline_query where tenant_id = ? and id = ?",
                                rows -> rows.getString(1),
                                council.value(),
                                id)
                        .orElse(null);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read a helpline thread", e);
            }
            return new QueryThread(found.get(0), thread, comment);
        });
    }

    public QuerySummary respond(Caller staff, String councilId, long id, String text, boolean askingBack) {
        requireStaff(staff);
        String said = required("text", askingBack ? "the question back" : "the answer", text, TEXT_MAX, true);
        return QuerySummary.of(
                onBehalf.call(staff, council(councilId), () -> steps.respond(staff, id, said, askingBack)));
    }

    public QuerySummary close(Caller staff, String councilId, long id, String note) {
        requireStaff(staff);
        String said = optional("note", note, TEXT_MAX);
        return QuerySummary.of(
                onBehalf.call(staff, council(councilId), () -> steps.close(staff, id, said, null, null)));
    }

    // ---- rules

    private static void ownCouncil(Caller person) {
        if (person.council() == null || !person.council().equals(CurrentTenant.require())) {
            throw new HelplineRefused("not-allowed", "Only a council's own people can do this on its queries.");
        }
    }

    private static void requireStaff(Caller staff) {
        if (!staff.isAssociationStaff()) {
            throw new HelplineRefused("not-allowed", "Only the association's advisers can do this.");
        }
    }

    private static void checkRating(Integer rating, boolean required) {
        if (rating == null && required) {
            throw new HelplineRefused("rating", "Choose an answer from 1 (very poor) to 5 (very good).");
        }
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new HelplineRefused("rating", "The rating is from 1 (very poor) to 5 (very good).");
        }
    }

    private static String required(String code, String label, String value, int max, boolean multiline) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new HelplineRefused(code, "Write " + label + ".");
        }
        return Text.check(label, trimmed, max, multiline, m -> new HelplineRefused(code, m));
    }

    private static String optional(String code, String value, int max) {
        String trimmed = value == null ? null : value.strip();
        if (trimmed == null || trimmed.isEmpty()) {
            return null;
        }
        return Text.check("the " + code, trimmed, max, true, m -> new HelplineRefused(code, m));
    }

    private static TenantId council(String id) {
        return TenantId.given(id, HelplineNotFound::new);
    }

    private static List<QuerySummary> select(Connection connection, String sql, TenantId council, Long id) {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (council != null) {
                select.setString(1, council.value());
                select.setLong(2, id);
            }
            return Rows.all(select, rows -> row(rows));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read helpline queries", e);
        }
    }

    private static QuerySummary row(ResultSet rows) throws SQLException {
        Object rating = rows.getObject("satisfaction");
        return new QuerySummary(
                rows.getLong("id"),
                rows.getString("tenant_id"),
                Category.valueOf(rows.getString("category")),
                rows.getString("subject"),
                rows.getString("raised_by_name"),
                instant(rows.getTimestamp("raised_at")),
                QueryStatus.valueOf(rows.getString("status")),
                instant(rows.getTimestamp("first_response_due")),
                instant(rows.getTimestamp("resolution_due")),
                instant(rows.getTimestamp("first_response_at")),
                instant(rows.getTimestamp("closed_at")),
                rating == null ? null : ((Number) rating).intValue());
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
