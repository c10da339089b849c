package uk.org.eelga.platform.engagement;

import java.sql.Connection;
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
}
