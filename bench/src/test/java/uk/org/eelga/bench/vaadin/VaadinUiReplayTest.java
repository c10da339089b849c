package uk.org.eelga.bench.vaadin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.bench.http.WebClient;

/**
 * The driver against what Chromium really did (bench/record.sh, a council leader of Norwich, Vaadin 24.9): a local
 * server answers the driver with the responses the platform gave Chromium, and for every interaction the RPCs the
 * driver sends (events, property syncs, grid connector calls, navigation) must be the ones Chromium sent. How
 * Chromium happened to split them into requests varies with timing, so each interaction is compared as a whole.
 */
class VaadinUiReplayTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Chromium's UIDL exchanges per step of the recording (the marks), in order. */
    private final Map<String, List<JsonNode[]>> recorded = new LinkedHashMap<>();

    private String pageHtml;
    private String initJson;
    private final Deque<JsonNode> answers = new ArrayDeque<>();
    private final List<JsonNode> sent = new ArrayList<>();
    private HttpServer server;
    private VaadinUi ui;

    @BeforeEach
    void replay() throws IOException {
        load();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        ui = new VaadinUi(new WebClient(WebClient.sharedClient(), Duration.ofSeconds(10)), base, Timings.NONE);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void first_render_sends_what_chromium_sends() throws Exception {
        play("password form");
        assertTrue(ui.load("/portal/engagement"));
        assertSameRpcs("password form");
        assertEquals("Our engagement | EELGA member platform", ui.title());
        assertEquals(1, ui.uiId());
        assertFalse(ui.menu().isEmpty());
    }

    @Test
    void navigation_year_change_and_button_click_send_what_chromium_sends() throws Exception {
        play("password form");
        ui.load("/portal/engagement");

        play("navigate: side menu 'Events'");
        ui.navigate("portal/events");
        assertSameRpcs("navigate: side menu 'Events'");
        assertEquals("Events | EELGA member platform", ui.title());

        play("navigate: side menu 'Our engagement'");
        ui.navigate("portal/engagement");
        assertSameRpcs("navigate: side menu 'Our engagement'");

        play("click: open the 'Financial year' select", "click: choose 2024-25");
        var year = ui.select("Financial year").orElseThrow();
        assertEquals("2026-27", ui.selected(year));
        ui.choose(year, "2024-25");
        assertSameRpcs("click: open the 'Financial year' select", "click: choose 2024-25");
        // (Chromium then also asked both grids for rows they had just been sent; see VaadinUi.nextViewportRequest.)
        assertEquals("2024-25", ui.selected(ui.select("Financial year").orElseThrow()));

        play("click: open the 'Quarter' select and choose Q2");
        ui.choose(ui.select("Quarter").orElseThrow(), "Q2 (Jul-Sep)");
        assertSameRpcs("click: open the 'Quarter' select and choose Q2");

        play("navigate: side menu 'Coaching'");
        ui.navigate("portal/coaching");
        assertSameRpcs("navigate: side menu 'Coaching'");

        play("click: button 'Book place' with an empty form (refused by validation, nothing stored)");
        ui.click(ui.button("Book place").orElseThrow());
        assertSameRpcs("click: button 'Book place' with an empty form (refused by validation, nothing stored)");
    }

    @Test
    void a_forged_or_stale_answer_is_a_failure_not_a_crash() throws Exception {
        play("password form");
        ui.load("/portal/engagement");
        answers.clear();
        answers.add(JSON.readTree("{\"meta\":{\"sessionExpired\":true},\"syncId\":9,\"clientId\":9}"));
        StepFailure failure =
                org.junit.jupiter.api.Assertions.assertThrows(StepFailure.class, () -> ui.navigate("portal/events"));
        assertEquals("session-expired", failure.kind());
    }

    // ---------------------------------------------------------------------------------------------------------

    private void play(String... marks) {
        answers.clear();
        sent.clear();
        for (String mark : marks) {
            for (JsonNode[] exchange : recorded.get(mark)) {
                if (exchange[1] != null) {
                    answers.add(exchange[1]);
                }
            }
        }
    }

    private void assertSameRpcs(String... marks) {
        TreeSet<String> chromium = new TreeSet<>();
        for (String mark : marks) {
            for (JsonNode[] exchange : recorded.get(mark)) {
                exchange[0].path("rpc").forEach(rpc -> {
                    if (!mark.startsWith("click: choose")
                            || !rpc.path("templateEventMethodName").asText().equals("setViewportRange")) {
                        chromium.add(normalised(rpc));
                    }
                });
            }
        }
        TreeSet<String> driver = new TreeSet<>();
        sent.forEach(request -> request.path("rpc").forEach(rpc -> driver.add(normalised(rpc))));
        assertEquals(String.join("\n", chromium), String.join("\n", driver), "RPCs of " + String.join(" + ", marks));
    }

    /** What an RPC asks for, without what varies between runs (history keys, mouse position, promise ids). */
    private static String normalised(JsonNode rpc) {
        ObjectNode copy = rpc.deepCopy();
        copy.remove("promise");
        if ("ui-navigate".equals(copy.path("event").asText())) {
            ObjectNode data = (ObjectNode) copy.get("data");
            data.remove("historyState");
        }
        if ("click".equals(copy.path("event").asText())) {
            ObjectNode data = (ObjectNode) copy.get("data");
            data.fieldNames().forEachRemaining(name -> {});
            List<String> names = new ArrayList<>();
            data.fieldNames().forEachRemaining(names::add);
            copy.set("data", JSON.valueToTree(new TreeSet<>(names)));
        }
        return copy.toString();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        String body;
        String type = "application/json;charset=utf-8";
        if (query == null) {
            body = pageHtml;
            type = "text/html;charset=utf-8";
        } else if (query.startsWith("v-r=init")) {
            body = initJson;
        } else {
            JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
            sent.add(request);
            // Chromium's answer, renumbered for the driver's request (its requests may be split differently).
            ObjectNode answer =
                    answers.isEmpty() ? JSON.createObjectNode() : answers.poll().deepCopy();
            answer.put("syncId", request.path("syncId").asInt() + 1);
            answer.put("clientId", request.path("clientId").asInt() + 1);
            ArrayNode wrapped = JSON.createArrayNode().add(answer);
            body = "for(;;);" + wrapped;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** Reads the recording: each UIDL request with the response whose clientId follows it. */
    private void load() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(getClass().getResourceAsStream("/chromium-leader-norwich.jsonl.gz")),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.add(JSON.readTree(line));
                }
            }
        }
        Map<Integer, JsonNode> responsesByClientId = new LinkedHashMap<>();
        for (JsonNode line : lines) {
            if ("response".equals(line.path("dir").asText())) {
                String url = line.path("url").asText();
                String body = line.path("body").asText("");
                if (url.contains("v-r=uidl") && body.startsWith("for(;;);")) {
                    JsonNode response = JSON.readTree(body.substring(8)).get(0);
                    responsesByClientId.put(response.path("clientId").asInt(), response);
                } else if (url.contains("v-r=init") && pageHtml != null && initJson == null) {
                    initJson = body;
                } else if (url.equals("/portal/engagement") && pageHtml == null) {
                    pageHtml = body;
                }
            }
        }
        String mark = null;
        for (JsonNode line : lines) {
            if (line.has("mark")) {
                mark = line.get("mark").asText();
                recorded.put(mark, new ArrayList<>());
            } else if ("request".equals(line.path("dir").asText())
                    && line.path("url").asText().contains("v-r=uidl")) {
                JsonNode request = JSON.readTree(line.path("body").asText());
                JsonNode response =
                        responsesByClientId.get(request.path("clientId").asInt() + 1);
                recorded.get(mark).add(new JsonNode[] {request, response});
            }
        }
    }
}
