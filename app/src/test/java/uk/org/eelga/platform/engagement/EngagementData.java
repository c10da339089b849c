package uk.org.eelga.platform.engagement;

import java.sql.Connection;
import java.time.LocalDateTime;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.TestDatabase;

/** Test data of the engagement feature: meetings are shared rows, so they are cleared explicitly. */
public final class EngagementData {

    private EngagementData() {}

    public static void clear() throws Exception {
        TestDatabase.clearTenantData();
        try (Connection owner = TestDatabase.asOwner()) {
            owner.createStatement().execute("truncate engagement_meeting restart identity cascade");
        }
    }

    /** Plans a meeting of the seeded group with this code (e.g. "assembly"), as staff, in person at {@code place}. */
    public static long groupMeeting(
            MeetingPlanner planner, String groupCode, String title, LocalDateTime at, String place) {
        long group = planner.groups().stream()
                .filter(g -> g.code().equals(groupCode))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No group " + groupCode))
                .id();
        return planner.plan(Fixtures.staff(), new NewMeeting(group, null, title, at, place, false, null, null))
                .id();
    }
}
