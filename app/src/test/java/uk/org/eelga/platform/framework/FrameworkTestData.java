package uk.org.eelga.platform.framework;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.org.eelga.platform.framework.FrameworkDraft.ActionDraft;
import uk.org.eelga.platform.framework.FrameworkDraft.MeasureDraft;
import uk.org.eelga.platform.framework.FrameworkDraft.OutcomeDraft;
import uk.org.eelga.platform.framework.FrameworkDraft.ThemeDraft;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Role;
import uk.org.eelga.tenancy.TenantId;

/** A small framework for a far-off year, and sign-ins at known times, so figures can be worked out by hand. */
public final class FrameworkTestData {

    public static final String YEAR = "2025-26";

    private FrameworkTestData() {}

    public static FrameworkDraft draft() {
        return new FrameworkDraft(
                YEAR,
                "Test framework " + YEAR,
                "test",
                List.of(new ThemeDraft(
                        "1",
                        "Engagement",
                        List.of(new OutcomeDraft(
                                "1.1",
                                "Councils use the platform",
                                List.of(new ActionDraft(
                                        "1.1.1",
                                        "Bring councils onto the platform",
                                        "Sign-ins",
                                        ServiceArea.CORE,
                                        "Going well",
                                        List.of(
                                                measure(
                                                        "Councils with people on the platform",
                                                        TargetType.PERCENT,
                                                        "5",
                                                        "2",
                                                        "councils-with-people"),
                                                measure(
                                                        "Councils in membership",
                                                        TargetType.PERCENT,
                                                        "100",
                                                        "0",
                                                        "councils-in-membership"),
                                                measure("Events held", TargetType.COUNT, "4", "0", null)))))))));
    }

    private static MeasureDraft measure(
            String description, TargetType type, String target, String tolerance, String kind) {
        return new MeasureDraft(
                description,
                type,
                new BigDecimal(target),
                null,
                null,
                null,
                "Quarterly",
                "Platform",
                "Policy team",
                Direction.HIGHER_IS_BETTER,
                new BigDecimal(tolerance),
                kind,
                Map.of(),
                null);
    }

    public static Caller leader(TenantId council, String name) {
        return new Caller(
                "subject-leader-" + council,
                "leader@" + council + ".demo",
                "Lee Leader",
                Set.of(Role.COUNCIL_LEADER),
                council,
                name);
    }

    public static void clean() throws Exception {
        TestDatabase.clearTenantData();
        TestDatabase.executeAsOwner("delete from framework where year_label in ('" + YEAR + "', '2024-25')");
    }

    /** A person of the council first signed in at the given time. */
    public static void signedIn(String council, String subject, String at) throws Exception {
        try (Connection owner = TestDatabase.asOwner();
                PreparedStatement s = owner.prepareStatement(
                        "insert into council_user (tenant_id, subject, email,"
                                + " display_name, roles, first_signed_in_at, last_signed_in_at) values (?, ?, ?, ?, 'Officer', ?, ?)")) {
            try (PreparedStatement bind = owner.prepareStatement("select set_config('app.tenant_id', ?, false)")) {
                bind.setString(1, council);
                bind.execute();
            }
            Timestamp when = Timestamp.from(Instant.parse(at));
            s.setString(1, council);
            s.setString(2, subject);
            s.setString(3, subject + "@" + council + ".demo");
            s.setString(4, subject);
            s.setTimestamp(5, when);
            s.setTimestamp(6, when);
            s.executeUpdate();
        }
    }

    public static void councilStatus(String council, String status) throws Exception {
        try (Connection owner = TestDatabase.asOwner();
                PreparedStatement s = owner.prepareStatement("update council set status = ? where id = ?")) {
            s.setString(1, status);
            s.setString(2, council);
            s.executeUpdate();
        }
    }

    public static Caller staff() {
        return Fixtures.staff();
    }
}
