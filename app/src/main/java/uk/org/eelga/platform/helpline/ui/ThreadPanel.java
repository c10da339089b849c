package uk.org.eelga.platform.helpline.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.org.eelga.platform.helpline.QuerySummary;
import uk.org.eelga.platform.helpline.QueryThread;
import uk.org.eelga.platform.helpline.Satisfaction;
import uk.org.eelga.platform.helpline.ThreadMessage;
import uk.org.eelga.shared.UkTime;

/** A query's thread as both sides see it: status and service level, then each message, oldest first. */
class ThreadPanel extends Div {

    final Paragraph status = new Paragraph();

    ThreadPanel() {
        setId("helpline-thread");
        status.setId("helpline-thread-status");
        status.getElement().setAttribute("role", "status");
    }

    void show(QueryThread thread) {
        removeAll();
        QuerySummary q = thread.query();
        add(new H2(q.subject()));
        status.setText(statusLine(q, Instant.now()));
        add(status);
        for (ThreadMessage m : thread.messages()) {
            Div message = new Div();
            message.addClassName("helpline-message");
            message.add(new H3(m.kind().label() + " from " + m.authorName() + ", " + UkTime.dateTime(m.writtenAt())));
            Paragraph body = new Paragraph(m.body());
            body.getStyle().set("white-space", "pre-wrap");
            message.add(body);
            add(message);
        }
        if (q.satisfaction() != null) {
            add(new Paragraph("Rated by the council: " + Satisfaction.label(q.satisfaction())
                    + (thread.satisfactionComment() == null ? "" : " (\"" + thread.satisfactionComment() + "\")")));
        }
    }

    void clear() {
        removeAll();
    }

    /** "Answered. First response 3 Mar 2026, 10:15 (due 4 Mar 2026, 00:00: on time)." */
    static String statusLine(QuerySummary q, Instant now) {
        return q.status().label() + ". "
                + stage(
                        "First response ",
                        q.firstResponseAt(),
                        "No response yet",
                        q.firstResponseDue(),
                        q.firstResponseOnTime(now))
                + " " + stage("Closed ", q.closedAt(), "To be resolved", q.resolutionDue(), q.resolutionOnTime(now));
    }

    /** One of the two service levels: "Closed 5 Mar 2026, 09:00 (due by 6 Mar 2026, 00:00: on time)." */
    private static String stage(String doneAs, Instant done, String notYet, Instant due, boolean onTime) {
        return (done != null ? doneAs + UkTime.dateTime(done) : notYet) + " (due by " + UkTime.dateTime(due)
                + (onTime ? ": on time" : ": late") + ").";
    }

    /** Lists the queries and selects the one whose id is {@code select}, when it is among them. */
    static void list(Grid<QuerySummary> queries, List<QuerySummary> all, Long select) {
        queries.setItems(all);
        Optional.ofNullable(select)
                .flatMap(id -> all.stream().filter(q -> q.id() == id).findFirst())
                .ifPresent(queries::select);
    }
}
