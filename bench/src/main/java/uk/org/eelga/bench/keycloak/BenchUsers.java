package uk.org.eelga.bench.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The load test's people: 400 sessions should be 400 people, not 14 demo accounts signed in 30 times each (Keycloak's
 * brute-force protection locks an account that signs in many times at once, and one council's pages would carry
 * the whole load). Creates, through Keycloak's admin API (the local bootstrap admin), {@link #PER_COUNCIL} people in
 * EVERY council's organisation (officers, leaders and an admin) and {@link #STAFF} association staff, all with the
 * demo password. Idempotent. Usernames: {@code bench-officer-0@norwich.demo}, {@code bench-staff-00@eelga.demo}.
 *
 * <p>Local use only: it changes the local Keycloak's realm. {@code bench/run.sh --remove-bench-users} removes them.
 */
public final class BenchUsers {

    public static final int PER_COUNCIL = 8;
    public static final int STAFF = 20;
    /** Role of the k-th person of a council. */
    public static final List<String> COUNCIL_ROLES =
            List.of("officer", "leader", "officer", "leader", "officer", "leader", "officer", "admin");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI keycloak;
    private final String realm;
    private final String adminUser;
    private final String adminPassword;
    private volatile String token;

    public BenchUsers(URI keycloak, String realm, String adminUser, String adminPassword) {
        this.keycloak = keycloak;
        this.realm = realm;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    public static String councilUser(String council, int k) {
        return "bench-" + COUNCIL_ROLES.get(k) + "-" + k + "@" + council + ".demo";
    }

    public static String staffUser(int k) {
        return String.format("bench-%s-%02d@eelga.demo", k % 10 == 9 ? "admin" : "staff", k);
    }

    /** Council ids (organisation aliases), sorted, as the realm has them. */
    public List<String> councils() throws IOException, InterruptedException {
        List<String> aliases = new ArrayList<>();
        for (JsonNode org : get("/admin/realms/" + realm + "/organizations?max=1000&briefRepresentation=true")) {
            aliases.add(org.path("alias").asText());
        }
        aliases.sort(String::compareTo);
        return aliases;
    }

    public void provision(String password) throws Exception {
        token = adminToken();
        Map<String, String> orgIds = new LinkedHashMap<>();
        for (JsonNode org : get("/admin/realms/" + realm + "/organizations?max=1000&briefRepresentation=true")) {
            orgIds.put(org.path("alias").asText(), org.path("id").asText());
        }
        Map<String, JsonNode> roles = new LinkedHashMap<>();
        for (String role : List.of(
                "council-officer", "council-leader", "council-admin", "association-staff", "association-admin")) {
            roles.put(role, get("/admin/realms/" + realm + "/roles/" + role));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> done = new ArrayList<>();
        for (Map.Entry<String, String> org : orgIds.entrySet()) {
            for (int k = 0; k < PER_COUNCIL; k++) {
                String username = councilUser(org.getKey(), k);
                JsonNode role = roles.get("council-" + COUNCIL_ROLES.get(k));
                done.add(pool.submit(() -> ensure(username, password, role, org.getValue())));
            }
        }
        for (int k = 0; k < STAFF; k++) {
            String username = staffUser(k);
            JsonNode role = roles.get(username.startsWith("bench-admin") ? "association-admin" : "association-staff");
            done.add(pool.submit(() -> ensure(username, password, role, null)));
        }
        int created = 0;
        for (Future<String> f : done) {
            if ("created".equals(f.get())) {
                created++;
            }
        }
        pool.shutdown();
        System.out.printf(
                "bench users: %d in place (%d created) in %d councils and the association%n",
                done.size(), created, orgIds.size());
    }

    public void remove() throws Exception {
        token = adminToken();
        int removed = 0;
        for (JsonNode user : get("/admin/realms/" + realm + "/users?briefRepresentation=true&max=5000&search=bench-")) {
            if (user.path("username").asText().startsWith("bench-")) {
                send(HttpRequest.newBuilder(keycloak.resolve("/admin/realms/" + realm + "/users/"
                                + user.path("id").asText()))
                        .DELETE());
                removed++;
            }
        }
        System.out.println("bench users removed: " + removed);
    }

    private String ensure(String username, String password, JsonNode role, String orgId)
            throws IOException, InterruptedException {
        String id = userId(username);
        if (id != null) {
            return "existed"; // created (with role and membership) by an earlier run
        }
        boolean created = false;
        {
            ObjectNode user = JSON.createObjectNode();
            user.put("username", username);
            user.put("email", username);
            user.put("emailVerified", true);
            user.put("enabled", true);
            user.put("firstName", "Bench");
            user.put("lastName", username.substring(6, username.indexOf('@')));
            ObjectNode credential = user.putArray("credentials").addObject();
            credential.put("type", "password");
            credential.put("value", password);
            credential.put("temporary", false);
            HttpResponse<String> response =
                    send(HttpRequest.newBuilder(keycloak.resolve("/admin/realms/" + realm + "/users"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(user.toString())));
            if (response.statusCode() != 201 && response.statusCode() != 409) {
                throw new IOException("creating " + username + ": " + response.statusCode() + " " + response.body());
            }
            id = userId(username);
            created = true;
        }
        HttpResponse<String> mapped = send(HttpRequest.newBuilder(
                        keycloak.resolve("/admin/realms/" + realm + "/users/" + id + "/role-mappings/realm"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + role + "]")));
        if (mapped.statusCode() >= 300) {
            throw new IOException("role for " + username + ": " + mapped.statusCode() + " " + mapped.body());
        }
        if (orgId != null) {
            HttpResponse<String> member = send(HttpRequest.newBuilder(
                            keycloak.resolve("/admin/realms/" + realm + "/organizations/" + orgId + "/members"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("\"" + id + "\"")));
            if (member.statusCode() >= 300 && member.statusCode() != 409) {
                throw new IOException("membership of " + username + ": " + member.statusCode() + " " + member.body());
            }
        }
        return created ? "created" : "existed";
    }

    private String userId(String username) throws IOException, InterruptedException {
        JsonNode found = get("/admin/realms/" + realm + "/users?exact=true&briefRepresentation=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8));
        return found.isArray() && found.size() > 0 ? found.get(0).path("id").asText() : null;
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        if (token == null) {
            token = adminToken();
        }
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(keycloak.resolve(path)).GET());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401) {
            token = adminToken();
            response = http.send(
                    request.setHeader("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    private String adminToken() throws IOException, InterruptedException {
        String form = "client_id=admin-cli&grant_type=password&username="
                + URLEncoder.encode(adminUser, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(keycloak.resolve("/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Keycloak admin sign-in failed: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).path("access_token").asText();
    }
}
