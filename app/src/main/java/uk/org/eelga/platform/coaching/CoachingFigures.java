package uk.org.eelga.platform.coaching;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.input.Dates;
import uk.org.eelga.tenancy.rls.AssociationWideRead;

/**
 * The coaching programme's figures for the performance framework, counted from the bookings themselves (through
 * the audited association-wide read). A council is "engaged" in a period when at least one of its delegates held a
 * confirmed place (attended or not yet recorded; waitlisted and cancelled bookings do not count) on a session
 * starting in that period. Periods are whole days in UK time, both ends included.
 */
@Singleton
public class CoachingFigures {

    private final AssociationWideRead wideRead;

    CoachingFigures(AssociationWideRead wideRead) {
        this.wideRead = wideRead;
    }

    /** How many councils, and which, engaged with the programme between {@code from} and {@code to}. */
    public CouncilsEngaged councilsEngaged(Caller reader, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        List<String> councils = wideRead.rows(
                reader,
                "coaching figures: councils engaged " + from + " to " + to,
                "select distinct b.tenant_id from coaching_booking b join coaching_session s on s.id = b.session_id"
                        + " where b.status = 'CONFIRMED' and s.starts_at >= ? and s.starts_at < ? order by 1",
                rows -> rows.getString(1),
                start(from),
                start(to.plusDays(1)));
        return new CouncilsEngaged(from, to, councils.size(), councils);
    }

    /** Places taken (confirmed), attended and completed per cohort with sessions starting in the period. */
    public List<CohortPlaces> placesTakenPerCohort(Caller reader, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        return wideRead.rows(
                reader,
                "coaching figures: places per cohort " + from + " to " + to,
                "select c.id, c.name, c.programme,"
                        + " (select coalesce(sum(x.capacity), 0) from coaching_session x where x.cohort_id = c.id"
                        + "  and x.starts_at >= ? and x.starts_at < ?) as capacity,"
                        + " count(b.id) filter (where b.status = 'CONFIRMED') as taken,"
                        + " count(b.id) filter (where b.status = 'CONFIRMED' and b.attended) as attended,"
                        + " count(b.id) filter (where b.status = 'CONFIRMED' and b.completed) as completed,"
                        + " count(b.id) filter (where b.status = 'WAITLISTED') as waitlisted,"
                        + " count(distinct b.tenant_id) filter (where b.status = 'CONFIRMED') as councils"
                        + " from coaching_cohort c join coaching_session s on s.cohort_id = c.id"
                        + " left join coaching_booking b on b.session_id = s.id"
                        + " where s.starts_at >= ? and s.starts_at < ?"
                        + " group by c.id, c.name, c.programme order by min(s.starts_at), c.name",
                rows -> new CohortPlaces(
                        rows.getLong("id"),
                        rows.getString("name"),
                        Programme.valueOf(rows.getString("programme")),
                        rows.getInt("capacity"),
                        rows.getInt("taken"),
                        rows.getInt("attended"),
                        rows.getInt("completed"),
                        rows.getInt("waitlisted"),
                        rows.getInt("councils")),
                start(from),
                start(to.plusDays(1)),
                start(from),
                start(to.plusDays(1)));
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null || !Dates.plausible(from) || !Dates.plausible(to)) {
            throw new BookingRefused("period", "Give the period's first and last days, between 1900 and 2199.");
        }
        if (to.isBefore(from)) {
            throw new BookingRefused("period", "The period ends before it starts.");
        }
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.from(UkTime.startOf(day));
    }

    @Serdeable
    public record CouncilsEngaged(LocalDate from, LocalDate to, int count, List<String> councilIds) {}

    @Serdeable
    public record CohortPlaces(
            long cohortId,
            String cohortName,
            Programme programme,
            int capacity,
            int placesTaken,
            int attended,
            int completed,
            int waitlisted,
            int councils) {}
}
