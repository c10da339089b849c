package uk.org.eelga.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.communications.Audience;
import uk.org.eelga.platform.communications.Communication;
import uk.org.eelga.platform.communications.CommunicationDraft;
import uk.org.eelga.platform.communications.CommunicationKind;
import uk.org.eelga.platform.communications.CommunicationSending;
import uk.org.eelga.platform.communications.Communications;
import uk.org.eelga.platform.communications.Subscriptions;
import uk.org.eelga.platform.communications.Topic;
import uk.org.eelga.platform.communications.TopicChoice;
import uk.org.eelga.platform.marketplace.Listing;
import uk.org.eelga.platform.marketplace.ListingDetails;
import uk.org.eelga.platform.marketplace.Marketplace;
import uk.org.eelga.platform.marketplace.ServiceCategory;
import uk.org.eelga.platform.marketplace.Trade;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.tenancy.keycloak.KeycloakDirectory;
import uk.org.eelga.tenancy.merge.CouncilMerge;
import uk.org.eelga.tenancy.merge.MergeRequest;

/**
 * The Local Government Marketplace and member communications when councils merge (Forest Heath into Babergh) and in
 * a council's data export: live listings, open enquiries and people's email choices carry over; history stays the
 * predecessor's and reads through the lineage; the export holds the council's rows and what others hold about it.
 */
@PlatformIT
class MarketplaceAndCommunicationsCarryOverIT {

    static final TenantId FOREST_HEATH = TenantId.of("forest-heath");
    static final TenantId BABERGH = TenantId.of("babergh");
    static final Caller FERN = Fixtures.officer(FOREST_HEATH, "Forest Heath District Council", "Fern");
    static final Caller FERN_AT_BABERGH = Fixtures.officer(BABERGH, "Babergh District Council", "Fern");
    static final Caller BEN = Fixtures.officer(BABERGH, "Babergh District Council", "Ben");
    static final Caller NORA = Fixtures.officer(Fixtures.NORWICH, "Norwich City Council", "Nora");
    static final Caller CAM = Fixtures.officer(Fixtures.CAMBRIDGE, "Cambridge City Council", "Cam");

    @Inject
    CouncilMerge merges;

    @Inject
    Marketplace marketplace;

    @Inject
    Subscriptions subscriptions;

    @Inject
    CommunicationSending sending;

    @Inject
    Communications communications;

    @Inject
    KeycloakDirectory keycloak;

    @BeforeEach
    @AfterEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
        try (Connection owner = TestDatabase.asOwner();
                Statement sql = owner.createStatement()) {
            sql.execute("truncate communication restart identity cascade");
        }
        MergedDomains.restore(keycloak);
    }

    @Test
    void live_listings_open_enquiries_and_email_choices_carry_over_and_history_stays_with_the_predecessor()
            throws Exception {
        Listing live = TenantScope.callAs(FERN, () -> marketplace.list(FERN, listing("Payroll bureau")));
        Listing withdrawn = TenantScope.callAs(FERN, () -> marketplace.list(FERN, listing("Old legal service")));
        TenantScope.runAs(FERN, () -> marketplace.withdraw(FERN, withdrawn.id()));
        Listing norwichOffer = TenantScope.callAs(NORA, () -> marketplace.list(NORA, listing("Norwich ICT")));
        Trade fernsEnquiry =
                TenantScope.callAs(FERN, () -> marketplace.enquire(FERN, norwichOffer.id(), "Can you host us?"));
        Trade closed = TenantScope.callAs(FERN, () -> marketplace.enquire(FERN, norwichOffer.id(), "And our backups?"));
        TenantScope.runAs(FERN, () -> marketplace.recordNoTrade(FERN, closed.id(), "Not now"));
        Trade camsEnquiry = TenantScope.callAs(CAM, () -> marketplace.enquire(CAM, live.id(), "Price for 300?"));
        TenantScope.runAs(FERN, () -> subscriptions.choose(FERN, Set.of(Topic.GENERAL)));
        Communication toForestHeath = sending.draft(
                Fixtures.staff(),
                new CommunicationDraft(
                        CommunicationKind.E_BULLETIN,
                        Topic.GENERAL,
                        "Before the merger",
                        "Text.",
                        null,
                        Audience.NAMED_COUNCILS,
                        List.of("forest-heath")));
        sending.send(Fixtures.staff(), toForestHeath.id());

        merges.merge(
                Fixtures.associationAdmin(),
                new MergeRequest(List.of("forest-heath"), "babergh", LocalDate.of(2019, 4, 1)));

        // moved: Babergh sells the service, answers for the enquiry, and Fern's choice follows her
        assertThat(tenantOf("marketplace_listing", live.id())).isEqualTo("babergh");
        assertThat(tenantOf("marketplace_trade", fernsEnquiry.id())).isEqualTo("babergh");
        assertThat(TenantScope.callAs(BEN, () -> marketplace.ourListing(live.id()))
                        .title())
                .isEqualTo("Payroll bureau");
        assertThat(TenantScope.callAs(NORA, () -> marketplace.offers(NORA, null)))
                .filteredOn(l -> l.id() == live.id())
                .extracting(Listing::councilId)
                .containsExactly("babergh");
        assertThat(TenantScope.callAs(BEN, () -> marketplace.ourTrade(fernsEnquiry.id()))
                        .message())
                .isEqualTo("Can you host us?");
        assertThat(TenantScope.callAs(BEN, () -> marketplace.enquiriesReceived(BEN)))
                .extracting(Trade::id)
                .containsExactly(camsEnquiry.id());
        assertThat(TenantScope.callAs(FERN_AT_BABERGH, () -> subscriptions.of(FERN_AT_BABERGH)))
                .filteredOn(TopicChoice::subscribed)
                .extracting(TopicChoice::topic)
                .containsExactly(Topic.GENERAL);
        assertThat(one("select string_agg(distinct tenant_id, ',') from communication_subscription"))
                .isEqualTo("babergh");
        // history stays: the withdrawn listing and the closed enquiry; what was sent to Forest Heath is in
        // Babergh's archive through the lineage, and nobody else's
        assertThat(tenantOf("marketplace_listing", withdrawn.id())).isEqualTo("forest-heath");
        assertThat(tenantOf("marketplace_trade", closed.id())).isEqualTo("forest-heath");
        assertThat(TenantScope.callAs(BEN, () -> communications.archive(BEN)))
                .extracting(Communication::title)
                .contains("Before the merger");
        assertThat(TenantScope.callAs(NORA, () -> communications.archive(NORA)))
                .extracting(Communication::title)
                .doesNotContain("Before the merger");
        assertThat(carried())
                .contains(
                        "MARKETPLACE_LISTING " + live.id(),
                        "MARKETPLACE_ENQUIRY " + fernsEnquiry.id(),
                        "COMMUNICATION_SUBSCRIPTION")
                .noneMatch(item -> item.equals("MARKETPLACE_LISTING " + withdrawn.id())
                        || item.equals("MARKETPLACE_ENQUIRY " + closed.id()));
    }

    @Test
    void the_councils_data_export_holds_its_marketplace_and_communications_records_and_no_other_councils()
            throws Exception {
        Listing ours = TenantScope.callAs(NORA, () -> marketplace.list(NORA, listing("Norwich ICT")));
        Listing theirs = TenantScope.callAs(CAM, () -> marketplace.list(CAM, listing("Cambridge legal")));
        TenantScope.runAs(CAM, () -> marketplace.enquire(CAM, ours.id(), "Cambridge asks Norwich"));
        TenantScope.runAs(NORA, () -> marketplace.enquire(NORA, theirs.id(), "Norwich asks Cambridge"));
        Caller ipswich = Fixtures.officer(TenantId.of("ipswich"), "Ipswich Borough Council", "Ian");
        TenantScope.runAs(ipswich, () -> marketplace.enquire(ipswich, theirs.id(), "Ipswich asks Cambridge"));
        TenantScope.runAs(NORA, () -> subscriptions.choose(NORA, Set.of(Topic.HOUSING)));
        Communication toNorwich = draft("For Norwich", "norwich");
        Communication toCambridge = draft("For Cambridge only", "cambridge");
        sending.send(Fixtures.staff(), toNorwich.id());
        sending.send(Fixtures.staff(), toCambridge.id());
        String norwichAdmin = DemoTokens.accessToken("admin@norwich.demo");
        assertThat(Api.post("/api/v1/communications/" + toNorwich.id() + "/read", norwichAdmin)
                        .status())
                .isEqualTo(204);

        Map<String, String> files = unzip(download("/api/v1/council/export", norwichAdmin));

        assertThat(files.get("marketplace_listing.csv")).contains("Norwich ICT").doesNotContain("Cambridge legal");
        assertThat(files.get("marketplace_trade.csv"))
                .contains("Norwich asks Cambridge")
                .doesNotContain("Cambridge asks Norwich", "Ipswich asks");
        assertThat(files.get("marketplace_enquiries_received.csv"))
                .contains("Cambridge asks Norwich")
                .doesNotContain("Norwich asks Cambridge", "Ipswich asks");
        assertThat(files.get("communication_subscription.csv")).contains("subject-Nora", "HOUSING");
        assertThat(files.get("communication_read.csv")).contains(String.valueOf(toNorwich.id()));
        assertThat(files).containsKeys("communication_delivery.csv", "communication_delivery.json");
        assertThat(files.get("communications_sent_to_council.csv"))
                .contains("For Norwich")
                .doesNotContain("For Cambridge only");
        assertThat(files.get("communications_sent_to_council.json")).contains("For Norwich");
    }

    // ---- helpers

    private Communication draft(String title, String council) {
        return sending.draft(
                Fixtures.staff(),
                new CommunicationDraft(
                        CommunicationKind.E_BULLETIN,
                        Topic.GENERAL,
                        title,
                        "Text.",
                        null,
                        Audience.NAMED_COUNCILS,
                        List.of(council)));
    }

    private static ListingDetails listing(String title) {
        return new ListingDetails(
                title,
                "A shared service for member councils.",
                ServiceCategory.ICT,
                "Per head per year",
                "Suffolk",
                "sales@example.gov.uk");
    }

    private static String tenantOf(String table, long id) throws Exception {
        return one("select tenant_id from " + table + " where id = " + id);
    }

    /** Reads across councils as the association's reader role (row-level security lets it see every row). */
    private static String one(String query) throws Exception {
        try (Connection db = TestDatabase.asApp()) {
            db.setAutoCommit(false);
            try (Statement sql = db.createStatement()) {
                sql.execute("set local role eelga_association_reader");
                try (ResultSet row = sql.executeQuery(query)) {
                    return row.next() ? row.getString(1) : null;
                } finally {
                    db.rollback();
                }
            }
        }
    }

    private static List<String> carried() throws Exception {
        String all = one("select string_agg(case when item_kind = 'COMMUNICATION_SUBSCRIPTION' then item_kind"
                + " else item_kind || ' ' || item_id end, ';' order by id) from merge_carried_item"
                + " where tenant_id = 'babergh' and from_council = 'forest-heath'");
        return all == null ? List.of() : List.of(all.split(";"));
    }

    private static byte[] download(String path, String bearer) throws Exception {
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.base() + path))
                                .header("Authorization", "Bearer " + bearer)
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
