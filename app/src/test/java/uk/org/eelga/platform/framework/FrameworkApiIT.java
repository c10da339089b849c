package uk.org.eelga.platform.framework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;

@PlatformIT
class FrameworkApiIT {

    @Inject
    FrameworkService frameworks;

    long frameworkId;
    String q4 = URLEncoder.encode(FrameworkTestData.YEAR + " Q4", StandardCharsets.UTF_8)
            .replace("+", "%20");

    @BeforeEach
    void setUp() throws Exception {
        FrameworkTestData.clean();
        frameworkId =
                frameworks.create(Fixtures.staff(), FrameworkTestData.draft()).id();
        FrameworkTestData.signedIn("norwich", "nora", "2025-05-01T10:00:00Z");
        FrameworkTestData.signedIn("cambridge", "cam", "2026-02-01T10:00:00Z");
    }

    @AfterEach
    void tearDown() throws Exception {
        FrameworkTestData.clean();
    }

    @Test
    void staff_read_the_frameworks_and_every_regional_figure_with_its_evidence() {
        String staff = DemoTokens.accessToken("staff@eelga.demo");
        assertThat(Api.get("/api/v1/frameworks", staff).body()).contains("\"2017-18\"", "\"2019-20\"");
        Api.Answer figures = Api.get("/api/v1/frameworks/" + frameworkId + "/figures?period=" + q4, staff);
        assertThat(figures.status()).isEqualTo(200);
        JsonNode first = figures.json().get(0);
        assertThat(first.get("value").decimalValue()).isEqualByComparingTo("3.85");
        assertThat(first.get("rag").asText()).isEqualTo("AMBER");
        assertThat(first.get("evidence")).hasSize(52);
        assertThat(Api.get("/api/v1/frameworks/" + frameworkId + "/figures?period=nonsense", staff)
                        .status())
                .isEqualTo(400);

        Api.Answer closed = Api.post("/api/v1/frameworks/" + frameworkId + "/periods/" + q4 + "/close", staff);
        assertThat(closed.status()).isEqualTo(200);
        assertThat(Api.post("/api/v1/frameworks/" + frameworkId + "/periods/" + q4 + "/close", staff)
                        .status())
                .isEqualTo(409);
    }

    @Test
    void a_leader_gets_only_their_own_councils_figures_and_never_the_regional_evidence() {
        String leader = DemoTokens.accessToken("leader@norwich.demo");
        Api.Answer own = Api.get("/api/v1/frameworks/" + frameworkId + "/council-figures?period=" + q4, leader);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get(0).get("ownValue").decimalValue()).isEqualByComparingTo("100");
        assertThat(own.body()).doesNotContainIgnoringCase("cambridge");

        assertThat(Api.get("/api/v1/frameworks/" + frameworkId + "/figures?period=" + q4, leader)
                        .status())
                .isEqualTo(403);
        long measureId =
                frameworks.tree(frameworkId).orElseThrow().measures().get(0).id();
        assertThat(Api.get("/api/v1/measures/" + measureId + "/values", leader).status())
                .isEqualTo(403);
        assertThat(Api.post("/api/v1/frameworks/" + frameworkId + "/periods/" + q4 + "/close", leader)
                        .status())
                .isEqualTo(403);

        String cambridge = DemoTokens.accessToken("leader@cambridge.demo");
        List<String> cambridgeValues = new ArrayList<>();
        Api.get("/api/v1/frameworks/" + frameworkId + "/council-figures?period=" + q4, cambridge)
                .json()
                .forEach(f -> cambridgeValues.add(f.get("measure").asText() + "="
                        + f.get("ownValue").decimalValue().stripTrailingZeros().toPlainString()));
        assertThat(cambridgeValues).contains("Councils with people on the platform=100");
        assertThat(Api.get("/api/v1/frameworks/999999/council-figures?period=" + q4, leader)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void staff_have_no_council_view_and_the_endpoints_are_in_the_openapi_document() {
        String staff = DemoTokens.accessToken("staff@eelga.demo");
        assertThat(Api.get("/api/v1/frameworks/" + frameworkId + "/council-figures?period=" + q4, staff)
                        .status())
                .isEqualTo(403);
        assertThat(Api.get("/api/openapi.yml", staff).body())
                .contains("/api/v1/frameworks/{id}/figures", "/api/v1/measures/{measureId}/values");
    }
}
