package uk.org.eelga.platform.engagement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A council's engagement in a period, each figure with the regional median beside it (medians come only from
 * the database's aggregate functions, over five councils or more; never another council's own figure).
 *
 * @param predecessors councils merged into this one whose history is included
 */
@Serdeable
public record EngagementSummary(
        String councilId,
        String councilName,
        String period,
        List<String> predecessors,
        List<GroupLine> groups,
        Fraction allMeetings,
        @Nullable Integer allMeetingsRegionalMedianPercent,
        Events events,
        List<OtherLine> other) {

    /** Seats attended of seats expected at one group's meetings, and the median council's share. */
    @Serdeable
    public record GroupLine(
            long groupId, String groupName, Fraction attended, @Nullable Integer regionalMedianPercent) {}

    /** A figure another feature adds (e.g. "Surveys answered"), with the regional median share beside it. */
    @Serdeable
    public record OtherLine(String label, Fraction ours, @Nullable Integer regionalMedianPercent) {}

    @Serdeable
    public record Events(
            long eventsAttended,
            long delegatesRegistered,
            @Nullable BigDecimal regionalMedianEventsAttended,
            @Nullable BigDecimal regionalMedianDelegates) {}
}
