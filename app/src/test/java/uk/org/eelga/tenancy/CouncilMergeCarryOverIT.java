package uk.org.eelga.tenancy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import io.micronaut.context.ApplicationContext;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.appraisal.AppraisalStatus;
import uk.org.eelga.platform.appraisal.AppraisalSummary;
import uk.org.eelga.platform.appraisal.AppraisalSupport;
import uk.org.eelga.platform.billing.BillingOutbox;
import uk.org.eelga.platform.billing.InvoiceStatus;
import uk.org.eelga.platform.billing.InvoiceSummary;
import uk.org.eelga.platform.billing.Invoices;
import uk.org.eelga.platform.billing.StripeConnection;
import uk.org.eelga.platform.coaching.BookingRequest;
import uk.org.eelga.platform.coaching.BookingStatus;
import uk.org.eelga.platform.coaching.BookingSummary;
import uk.org.eelga.platform.coaching.CoachingBookings;
import uk.org.eelga.platform.coaching.CoachingCatalogue;
import uk.org.eelga.platform.coaching.CoachingFixtures;
import uk.org.eelga.platform.coaching.SessionSummary;
import uk.org.eelga.platform.coaching.ui.CoachingPortalView;
import uk.org.eelga.platform.engagement.EventRegistrations;
import uk.org.eelga.platform.engagement.EventType;
import uk.org.eelga.platform.engagement.MeetingPlanner;
import uk.org.eelga.platform.engagement.NewMeeting;
import uk.org.eelga.platform.engagement.Registration;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.GridRows;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.talentbank.RequestStatus;
import uk.org.eelga.platform.talentbank.RequestSummary;
import uk.org.eelga.platform.talentbank.TalentBankJourneys;
import uk.org.eelga.platform.talentbank.TalentBankRequests;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.tenancy.keycloak.KeycloakDirectory;
import uk.org.eelga.tenancy.keycloak.KeycloakIdentityProviders;
import uk.org.eelga.tenancy.merge.CouncilMerge;
import uk.org.eelga.tenancy.merge.MergeRequest;
import uk.org.eelga.tenancy.reconcile.Reconciliation;
import uk.org.eelga.tenancy.signinprovider.CouncilSignInProviders;
import uk.org.eelga.tenancy.signinprovider.SignInProviderRequest;

/**
 * When Forest Heath merges into Babergh, what is still open carries over: upcoming coaching places, open appraisal
 * requests and Talent Bank requests move to the successor; an unpaid invoice stays Forest Heath's document and
 * becomes Babergh's to pay; closed history stays Forest Heath's. The email domain and Keycloak follow.
 */
@PlatformIT
class CouncilMergeCarryOverIT {

    static final TenantId FOREST_HEATH = TenantId.of("forest-heath");
    static final TenantId BABERGH = TenantId.of("babergh");
    static final Caller FERN = Fixtures.officer(FOREST_HEATH, "Forest Heath District Council", "Fern");
    static final Caller FERN_LEADER = new Caller(
            "subject-fern-leader",
            "leader@forest-heath.demo",
            "Flo Leader",
            Set.of(Role.COUNCIL_LEADER),
            FOREST_HEATH,
            "Forest Heath District Council");
    static final Caller BEN = Fixtures.officer(BABERGH, "Babergh District Council", "Ben");

    @Inject
    TalentBankJourneys journeys;

    @Inject
    CouncilMerge merges;

    @Inject
    CoachingCatalogue catalogue;

    @Inject
    CoachingBookings bookings;

    @Inject
    AppraisalSupport appraisals;

    @Inject
    TalentBankRequests talentBank;

    @Inject
    Invoices invoices;

    @Inject
    BillingOutbox outbox;

    @Inject
    StripeConnection stripe;

    @Inject
    KeycloakDirectory keycloak;

    @Inject
    ApplicationContext context;

    @Inject
    MeetingPlanner planner;

    @Inject
    EventRegistrations registrations;

    @Inject
    KeycloakIdentityProviders providers;

    @Inject
    CouncilSignInProviders signInProviders;

    @Inject
    Reconciliation reconciliation;

    @BeforeEach
    @AfterEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
        try (Connection owner = TestDatabase.asOwner()) {
            owner.createStatement().execute("delete from engagement_meeting where title = 'Carry-over conference'");
        }
        providers.remove("council-forest-heath");
        MergedDomains.restore(keycloak);
    }

    @Test
    void open_items_carry_over_to_the_successor_and_closed_history_stays_with_the_predecessor() throws Exception {
        SessionSummary upcoming = CoachingFixtures.upcoming(catalogue, 10);
        BookingSummary open = book(upcoming, "Fern Open");
        BookingSummary cancelled = book(upcoming, "Fern Cancelled");
        TenantScope.runAs(Fixtures.memberOf(FOREST_HEATH), () -> bookings.cancel(FERN, cancelled.id()));
        AppraisalSummary requested =
                TenantScope.callAs(Fixtures.memberOf(FOREST_HEATH), () -> appraisals.request(FERN_LEADER, "May", ""));
        AppraisalSummary declined =
                TenantScope.callAs(Fixtures.memberOf(FOREST_HEATH), () -> appraisals.request(FERN_LEADER, "June", ""));
        appraisals.decline(Fixtures.staff(), "forest-heath", declined.id(), "No adviser in June");
        RequestSummary accepted = journeys.accepted(FERN, "PO-OPEN");
        InvoiceSummary unpaid = journeys.invoiced(FERN, "PO-INVOICED");
        outbox.sendDue(Instant.now());
        long event = planner.plan(
                        Fixtures.staff(),
                        new NewMeeting(
                                null,
                                EventType.CONFERENCE,
                                "Carry-over conference",
                                LocalDateTime.now().plusDays(20),
                                "Newmarket",
                                false,
                                null,
                                100))
                .id();
        Registration delegate = TenantScope.callAs(
                Fixtures.memberOf(FOREST_HEATH),
                () -> registrations.register(event, "Fern Delegate", "fern.delegate@forest-heath.demo", "Fern"));

        merges.merge(
                Fixtures.associationAdmin(),
                new MergeRequest(List.of("forest-heath"), "babergh", LocalDate.of(2019, 4, 1)));

        // Moved: Babergh's people see and act on them as their own.
        assertThat(TenantScope.callAs(Fixtures.memberOf(BABERGH), () -> bookings.ourBooking(open.id()))
                        .status())
                .isEqualTo(BookingStatus.CONFIRMED);
        assertThat(TenantScope.callAs(Fixtures.memberOf(BABERGH), () -> bookings.cancel(BEN, open.id()))
                        .status())
                .isEqualTo(BookingStatus.CANCELLED);
        assertThat(TenantScope.callAs(Fixtures.memberOf(BABERGH), () -> appraisals.ourRequest(requested.id()))
                        .status())
                .isEqualTo(AppraisalStatus.REQUESTED);
        assertThat(TenantScope.callAs(Fixtures.memberOf(BABERGH), () -> talentBank.ours(accepted.id()))
                        .orElseThrow()
                        .request()
                        .status())
                .isEqualTo(RequestStatus.ACCEPTED);
        assertThat(TenantScope.callAs(Fixtures.memberOf(BABERGH), () -> registrations.mine()))
                .extracting(Registration::delegateEmail)
                .containsExactly("fern.delegate@forest-heath.demo");
        // Closed history keeps its council.
        assertThat(tenantOf("coaching_booking", cancelled.id())).isEqualTo("forest-heath");
        assertThat(tenantOf("appraisal_request", declined.id())).isEqualTo("forest-heath");
        assertThat(tenantOf("appraisal_request", requested.id())).isEqualTo("babergh");
        assertThat(one("select string_agg(distinct tenant_id, ',') from talent_bank_quote where request_id = "
                        + accepted.id()))
                .isEqualTo("babergh");

        // The invoice stays Forest Heath's document; Babergh sees it and pays it.
        assertThat(tenantOf("billing_invoice", unpaid.id())).isEqualTo("forest-heath");
        InvoiceSummary carried = TenantScope.callAs(Fixtures.memberOf(BABERGH), () -> invoices.ours(unpaid.id()))
                .orElseThrow();
        assertThat(carried.councilId()).isEqualTo("forest-heath");
        assertThat(TenantScope.callAs(Fixtures.memberOf(BABERGH), () -> invoices.ours()))
                .extracting(InvoiceSummary::id)
                .contains(unpaid.id());
        assertThat(TenantScope.callAs(Fixtures.memberOf(Fixtures.NORWICH), () -> invoices.ours(unpaid.id())))
                .isEmpty();
        assertThat(stripe.simulatePayment(carried.stripeInvoiceId())).isEqualTo(200);
        assertThat(TenantScope.callAs(Fixtures.memberOf(BABERGH), () -> invoices.ours(unpaid.id()))
                        .orElseThrow()
                        .status())
                .isEqualTo(InvoiceStatus.PAID);

        assertThat(carriedItems())
                .containsExactlyInAnyOrder(
                        "COACHING_BOOKING " + open.id() + " from forest-heath",
                        "APPRAISAL_REQUEST " + requested.id() + " from forest-heath",
                        "TALENT_BANK_REQUEST " + accepted.id() + " from forest-heath",
                        "INVOICE " + unpaid.id() + " from forest-heath",
                        "EVENT_REGISTRATION " + delegate.id() + " from forest-heath");
        assertThat(AuditTrail.actions()).contains("council.merge.carried-over", "council.domains.moved");

        // Babergh's coaching page says where the booking came from; Norwich's page has no such column.
        BrowserlessUi.start(context);
        try {
            try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(BEN)) {
                UI.getCurrent().navigate(CoachingPortalView.class);
            }
            Grid<BookingSummary> ours = bookingsGrid();
            int row =
                    GridRows.of(ours).stream().map(BookingSummary::id).toList().indexOf(open.id());
            assertThat(GridKt._getFormattedRow(ours, row)).contains("From Forest Heath District Council");
            BrowserlessUi.stop(); // a new UI: navigating to the same route would keep Babergh's page
            BrowserlessUi.start(context);
            try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(Fixtures.NORA)) {
                UI.getCurrent().navigate(CoachingPortalView.class);
            }
            assertThat(bookingsGrid().getColumnByKey("carried")).isNull();
        } finally {
            BrowserlessUi.stop();
        }
    }

    @Test
    void the_predecessors_domain_becomes_the_successors_and_its_own_sign_in_provider_is_removed() throws Exception {
        signInProviders.link(
                Fixtures.associationAdmin(),
                "forest-heath",
                new SignInProviderRequest(
                        CouncilSignInProviderIT.ISSUER,
                        "eelga-platform-broker",
                        "council-idp-dev-secret",
                        "forest-heath.demo",
                        null));
        assertThat(providers.find("council-forest-heath")).isPresent();

        merges.merge(
                Fixtures.associationAdmin(),
                new MergeRequest(List.of("forest-heath"), "babergh", LocalDate.of(2019, 4, 1)));

        assertThat(AuditTrail.count("select count(*) from council_domain"
                        + " where domain = 'forest-heath.demo' and council_id = 'babergh'"))
                .isOne();
        assertThat(keycloak.findOrganisation("babergh").orElseThrow().domains())
                .containsExactlyInAnyOrder("babergh.demo", "forest-heath.demo");
        assertThat(keycloak.findOrganisation("forest-heath").orElseThrow().domains())
                .isEmpty();
        assertThat(providers.find("council-forest-heath")).isEmpty();
        assertThat(AuditTrail.actions()).contains("council.sign-in-provider.removed");
        assertThat(reconciliation.check(Fixtures.staff()).domainsOutOfStep())
                .noneMatch(line -> line.startsWith("babergh") || line.startsWith("forest-heath"));

        // Had Keycloak missed the move, the reconcile check would say so.
        keycloak.setDomains("babergh", List.of("babergh.demo"));
        assertThat(reconciliation.check(Fixtures.staff()).domainsOutOfStep())
                .contains("babergh: register [babergh.demo, forest-heath.demo], Keycloak [babergh.demo]");
    }

    @Test
    void rows_move_only_from_a_merged_predecessor_to_its_successor_and_only_while_carrying_over() throws Exception {
        SessionSummary upcoming = CoachingFixtures.upcoming(catalogue, 10);
        BookingSummary fern = book(upcoming, "Fern History");
        TenantScope.runAs(Fixtures.memberOf(FOREST_HEATH), () -> bookings.cancel(FERN, fern.id()));
        BookingSummary nora = TenantScope.callAs(
                Fixtures.memberOf(Fixtures.NORWICH),
                () -> bookings.book(
                        Fixtures.officer(Fixtures.NORWICH, "Norwich", "Nora"),
                        new BookingRequest(upcoming.id(), "Nora", "nora@norwich.demo")));
        merges.merge(
                Fixtures.associationAdmin(),
                new MergeRequest(List.of("forest-heath"), "babergh", LocalDate.of(2019, 4, 1)));

        // Norwich cannot hand its own row to Cambridge, carrying over or not.
        assertThatThrownBy(() -> asApp(
                        "norwich",
                        true,
                        "update coaching_booking set tenant_id = 'cambridge'" + " where id = " + nora.id()))
                .hasMessageContaining("row-level security");
        // The successor reads its predecessor's history but cannot re-label it outside a merge...
        assertThat(asApp("babergh", false, "update coaching_booking set tenant_id = 'babergh' where id = " + fern.id()))
                .isZero();
        // ...and cannot take another council's rows even while carrying over.
        assertThat(asApp("babergh", true, "update coaching_booking set tenant_id = 'babergh' where id = " + nora.id()))
                .isZero();
        assertThat(tenantOf("coaching_booking", fern.id())).isEqualTo("forest-heath");
        assertThat(tenantOf("coaching_booking", nora.id())).isEqualTo("norwich");
    }

    private static int asApp(String council, boolean carryingOver, String update) throws Exception {
        try (Connection app = TestDatabase.asApp()) {
            app.setAutoCommit(false);
            app.createStatement().execute("select set_config('app.tenant_id', '" + council + "', true)");
            if (carryingOver) {
                app.createStatement().execute("select set_config('app.carry_over', 'on', true)");
            }
            int changed = app.createStatement().executeUpdate(update);
            app.commit();
            return changed;
        }
    }

    @SuppressWarnings("unchecked")
    private static Grid<BookingSummary> bookingsGrid() {
        return _find(Grid.class).stream()
                .filter(grid -> grid.getAriaLabel()
                        .filter("Our council's coaching bookings"::equals)
                        .isPresent())
                .findFirst()
                .orElseThrow();
    }

    private BookingSummary book(SessionSummary session, String name) {
        String email = name.toLowerCase().replace(' ', '.') + "@forest-heath.demo";
        return TenantScope.callAs(
                Fixtures.memberOf(FOREST_HEATH),
                () -> bookings.book(FERN, new BookingRequest(session.id(), name, email)));
    }

    private static String tenantOf(String table, long id) throws Exception {
        return one("select tenant_id from " + table + " where id = " + id);
    }

    /** Reads across councils as the association's reader role (row-level security lets it see every row). */
    private static String one(String sql) throws Exception {
        try (Connection db = TestDatabase.asApp()) {
            db.setAutoCommit(false);
            db.createStatement().execute("set local role eelga_association_reader");
            try (ResultSet row = db.createStatement().executeQuery(sql)) {
                String value = row.next() ? row.getString(1) : null;
                db.rollback();
                return value;
            }
        }
    }

    private static List<String> carriedItems() throws Exception {
        String all = one("select string_agg(item_kind || ' ' || item_id || ' from ' || from_council, ';')"
                + " from merge_carried_item where tenant_id = 'babergh'");
        return all == null ? List.of() : List.of(all.split(";"));
    }
}
