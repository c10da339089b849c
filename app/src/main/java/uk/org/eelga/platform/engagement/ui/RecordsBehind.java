package uk.org.eelga.platform.engagement.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.function.SerializableFunction;
import java.io.Serializable;
import uk.org.eelga.platform.engagement.EngagementRecords;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.ui.Plurals;

/**
 * The records behind a council's engagement figures, under the figures they make: each meeting that expected the
 * council with the seats its people took, and each event they attended. Read when first opened, so the summary's
 * own statements stay as they were for everyone who does not look.
 */
class RecordsBehind implements Serializable {

    final Details meetings = new Details("The meetings behind these figures");
    final Details events = new Details("The events attended");
    private SerializableFunction<ReportingPeriod, EngagementRecords.Behind> records;
    private ReportingPeriod period;
    private boolean loaded;

    RecordsBehind() {
        meetings.setId("engagement-meetings-behind");
        events.setId("engagement-events-behind");
        meetings.addOpenedChangeListener(opened -> load());
        events.addOpenedChangeListener(opened -> load());
        meetings.setVisible(false);
        events.setVisible(false);
    }

    void from(SerializableFunction<ReportingPeriod, EngagementRecords.Behind> records) {
        this.records = records;
        meetings.setVisible(true);
        events.setVisible(true);
    }

    /** A summary of another period is shown: its records are read afresh when opened. */
    void forPeriod(ReportingPeriod shown) {
        period = shown;
        loaded = false;
        meetings.setOpened(false);
        events.setOpened(false);
        meetings.removeAll();
        events.removeAll();
    }

    private void load() {
        if (loaded || records == null || period == null || !(meetings.isOpened() || events.isOpened())) {
            return;
        }
        loaded = true;
        EngagementRecords.Behind behind = records.apply(period);
        meetings.add(
                behind.meetings().isEmpty()
                        ? new Paragraph("No meeting of the association's groups in " + period.label()
                                + " expected the council.")
                        : list(behind.meetings().stream()
                                .map(m -> m.groupName() + ", " + m.title() + ", " + UkTime.date(m.startsAt()) + ": "
                                        + m.seatsAttended() + " of " + Plurals.count(m.seatsExpected(), "seat", "seats")
                                        + " attended")
                                .toList()));
        events.add(
                behind.events().isEmpty()
                        ? new Paragraph("The council's people attended no event in " + period.label() + ".")
                        : list(behind.events().stream()
                                .map(e -> e.title() + ", " + UkTime.date(e.startsAt()) + ": "
                                        + Plurals.count(e.attendees(), "person", "people") + " attended")
                                .toList()));
    }

    private static UnorderedList list(java.util.List<String> lines) {
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }
}
