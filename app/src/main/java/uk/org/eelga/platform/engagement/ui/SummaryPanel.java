package uk.org.eelga.platform.engagement.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableFunction;
import java.math.BigDecimal;
import uk.org.eelga.platform.engagement.EngagementRecords;
import uk.org.eelga.platform.engagement.EngagementSummary;
import uk.org.eelga.platform.engagement.Fraction;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.tenancy.ui.FigureTable;
import uk.org.eelga.tenancy.ui.Plurals;

/** Shows one council's engagement summary: meetings per group with the regional median, and events. */
class SummaryPanel extends VerticalLayout {

    final FigureTable<EngagementSummary.GroupLine> groups = new FigureTable<>("Meetings attended per group");
    final Paragraph totals = new Paragraph();
    final Paragraph events = new Paragraph();
    final Paragraph lineage = new Paragraph();
    final FigureTable<EngagementSummary.OtherLine> other = new FigureTable<>("Surveys and evaluations");
    final RecordsBehind behind = new RecordsBehind();
    private final H2 heading = new H2();

    SummaryPanel() {
        setPadding(false);
        groups.column("Group", EngagementSummary.GroupLine::groupName)
                .numbers("Seats attended", l -> l.attended().part())
                .numbers("Seats expected", l -> l.attended().whole())
                .numbers("Our share", l -> percent(l.attended().percent()))
                .numbers("Regional median", l -> percent(l.regionalMedianPercent()));
        other.column("Figure", EngagementSummary.OtherLine::label)
                .numbers("Done", l -> l.ours().part())
                .numbers("Asked", l -> l.ours().whole())
                .numbers("Our share", l -> percent(l.ours().percent()))
                .numbers("Regional median", l -> percent(l.regionalMedianPercent()));
        add(
                heading,
                lineage,
                new H3("Meetings of the association's groups"),
                totals,
                groups,
                behind.meetings,
                new H3("Events"),
                events,
                behind.events);
        add(new H3("Surveys and evaluations"), other);
    }

    /** Where the records behind the figures come from (read only when someone opens them). */
    void recordsFrom(SerializableFunction<ReportingPeriod, EngagementRecords.Behind> records) {
        behind.from(records);
    }

    void show(EngagementSummary summary) {
        behind.forPeriod(ReportingPeriod.parse(summary.period()));
        heading.setText(summary.councilName() + ": engagement in " + summary.period());
        lineage.setText(
                summary.predecessors().isEmpty()
                        ? ""
                        : "Includes the history of " + String.join(" and ", summary.predecessors()) + ", now part of "
                                + summary.councilName() + ".");
        lineage.setVisible(!summary.predecessors().isEmpty());
        Fraction all = summary.allMeetings();
        totals.setText(
                all.whole() == 0
                        ? "No figure yet: no meeting of the association's groups held in this period expected "
                                + summary.councilName() + "."
                        : "All groups: " + all + " of expected seats attended. Regional median: "
                                + percent(summary.allMeetingsRegionalMedianPercent()) + ".");
        groups.setItems(summary.groups());
        other.setItems(summary.other());
        EngagementSummary.Events e = summary.events();
        events.setText(Plurals.count(e.eventsAttended(), "event", "events") + " attended and "
                + Plurals.count(e.delegatesRegistered(), "delegate", "delegates") + " registered. Regional median: "
                + regionalEvents(e.regionalMedianEventsAttended(), e.regionalMedianDelegates()) + ".");
    }

    static String percent(Integer value) {
        return value == null ? "No figure yet" : value + "%";
    }

    /** "3 events and 8 delegates per council", "1 event and 2.5 delegates per council"; none: "no figure yet". */
    static String regionalEvents(BigDecimal events, BigDecimal delegates) {
        return events == null || delegates == null
                ? "no figure yet"
                : counted(events, "event", "events") + " and " + counted(delegates, "delegate", "delegates")
                        + " per council";
    }

    private static String counted(BigDecimal value, String one, String many) {
        return value.stripTrailingZeros().toPlainString() + " " + (value.compareTo(BigDecimal.ONE) == 0 ? one : many);
    }
}
