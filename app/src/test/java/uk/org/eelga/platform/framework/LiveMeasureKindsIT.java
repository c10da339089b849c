package uk.org.eelga.platform.framework;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.engagement.AttendanceRegister;
import uk.org.eelga.platform.engagement.AttendanceStatus;
import uk.org.eelga.platform.engagement.EngagementData;
import uk.org.eelga.platform.engagement.EngagementFiguresIT;
import uk.org.eelga.platform.engagement.EventType;
import uk.org.eelga.platform.engagement.MeetingPlanner;
import uk.org.eelga.platform.engagement.NewMeeting;
import uk.org.eelga.platform.framework.live.EvidenceRow;
import uk.org.eelga.platform.framework.live.LiveMeasureCatalogue;
import uk.org.eelga.platform.framework.live.LiveMeasureQuery;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.platform.framework.live.OwnCouncilFigures;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.tenancy.TenantScope;
import uk.org.eelga.tenancy.rls.AssociationWideRead;

/**
 * Each live measure kind recomputed on known records, with its exact value and RAG. The year 2012-13 is before
 * any demo record, so only the rows written here count.
 */
@PlatformIT
class LiveMeasureKindsIT {

    static final ReportingPeriod YEAR = ReportingPeriod.parse("2012-13");

    @Inject
    LiveMeasureCatalogue kinds;

    @Inject
    AssociationWideRead wideRead;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    MeetingPlanner planner;

    @Inject
    AttendanceRegister register;

    @BeforeEach
    @AfterEach
    void clean() throws Exception {
        EngagementData.clear();
        TestDatabase.executeAsOwner(
                "delete from coaching_session where title like 'Kinds test%'",
                "delete from coaching_cohort where name = 'Kinds test cohort'");
    }

    @Test
    void group_attendance_is_seats_attended_of_seats_expected_and_a_council_sees_its_own() {
        long meeting = EngagementData.groupMeeting(
                planner, "assembly", "Assembly", LocalDateTime.of(2012, 7, 5, 10, 0), "Ely");
        register.record(
                Fixtures.staff(),
                meeting,
                List.of(
                        EngagementFiguresIT.line("norwich", AttendanceStatus.PRESENT),
                        EngagementFiguresIT.line("essex", AttendanceStatus.SUBSTITUTE),
                        EngagementFiguresIT.line("cambridge", AttendanceStatus.APOLOGIES)));

        MeasureResult regional = regional("group-attendance", Map.of("group", "assembly"));
        assertThat(regional.value()).isEqualByComparingTo("3.85");
        assertThat(regional.numerator()).isEqualTo(2L);
        assertThat(regional.denominator()).isEqualTo(52L);
        assertThat(regional.evidence()).hasSize(52);
        assertThat(regional.evidence().stream().filter(EvidenceRow::counted).map(EvidenceRow::councilId))
                .containsExactly("essex", "norwich");
        assertThat(percent60().rate(regional.value())).isEqualTo(Rag.RED);

        MeasureResult norwich = forCouncil("norwich", "group-attendance", Map.of("group", "assembly"));
        assertThat(togetherForCouncil("norwich", List.of(Map.entry("group-attendance", Map.of("group", "assembly")))))
                .containsExactly(Optional.of(norwich));
        assertThat(norwich.value()).isEqualByComparingTo("100.00");
        assertThat(norwich.evidence()).extracting(EvidenceRow::councilId).containsExactly("norwich");
        assertThat(percent60().rate(norwich.value())).isEqualTo(Rag.GREEN);
    }

    @Test
    void events_held_count_only_events_of_the_type_that_took_place() {
        plan(EventType.SUMMIT, "Finance Summit", LocalDateTime.of(2012, 6, 15, 9, 0));
        long cancelled = plan(EventType.SUMMIT, "London Plan Summit", LocalDateTime.of(2013, 1, 26, 9, 0));
        planner.cancel(Fixtures.staff(), cancelled, "Venue unavailable");
        plan(EventType.CONFERENCE, "HR Conference", LocalDateTime.of(2012, 6, 26, 9, 0));

        MeasureResult summits = regional("events-held", Map.of("eventType", "SUMMIT"));
        assertThat(summits.value()).isEqualByComparingTo("1");
        assertThat(summits.evidence()).hasSize(2);
        assertThat(count(2).rate(summits.value())).isEqualTo(Rag.RED);
        assertThat(regional("events-held", Map.of()).value()).isEqualByComparingTo("2");
        // 2.2.1 counts the London Plan summits only: the Finance Summit is listed nowhere in its records
        MeasureResult londonPlan =
                regional("events-held", Map.of("eventType", "SUMMIT", "titleContains", "london plan"));
        assertThat(londonPlan.value()).isEqualByComparingTo("0");
        assertThat(londonPlan.evidence()).singleElement().satisfies(e -> assertThat(e.label())
                .isEqualTo("London Plan Summit"));
    }

    @Test
    void appraisal_requests_met_and_unmet_come_from_the_requests() throws Exception {
        try (Connection owner = TestDatabase.asOwner();
                Statement sql = owner.createStatement()) {
            for (String[] request : new String[][] {
                {"norwich", "DELIVERED", "'2012-09-01'"},
                {"essex", "DECLINED", "null"},
                {"ipswich", "REQUESTED", "null"}
            }) {
                sql.execute("select set_config('app.tenant_id', '" + request[0] + "', false)");
                sql.execute("insert into appraisal_request (tenant_id, requested_by_subject, requested_by_name,"
                        + " requested_by_email, requested_at, preferred_dates, status, delivered_on, decline_reason)"
                        + " values ('" + request[0] + "', 's', 'Leader', 'l@x.demo', '2012-06-01T10:00:00Z', 'June',"
                        + " '" + request[1] + "', " + request[2] + ", "
                        + ("DECLINED".equals(request[1]) ? "'No adviser free'" : "null") + ")");
            }
        }
        MeasureResult unmet = regional("appraisal-requests", Map.of());
        assertThat(unmet.value()).isEqualByComparingTo("2");
        assertThat(unmet.evidence()).hasSize(3);
        MeasureResult met = regional("appraisal-requests", Map.of("as", "met-share"));
        assertThat(met.value()).isEqualByComparingTo("33.33");
        // the records count what the figure counts: the unmet ones for the count, the met one for the share
        assertThat(unmet.evidence().stream().filter(EvidenceRow::counted)).hasSize(2);
        assertThat(met.evidence().stream().filter(EvidenceRow::counted)).hasSize(1);
        assertThat(percent(100, 0).rate(met.value())).isEqualTo(Rag.RED);
    }

    @Test
    void councils_engaged_with_coaching_count_councils_with_a_confirmed_place() throws Exception {
        try (Connection owner = TestDatabase.asOwner();
                Statement sql = owner.createStatement()) {
            sql.execute("insert into coaching_cohort (programme, name) values ('ILM7', 'Kinds test cohort')");
            sql.execute("insert into coaching_session (cohort_id, title, starts_at, ends_at, venue, capacity,"
                    + " cancellation_cutoff) select id, 'Kinds test session', '2012-10-01T09:00:00Z',"
                    + " '2012-10-01T17:00:00Z', 'Cambridge', 10, '2012-09-20T00:00:00Z' from coaching_cohort"
                    + " where name = 'Kinds test cohort'");
            for (String[] booking :
                    new String[][] {{"norwich", "CONFIRMED"}, {"norwich", "CONFIRMED"}, {"essex", "WAITLISTED"}}) {
                sql.execute("select set_config('app.tenant_id', '" + booking[0] + "', false)");
                sql.execute("insert into coaching_booking (tenant_id, session_id, delegate_name, delegate_email,"
                        + " status, price_pence, booked_by_subject, booked_by_email, booked_at) select '"
                        + booking[0] + "', id, 'Delegate', 'd@x.demo', '" + booking[1] + "', 0, 's', 'b@x.demo',"
                        + " now() from coaching_session where title = 'Kinds test session'");
            }
        }
        MeasureResult engaged = regional("councils-engaged-coaching", Map.of());
        assertThat(engaged.value()).isEqualByComparingTo("1");
        assertThat(engaged.evidence()).extracting(EvidenceRow::label).containsExactly("Norwich City Council");
        assertThat(engaged.evidence()).extracting(EvidenceRow::detail).containsExactly("2 confirmed places");
    }

    @Test
    void membership_invoices_paid_is_the_share_of_member_councils_whose_invoice_is_paid() throws Exception {
        try (Connection owner = TestDatabase.asOwner();
                Statement sql = owner.createStatement()) {
            for (String[] invoice : new String[][] {{"norwich", "PAID"}, {"essex", "OPEN"}}) {
                sql.execute("select set_config('app.tenant_id', '" + invoice[0] + "', false)");
                sql.execute("insert into billing_invoice (tenant_id, source_ref, kind, description, net_pence,"
                        + " vat_pence, total_pence, due_on, status, status_at, created_by, created_at) values ('"
                        + invoice[0] + "', 'membership-2012-13', 'MEMBERSHIP', 'Membership 2012-13', 100000, 0,"
                        + " 100000, '2012-05-01', '" + invoice[1] + "', now(), 'test', now())");
            }
        }
        MeasureResult paid = regional("membership-invoices-paid", Map.of());
        assertThat(paid.numerator()).isEqualTo(1L);
        assertThat(paid.denominator()).isEqualTo(52L);
        assertThat(paid.value()).isEqualByComparingTo("1.92");
        assertThat(paid.evidence())
                .filteredOn(e -> "essex".equals(e.councilId()))
                .extracting(EvidenceRow::detail)
                .containsExactly("open");
        MeasureResult norwich = forCouncil("norwich", "membership-invoices-paid", Map.of());
        assertThat(norwich.value()).isEqualByComparingTo("100.00");
        assertThat(percent(100, 0).rate(norwich.value())).isEqualTo(Rag.GREEN);
    }

    @Test
    void a_successors_own_figures_include_the_councils_merged_into_it_while_they_existed() throws Exception {
        try (Connection owner = TestDatabase.asOwner();
                Statement sql = owner.createStatement()) {
            sql.execute("update council set successor_id = 'babergh', merged_on = date '2019-04-01', status = 'MERGED'"
                    + " where id = 'forest-heath'");
            // merged away before 2012-13 began: not part of Babergh that year
            sql.execute("update council set successor_id = 'babergh', merged_on = date '2011-04-01', status = 'MERGED'"
                    + " where id = 'st-edmundsbury'");
            for (String[] invoice : new String[][] {{"forest-heath", "PAID"}, {"babergh", "OPEN"}}) {
                sql.execute("select set_config('app.tenant_id', '" + invoice[0] + "', false)");
                sql.execute("insert into billing_invoice (tenant_id, source_ref, kind, description, net_pence,"
                        + " vat_pence, total_pence, due_on, status, status_at, created_by, created_at) values ('"
                        + invoice[0] + "', 'membership-2012-13', 'MEMBERSHIP', 'Membership 2012-13', 100000, 0,"
                        + " 100000, '2012-05-01', '" + invoice[1] + "', now(), 'test', now())");
            }
            sql.execute("select set_config('app.tenant_id', 'forest-heath', false)");
            sql.execute("insert into council_user (tenant_id, subject, email, display_name, roles, first_signed_in_at,"
                    + " last_signed_in_at) values ('forest-heath', 'fern', 'fern@forest-heath.demo', 'Fern',"
                    + " 'council-officer', '2012-06-01', '2012-06-01')");
        }

        MeasureResult paid = forCouncil("babergh", "membership-invoices-paid", Map.of());
        assertThat(paid.evidence())
                .extracting(e -> e.councilId() + " " + e.detail())
                .containsExactlyInAnyOrder("babergh open", "forest-heath paid");
        assertThat(paid.value()).isEqualByComparingTo("50.00");
        MeasureResult people = forCouncil("babergh", "councils-with-people", Map.of());
        assertThat(people.evidence()).extracting(EvidenceRow::detail).containsExactly("1 person signed in");
        assertThat(forCouncil("norwich", "councils-with-people", Map.of()).evidence())
                .extracting(EvidenceRow::detail)
                .containsExactly("0 people signed in");
        // read together in one statement, as a council's framework page reads them: the same figures and records
        assertThat(togetherForCouncil(
                        "babergh",
                        List.of(
                                Map.entry("membership-invoices-paid", Map.of()),
                                Map.entry("councils-with-people", Map.of()),
                                Map.entry("group-attendance", Map.of("group", "assembly")))))
                .containsExactly(
                        Optional.of(paid),
                        Optional.of(people),
                        Optional.of(forCouncil("babergh", "group-attendance", Map.of("group", "assembly"))));
    }

    private long plan(EventType type, String title, LocalDateTime at) {
        return planner.plan(Fixtures.staff(), new NewMeeting(null, type, title, at, "Cambridge", false, null, 100))
                .id();
    }

    @Test
    void a_council_that_joins_today_is_not_read_into_a_past_year_membership_or_its_meetings() throws Exception {
        long meeting = EngagementData.groupMeeting(
                planner, "assembly", "Assembly", LocalDateTime.of(2012, 7, 5, 10, 0), "Ely");
        MeasureResult before = regional("councils-in-membership", Map.of());
        MeasureResult seatsBefore = regional("group-attendance", Map.of("group", "assembly"));
        TestDatabase.executeAsOwner("insert into council (id, name, kind, county_area, status)"
                + " values ('kinds-test-new', 'Kinds Test New Council', 'DISTRICT', 'Suffolk', 'ACTIVE')");
        try {
            MeasureResult membership = regional("councils-in-membership", Map.of());
            assertThat(membership.numerator()).isEqualTo(before.numerator());
            assertThat(membership.denominator()).isEqualTo(before.denominator());
            assertThat(membership.evidence()).extracting(EvidenceRow::councilId).doesNotContain("kinds-test-new");
            assertThat(regional("group-attendance", Map.of("group", "assembly")).denominator())
                    .isEqualTo(seatsBefore.denominator());
            assertThat(regional("councils-with-people", Map.of()).evidence())
                    .extracting(EvidenceRow::councilId)
                    .doesNotContain("kinds-test-new");
            // this year it is a member like any other
            MeasureResult now =
                    wideRead.read(Fixtures.staff(), "test", connection -> kinds.find("councils-in-membership")
                            .orElseThrow()
                            .compute(new LiveMeasureQuery(
                                    Map.of(),
                                    ReportingPeriod.containing(java.time.LocalDate.now(uk.org.eelga.shared.UkTime.ZONE))
                                            .wholeYear(),
                                    connection)));
            assertThat(now.evidence()).extracting(EvidenceRow::councilId).contains("kinds-test-new");
        } finally {
            TestDatabase.executeAsOwner("delete from council where id = 'kinds-test-new'");
        }
        assertThat(meeting).isPositive();
    }

    private MeasureResult regional(String code, Map<String, String> parameters) {
        return wideRead.read(Fixtures.staff(), "test", connection -> kinds.find(code)
                .orElseThrow()
                .compute(new LiveMeasureQuery(parameters, YEAR, connection)));
    }

    private MeasureResult forCouncil(String council, String code, Map<String, String> parameters) {
        return TenantScope.callAs(
                Fixtures.memberOf(uk.org.eelga.tenancy.TenantId.of(council)),
                () -> transactions.executeRead(status -> kinds.find(code)
                        .orElseThrow()
                        .computeForCouncil(new LiveMeasureQuery(parameters, YEAR, status.getConnection()))
                        .orElseThrow()));
    }

    private List<Optional<MeasureResult>> togetherForCouncil(
            String council, List<Map.Entry<String, Map<String, String>>> measures) {
        return TenantScope.callAs(
                Fixtures.memberOf(uk.org.eelga.tenancy.TenantId.of(council)),
                () -> transactions.executeRead(status -> OwnCouncilFigures.compute(
                        status.getConnection(),
                        measures.stream()
                                .map(m -> new OwnCouncilFigures.Ask(
                                        kinds.find(m.getKey()).orElseThrow(),
                                        new LiveMeasureQuery(m.getValue(), YEAR, status.getConnection())))
                                .toList())));
    }

    private static RagRule percent60() {
        return percent(60, 5);
    }

    private static RagRule percent(int target, int tolerance) {
        return new RagRule(
                TargetType.PERCENT,
                BigDecimal.valueOf(target),
                null,
                Direction.HIGHER_IS_BETTER,
                BigDecimal.valueOf(tolerance));
    }

    private static RagRule count(int target) {
        return new RagRule(TargetType.COUNT, BigDecimal.valueOf(target), null, Direction.HIGHER_IS_BETTER, null);
    }
}
