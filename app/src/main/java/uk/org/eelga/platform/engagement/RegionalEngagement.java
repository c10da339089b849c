package uk.org.eelga.platform.engagement;

import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import uk.org.eelga.shared.Csv;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.council.CouncilKind;
import uk.org.eelga.tenancy.rls.AssociationWideRead;

/** The association's table of all member councils' engagement in a period, and its CSV and XLSX exports. */
@Singleton
public class RegionalEngagement {

    private static final String TABLE = "with expected as (select council_id, sum(seats) as seats"
            + " from engagement_expected_seat where starts_at >= ? and starts_at < ? group by council_id),"
            + " attended as (select a.tenant_id as council_id, count(*) as seats from attendance a"
            + " join engagement_expected_seat s on s.meeting_id = a.meeting_id and s.council_id = a.tenant_id"
            + " where s.starts_at >= ? and s.starts_at < ? and a.status in ('PRESENT', 'SUBSTITUTE')"
            + " group by a.tenant_id),"
            + " events as (select a.tenant_id as council_id, count(distinct a.meeting_id) as events from attendance a"
            + " join engagement_meeting m on m.id = a.meeting_id where m.kind = 'EVENT' and m.starts_at >= ?"
            + " and m.starts_at < ? and a.status in ('PRESENT', 'SUBSTITUTE') group by a.tenant_id),"
            + " delegates as (select r.tenant_id as council_id, count(*) as delegates from event_registration r"
            + " join engagement_meeting m on m.id = r.meeting_id where m.starts_at >= ? and m.starts_at < ?"
            + " group by r.tenant_id)"
            + " select c.id, c.name, c.kind, c.county_area, coalesce(e.seats, 0), coalesce(a.seats, 0),"
            + " coalesce(ev.events, 0), coalesce(d.delegates, 0) from council c"
            + " left join expected e on e.council_id = c.id left join attended a on a.council_id = c.id"
            + " left join events ev on ev.council_id = c.id left join delegates d on d.council_id = c.id"
            + " order by c.name";

    private final AssociationWideRead associationWide;

    RegionalEngagement(AssociationWideRead associationWide) {
        this.associationWide = associationWide;
    }

    public List<CouncilEngagementRow> table(Caller staff, ReportingPeriod period) {
        staff.requireStaff(EngagementRefused::staffOnly);
        return associationWide.read(staff, "regional engagement table " + period.label(), connection -> {
            List<CouncilEngagementRow> table = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(TABLE)) {
                for (int i = 0; i < 4; i++) {
                    query.setTimestamp(2 * i + 1, Timestamp.from(period.from()));
                    query.setTimestamp(2 * i + 2, Timestamp.from(period.to()));
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        long expected = rows.getLong(5);
                        table.add(new CouncilEngagementRow(
                                rows.getString(1),
                                rows.getString(2),
                                CouncilKind.valueOf(rows.getString(3)).label(),
                                rows.getString(4),
                                new Fraction(Math.min(rows.getLong(6), expected), expected),
                                rows.getLong(7),
                                rows.getLong(8)));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the regional engagement table", e);
            }
            return table;
        });
    }

    private static final String[] HEADINGS = {
        "Council",
        "Kind",
        "County area",
        "Meeting seats attended",
        "Meeting seats expected",
        "Attended %",
        "Events attended",
        "Delegates registered"
    };

    public byte[] csv(List<CouncilEngagementRow> rows) {
        Csv csv = Csv.quotingWhereNeeded().header((Object[]) HEADINGS);
        for (CouncilEngagementRow row : rows) {
            csv.row(
                    row.councilName(),
                    row.kind(),
                    row.countyArea(),
                    row.meetings().part(),
                    row.meetings().whole(),
                    row.meetings().percent(),
                    row.eventsAttended(),
                    row.delegatesRegistered());
        }
        return csv.bytes();
    }

    public byte[] xlsx(List<CouncilEngagementRow> rows, ReportingPeriod period) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "EELGA member platform", "1.0");
            Worksheet sheet = workbook.newWorksheet("Engagement " + period.label());
            for (int c = 0; c < HEADINGS.length; c++) {
                sheet.value(0, c, HEADINGS[c]);
                sheet.style(0, c).bold().set();
            }
            int r = 1;
            for (CouncilEngagementRow row : rows) {
                sheet.value(r, 0, row.councilName());
                sheet.value(r, 1, row.kind());
                sheet.value(r, 2, row.countyArea());
                sheet.value(r, 3, row.meetings().part());
                sheet.value(r, 4, row.meetings().whole());
                if (row.meetings().percent() != null) {
                    sheet.value(r, 5, row.meetings().percent());
                }
                sheet.value(r, 6, row.eventsAttended());
                sheet.value(r, 7, row.delegatesRegistered());
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
