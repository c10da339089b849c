package uk.org.eelga.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.tenancy.keycloak.KeycloakDirectory;
import uk.org.eelga.tenancy.keycloak.KeycloakOrganisation;

/**
 * Reads the OpenAPI document the platform serves and, for every POST and PUT in it, sends a good request made bad
 * in every way {@link Mutations} knows, with a real token of a role allowed to call it. Fails on any 5xx, on any
 * error that is not a complete {@code application/problem+json} or that shows internals, on a 2xx for input that
 * must be refused (100,000 characters, a NUL byte, the year 999,999,999), and on any partial write: a 4xx must
 * leave every table as it was ({@link WriteWatch}) and, for the operations that reach Keycloak, its organisations,
 * members and council roles too.
 */
@PlatformIT
class ApiFuzzIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    /** What no answer may show: SQL, constraint and class names, stack traces, the database's own words. */
    private static final Pattern INTERNALS = Pattern.compile(
            "(?i)(\\bselect\\b.*\\bfrom\\b|insert into|\\bupdate\\b\\s+\\w+\\s+set\\b|violates|constraint|sqlstate"
                    + "|org\\.postgresql|\\bjava\\.|jakarta\\.|io\\.micronaut|uk\\.org\\.eelga|com\\.fasterxml"
                    + "|exception|\\bat \\w+(\\.\\w+)+\\(|null value in column|duplicate key|relation \""
                    + "|syntax error|\\bpsql|hikari|serde|jackson)");

    @Inject
    KeycloakDirectory keycloak;

    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, Instant> issued = new HashMap<>();
    /** Where the Talent Bank's areas ended before the fuzz added its own (under whatever names it gave them). */
    private long lastAreaBefore = Long.MAX_VALUE;

    /** A good request for one operation: who sends it, its body (null: none) and its path values. */
    record Target(String user, String body, Map<String, String> path, boolean reachesKeycloak, String contentType) {
        Target(String user, String body, Map<String, String> path, boolean reachesKeycloak) {
            this(user, body, path, reachesKeycloak, "application/json");
        }

        boolean json() {
            return contentType.equals("application/json");
        }
    }

    @Test
    void every_post_and_put_answers_bad_input_with_a_4xx_problem_and_changes_nothing() throws Exception {
        TestDatabase.clearTenantData();
        long meetingsBefore = lastMeetingId();
        lastAreaBefore = lastAreaOrder();
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        GreenMail smtp =
                new GreenMail(new ServerSetup(Integer.parseInt(env("SMTP_PORT", "3180")), "127.0.0.1", "smtp"));
        smtp.start();
        try {
            sacrificialCouncils();
            Map<String, Target> targets = targets(run);
            OpenApiDocument document =
                    new OpenApiDocument(Api.get("/api/openapi.yml", null).body());
            List<OpenApiDocument.Operation> operations = document.writes();
            Set<String> missing = new TreeSet<>();
            for (OpenApiDocument.Operation operation : operations) {
                if (!targets.containsKey(operation.name())) {
                    missing.add(operation.name());
                }
            }
            assertThat(missing)
                    .as("every POST and PUT of the OpenAPI document has a good request in ApiFuzzIT#targets")
                    .isEmpty();
            assertThat(operations).hasSizeGreaterThanOrEqualTo(30);
            fuzz(document, operations, targets);
        } finally {
            smtp.stop();
            cleanUp(run, meetingsBefore);
        }
    }

    /**
     * Every GET of the document with each path and query parameter given odd values (wrong shapes and lengths,
     * NUL bytes, extreme dates, injections), as the first demo user it lets in: no 5xx, every error a complete
     * problem, and nothing written.
     */
    @Test
    void every_get_answers_odd_path_and_query_values_with_a_4xx_problem_and_writes_nothing() throws Exception {
        OpenApiDocument document =
                new OpenApiDocument(Api.get("/api/openapi.yml", null).body());
        List<String> users =
                List.of("admin@eelga.demo", "admin@norwich.demo", "leader@norwich.demo", "officer@norwich.demo");
        List<String> odd = new ArrayList<>(Mutations.ODD_PATH_VALUES);
        odd.addAll(List.of(
                "%2B999999999-12-31",
                "-999999999-01-01",
                "0000-01-01",
                "2025-02-30",
                "2017-18%20Q9",
                "9999-00",
                "%2B999999999-12-31T00:00:00Z",
                "true",
                ""));
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        int sent = 0;
        try (WriteWatch writes = WriteWatch.install()) {
            for (OpenApiDocument.Read read : document.reads()) {
                Map<String, String> base = new LinkedHashMap<>();
                read.pathParameters().forEach((name, schema) -> base.put(name, goodPathValue(name, schema)));
                String basePath = path(read.path(), base);
                String user = null;
                for (String candidate : users) {
                    Answer probe = send("GET", basePath, candidate, null, null);
                    sent++;
                    if (probe.status() != 401 && probe.status() != 403) {
                        user = candidate;
                        break;
                    }
                }
                if (user == null) {
                    continue;
                }
                List<String> variants = new ArrayList<>();
                for (String name : read.pathParameters().keySet()) {
                    for (String value : odd) {
                        if (!value.isEmpty()) {
                            Map<String, String> values = new LinkedHashMap<>(base);
                            values.put(name, value);
                            variants.add(path(read.path(), values));
                        }
                    }
                }
                for (String name : read.query().keySet()) {
                    for (String value : odd) {
                        variants.add(basePath + "?" + name + "=" + value);
                    }
                }
                for (String request : variants) {
                    long mark = writes.mark();
                    Answer answer = send("GET", request, user, null, null);
                    sent++;
                    byStatus.merge(answer.status(), 1, Integer::sum);
                    String what = "GET " + Mutations.shorten(request) + " -> " + answer.status();
                    if (answer.status() >= 500) {
                        failures.add(what + ": " + Mutations.shorten(answer.body()));
                    } else if (answer.status() >= 400) {
                        problemShape(what, answer, failures);
                    }
                    List<String> changed = writes.since(mark);
                    if (!changed.isEmpty()) {
                        failures.add(what + ": a read changed " + changed);
                    }
                }
            }
        }
        String summary = "\nAPI fuzz (reads): " + sent + " GET requests to "
                + document.reads().size()
                + " operations; answers by status " + byStatus + "; failures: " + failures.size() + "\n    "
                + String.join("\n    ", failures.stream().limit(200).toList());
        System.out.println(summary);
        assertThat(failures).as(summary).isEmpty();
    }

    private static String goodPathValue(String name, Map<String, Object> schema) {
        boolean number =
                schema != null && ("integer".equals(schema.get("type")) || "number".equals(schema.get("type")));
        if (number) {
            return "1";
        }
        return name.toLowerCase(java.util.Locale.ROOT).contains("council") || name.equals("id") ? "norwich" : "1";
    }

    private void fuzz(OpenApiDocument document, List<OpenApiDocument.Operation> operations, Map<String, Target> targets)
            throws Exception {
        Mutations mutations = new Mutations(document);
        List<String> failures = new ArrayList<>();
        Map<String, Map<Integer, Integer>> byOperation = new TreeMap<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        int sent = 0;
        long started = System.nanoTime();
        try (WriteWatch writes = WriteWatch.install()) {
            // the watch itself is attacked first: a write it does not see would make every check below empty
            long before = writes.mark();
            Answer probe = send(
                    "POST",
                    "/api/v1/staff/coaching/cohorts",
                    "admin@eelga.demo",
                    ("{\"programme\":\"CPD\",\"name\":\"Fuzz watch check " + System.nanoTime() + "\"}").getBytes(),
                    "application/json");
            assertThat(probe.status()).isEqualTo(201);
            assertThat(writes.since(before)).as("the write watch sees a write").isNotEmpty();

            for (OpenApiDocument.Operation operation : operations) {
                Target target = targets.get(operation.name());
                assertThat(OpenApiDocument.propertyNames(operation.body()))
                        .as("the good request of %s names every field of its schema", operation.name())
                        .allSatisfy(field -> assertThat(target.body()).contains("\"" + field + "\""));
                Map<Integer, Integer> counts = byOperation.computeIfAbsent(operation.name(), k -> new TreeMap<>());
                Answer good = send(
                        operation.method(),
                        path(operation.path(), target.path()),
                        target.user(),
                        target.body() == null ? null : target.body().getBytes(),
                        target.contentType());
                sent++;
                assertThat(good.status())
                        .as(
                                "%s as %s is allowed (the good request is not refused for its role): %s",
                                operation.name(), target.user(), good.body())
                        .isNotIn(401, 403);
                writes.quiet();
                List<Mutations.Variant> variants =
                        new ArrayList<>(mutations.of(operation, target.body(), target.path()));
                if (!target.json()) {
                    variants.addAll(Mutations.ofFile(target.body(), target.contentType(), target.path()));
                }
                // Keycloak's state is read once per variant, after it: a refused one must find it as it was, an
                // accepted one may change it and its state is the next one's "before" (two reads per variant were
                // a third of the fuzz's time).
                String keycloakBefore = target.reachesKeycloak() ? keycloakState() : "";
                for (Mutations.Variant variant : variants) {
                    long mark = writes.mark();
                    Answer answer = send(
                            operation.method(),
                            path(operation.path(), variant.pathValues()),
                            target.user(),
                            variant.body(),
                            variant.contentType());
                    sent++;
                    counts.merge(answer.status(), 1, Integer::sum);
                    byStatus.merge(answer.status(), 1, Integer::sum);
                    String what = operation.name() + " [" + variant.description() + "] -> " + answer.status();
                    if (answer.status() >= 500) {
                        failures.add(
                                what + ": " + Mutations.shorten(answer.body().replace('\n', ' ')));
                    } else if (answer.status() >= 400) {
                        problemShape(what, answer, failures);
                        List<String> changed = writes.since(mark);
                        if (!changed.isEmpty()) {
                            failures.add(what + ": a refused request changed " + changed);
                        }
                        if (target.reachesKeycloak()) {
                            String after = keycloakState();
                            if (!after.equals(keycloakBefore)) {
                                failures.add(what + ": a refused request changed Keycloak");
                            }
                            keycloakBefore = after;
                        }
                    } else {
                        if (variant.mustRefuse()) {
                            failures.add(what + ": accepted input that must be refused");
                        }
                        if (answer.status() == 202) {
                            // accepted for work that goes on after the answer (a communication's sending): its
                            // writes must land before the next variant's mark. Any other success has finished its
                            // work when it answers; work it left behind would show as the next variant's writes
                            // and fail the test, never hide a refused request's write. (Waiting after every
                            // success was 1,700 waits of 60 ms or more: over half of the fuzz's time.)
                            writes.quiet();
                        }
                        if (target.reachesKeycloak()) {
                            keycloakBefore = keycloakState();
                        }
                    }
                }
            }
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        StringBuilder summary = new StringBuilder("\nAPI fuzz: " + sent + " requests to " + operations.size()
                + " POST/PUT operations in " + seconds + " s; answers by status " + byStatus + "\n");
        byOperation.forEach((op, counts) ->
                summary.append("  ").append(op).append(' ').append(counts).append('\n'));
        summary.append("  failures: ").append(failures.size()).append('\n');
        failures.stream()
                .limit(300)
                .forEach(f -> summary.append("    ").append(f).append('\n'));
        System.out.println(summary);
        assertThat(failures).as(summary.toString()).isEmpty();
    }

    /** A complete problem: the media type, RFC 9457's members, our code and message, and no internals. */
    private static void problemShape(String what, Answer answer, List<String> failures) {
        if (!answer.contentType().startsWith("application/problem+json")) {
            failures.add(what + ": answered " + answer.contentType() + " instead of application/problem+json");
            return;
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(answer.body());
        } catch (java.io.IOException e) {
            failures.add(what + ": the problem is not JSON");
            return;
        }
        for (String member : List.of("type", "title", "status", "detail", "code", "message")) {
            if (!problem.hasNonNull(member) || problem.get(member).asText().isBlank()) {
                failures.add(what + ": the problem has no " + member);
            }
        }
        if (problem.path("status").asInt() != answer.status()) {
            failures.add(what + ": the problem's status is not the answer's");
        }
        if (INTERNALS.matcher(answer.body()).find()) {
            failures.add(what + ": shows internals: " + Mutations.shorten(answer.body()));
        }
        if (answer.body().length() > 2000) {
            failures.add(what + ": a problem of " + answer.body().length() + " characters (echoes the input?)");
        }
    }

    /** Keycloak's organisations, the members of Norwich's, and who holds each council role. */
    private String keycloakState() {
        StringBuilder state = new StringBuilder();
        for (KeycloakOrganisation org : keycloak.organisations()) {
            state.append(org.alias()).append(';');
        }
        keycloak.findOrganisation("norwich")
                .ifPresent(org -> state.append(new TreeSet<>(keycloak.memberIds(org.id()))));
        for (String role : List.of("council-admin", "council-officer", "council-leader")) {
            state.append(role).append(new TreeMap<>(keycloak.usersWithRole(role)));
        }
        return state.toString();
    }

    /**
     * The good request of every write operation. Destructive ones act on sacrificial councils (fuzz-alpha,
     * fuzz-beta, fuzz-gamma), on fixtures made here, or on ids that do not exist, never on the demo councils.
     */
    private Map<String, Target> targets(String run) throws Exception {
        String admin = "admin@eelga.demo";
        String officer = "officer@norwich.demo";
        String leader = "leader@norwich.demo";
        String councilAdmin = "admin@norwich.demo";
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.now();

        long cohort = id(post(
                admin,
                "/api/v1/staff/coaching/cohorts",
                "{\"programme\":\"ILM7\",\"name\":\"Fuzz cohort " + run + "\",\"description\":\"made by ApiFuzzIT\"}"));
        String session = "{\"cohortId\":" + cohort + ",\"title\":\"Fuzz session\",\"startsAt\":\""
                + now.plus(Duration.ofDays(60)) + "\",\"endsAt\":\""
                + now.plus(Duration.ofDays(60)).plus(Duration.ofHours(6))
                + "\",\"venue\":\"Norwich\",\"capacity\":50,\"pricePence\":5000,\"allowancePerCouncil\":40,"
                + "\"cancellationCutoff\":\"" + now.plus(Duration.ofDays(50)) + "\"}";
        long sessionId = id(post(admin, "/api/v1/staff/coaching/sessions", session));
        String booking = "{\"sessionId\":" + sessionId
                + ",\"delegateName\":\"Fuzz Delegate\",\"delegateEmail\":\"fuzz.delegate@norwich.demo\"}";
        long toCancel = post(officer, "/api/v1/coaching/bookings", booking.replace("fuzz.delegate", "fuzz.cancel"))
                .at("/booking/id")
                .asLong();
        long toAttend = post(officer, "/api/v1/coaching/bookings", booking.replace("fuzz.delegate", "fuzz.attend"))
                .at("/booking/id")
                .asLong();

        String event = "{\"groupId\":null,\"eventType\":\"CONFERENCE\",\"title\":\"Fuzz conference\",\"startsAt\":\""
                + today.plusDays(40) + "T10:00:00\",\"place\":\"Ipswich\",\"online\":false,"
                + "\"agendaUrl\":\"https://example.org/agenda\",\"capacity\":500}";
        long eventId = id(post(admin, "/api/v1/engagement/meetings", event));
        long toCancelMeeting = id(post(admin, "/api/v1/engagement/meetings", event));
        long toCorrectMeeting = id(post(admin, "/api/v1/engagement/meetings", event));

        String survey = "{\"title\":\"Fuzz survey\",\"description\":\"made by ApiFuzzIT\",\"kind\":\"OTHER\","
                + "\"audience\":\"ALL_COUNCILS\",\"groupId\":null,\"meetingId\":null,\"mode\":\"PER_COUNCIL\","
                + "\"anonymous\":false,\"opensAt\":\"" + now.minus(Duration.ofDays(1)) + "\",\"closesAt\":\""
                + now.plus(Duration.ofDays(30)) + "\",\"sections\":[{\"title\":\"About you\",\"questions\":["
                + "{\"text\":\"Do you like it?\",\"type\":\"SINGLE_CHOICE\",\"required\":true,"
                + "\"options\":[\"Yes\",\"No\"],\"showIfQuestion\":null,\"showIfAnswer\":null},"
                + "{\"text\":\"Why?\",\"type\":\"FREE_TEXT\",\"required\":false,\"options\":[],"
                + "\"showIfQuestion\":1,\"showIfAnswer\":\"Yes\"}]}]}";
        long draftSurvey = id(post(admin, "/api/v1/surveys", survey));
        long openSurvey = id(post(admin, "/api/v1/surveys", survey));
        send("POST", "/api/v1/surveys/" + openSurvey + "/publish", admin, null, null);
        long question = get(admin, "/api/v1/surveys/" + openSurvey)
                .at("/sections/0/questions/0/id")
                .asLong();

        long service =
                get(officer, "/api/v1/talent-bank/services").get(0).get("id").asLong();
        String tbRequest = "{\"serviceId\":" + service + ",\"scope\":\"Fuzz scope\",\"startOn\":\""
                + today.plusDays(30) + "\",\"endOn\":\"" + today.plusDays(60)
                + "\",\"budget\":\"12,500\",\"poNumber\":\"PO-FUZZ\"}";
        long talentBankRequest = id(post(officer, "/api/v1/talent-bank/requests", tbRequest));
        long appraisal = id(post(
                leader,
                "/api/v1/appraisal-requests",
                "{\"preferredDates\":\"Any Tuesday in March\",\"notes\":\"made by ApiFuzzIT\"}"));
        long framework = get(admin, "/api/v1/frameworks").get(0).get("id").asLong();
        String helplineQuery = "{\"category\":\"BENCHMARKING\",\"subject\":\"Fuzz pay question\","
                + "\"question\":\"made by ApiFuzzIT\"}";
        String commitment = "{\"kind\":\"PEER_CHALLENGE_CONTACT\",\"what\":\"Fuzz: contact the Chief Executive\","
                + "\"aroseOn\":\"" + today.minusDays(3) + "\",\"dueOn\":\"" + today.plusDays(25) + "\"}";
        long followUp = id(post(admin, "/api/v1/staff/follow-ups/councils/norwich", commitment));
        long helpline = id(post(officer, "/api/v1/hr-helpline/queries", helplineQuery));
        long helplineToClose = id(post(officer, "/api/v1/hr-helpline/queries", helplineQuery));
        long helplineClosed = id(post(officer, "/api/v1/hr-helpline/queries", helplineQuery));
        send(
                "POST",
                "/api/v1/hr-helpline/queries/" + helplineClosed + "/close",
                officer,
                "{}".getBytes(),
                "application/json");

        String invite = "{\"email\":\"fuzz-" + run + "@norwich.demo\",\"firstName\":\"Fuzz\",\"lastName\":\"Invitee\","
                + "\"roles\":[\"council-officer\"]}";
        String invitee =
                post(councilAdmin, "/api/v1/council/users", invite).get("id").asText();
        assertThat(invitee).isNotBlank();

        Map<String, Target> t = new LinkedHashMap<>();
        t.put(
                "POST /api/v1/appraisal-requests",
                new Target(
                        leader, "{\"preferredDates\":\"Any Tuesday in March\",\"notes\":\"Fuzz\"}", Map.of(), false));
        t.put("POST /api/v1/coaching/bookings", new Target(officer, booking, Map.of(), false));
        t.put("POST /api/v1/hr-helpline/queries", new Target(officer, helplineQuery, Map.of(), false));
        t.put(
                "POST /api/v1/hr-helpline/queries/{id}/replies",
                new Target(officer, "{\"text\":\"Fuzz reply\"}", Map.of("id", "" + helpline), false));
        t.put(
                "POST /api/v1/hr-helpline/queries/{id}/close",
                new Target(officer, "{\"rating\":4,\"comment\":\"Fuzz\"}", Map.of("id", "" + helplineToClose), false));
        t.put(
                "POST /api/v1/hr-helpline/queries/{id}/rating",
                new Target(officer, "{\"rating\":4,\"comment\":\"Fuzz\"}", Map.of("id", "" + helplineClosed), false));
        String paySubmission = "{\"jobFamily\":\"PLANNING\",\"grade\":\"PO3\",\"minSalaryPence\":3600000,"
                + "\"maxSalaryPence\":3950000,\"allowancesPence\":0,\"posts\":3,\"vacancies\":1}";
        t.put("POST /api/v1/epaycheck/subscription", new Target(councilAdmin, null, Map.of(), false));
        t.put("POST /api/v1/epaycheck/submissions", new Target(officer, paySubmission, Map.of(), false));
        t.put(
                "POST /api/v1/staff/epaycheck/subscribers/{councilId}",
                new Target(admin, null, Map.of("councilId", "norwich"), false));
        t.put(
                "POST /api/v1/staff/epaycheck/pay-awards",
                new Target(
                        admin,
                        "{\"title\":\"Fuzz pay award\",\"agreedOn\":\"" + today + "\",\"updateBy\":\""
                                + today.plusDays(60) + "\"}",
                        Map.of(),
                        false));
        t.put(
                "POST /api/v1/staff/epaycheck/projects",
                new Target(
                        admin,
                        "{\"name\":\"Fuzz project\",\"families\":[\"LEGAL\",\"HR\"],\"opensOn\":\"" + today
                                + "\",\"closesOn\":\"" + today.plusDays(60) + "\"}",
                        Map.of(),
                        false));
        String contract = "{\"title\":\"Fuzz contract\",\"supplier\":\"Biffa\",\"category\":\"WASTE\","
                + "\"valuePence\":1000000,\"startOn\":\"" + today.minusYears(1) + "\",\"endOn\":\""
                + today.plusYears(2) + "\",\"extensionOptions\":\"One year\",\"contactName\":\"Jo Clarke\","
                + "\"contactEmail\":\"jo@norwich.gov.uk\",\"inRegister\":true,\"shareValue\":false,"
                + "\"shareContact\":true}";
        long contractId = id(post(officer, "/api/v1/contracts", contract));
        t.put("POST /api/v1/contracts", new Target(officer, contract, Map.of(), false));
        t.put("PUT /api/v1/contracts/{id}", new Target(officer, contract, Map.of("id", "" + contractId), false));
        t.put("POST /api/v1/contracts/register-confirmations", new Target(officer, null, Map.of(), false));
        String listing = "{\"title\":\"Fuzz payroll\",\"description\":\"made by ApiFuzzIT\",\"category\":\"HR\","
                + "\"priceBasis\":\"£3 a payslip\",\"area\":\"Norfolk\",\"contactEmail\":\"hr@norwich.gov.uk\"}";
        long listingToWithdraw = id(post(officer, "/api/v1/marketplace/listings", listing));
        long cambridgeListing = id(post("officer@cambridge.demo", "/api/v1/marketplace/listings", listing));
        String enquiry = "{\"listingId\":" + cambridgeListing + ",\"message\":\"made by ApiFuzzIT\"}";
        long toTrade = id(post(officer, "/api/v1/marketplace/enquiries", enquiry));
        long toClose = id(post(officer, "/api/v1/marketplace/enquiries", enquiry));
        t.put("POST /api/v1/marketplace/listings", new Target(officer, listing, Map.of(), false));
        t.put(
                "POST /api/v1/marketplace/listings/{id}/withdraw",
                new Target(officer, null, Map.of("id", "" + listingToWithdraw), false));
        t.put("POST /api/v1/marketplace/enquiries", new Target(officer, enquiry, Map.of(), false));
        t.put(
                "POST /api/v1/marketplace/enquiries/{id}/trade",
                new Target(
                        officer,
                        "{\"agreedOn\":\"" + today + "\",\"valuePence\":100000,\"terms\":\"Fuzz terms\"}",
                        Map.of("id", "" + toTrade),
                        false));
        t.put(
                "POST /api/v1/marketplace/enquiries/{id}/no-trade",
                new Target(officer, "{\"note\":\"Fuzz\"}", Map.of("id", "" + toClose), false));
        t.put(
                "POST /api/v1/staff/communications",
                new Target(
                        admin,
                        "{\"kind\":\"E_BULLETIN\",\"topic\":\"GENERAL\",\"title\":\"Fuzz bulletin\","
                                + "\"summary\":\"made by ApiFuzzIT\",\"link\":\"https://eelga.gov.uk/fuzz\","
                                + "\"publishedOn\":\"" + today + "\",\"recipients\":10,"
                                + "\"lgaExecutiveMeetingId\":null,\"meetingId\":null}",
                        Map.of(),
                        false));
        t.put(
                "POST /api/v1/staff/communications/lga-executive-meetings",
                new Target(
                        admin,
                        "{\"meetsOn\":\"" + today.plusDays(20 + (run.hashCode() & 0xff)) + "\",\"note\":\"Fuzz\"}",
                        Map.of(),
                        false));
        String draft = "{\"kind\":\"E_BULLETIN\",\"topic\":\"GENERAL\",\"title\":\"Fuzz sent bulletin\","
                + "\"text\":\"made by ApiFuzzIT\",\"link\":\"https://eelga.gov.uk/fuzz\","
                + "\"audience\":\"NAMED_COUNCILS\",\"councils\":[\"norwich\"]}";
        long draftToSend = id(post(admin, "/api/v1/staff/communications/drafts", draft));
        long sentToNorwich = id(post(admin, "/api/v1/staff/communications/drafts", draft));
        post(admin, "/api/v1/staff/communications/" + sentToNorwich + "/send", "");
        t.put("POST /api/v1/staff/communications/drafts", new Target(admin, draft, Map.of(), false));
        t.put(
                "POST /api/v1/staff/communications/{id}/send",
                new Target(admin, null, Map.of("id", "" + draftToSend), false));
        t.put(
                "POST /api/v1/communications/{id}/read",
                new Target(officer, null, Map.of("id", "" + sentToNorwich), false));
        t.put(
                "PUT /api/v1/communications/subscriptions",
                new Target(officer, "{\"topics\":[\"GENERAL\",\"HOUSING\"]}", Map.of(), false));
        t.put(
                "POST /api/v1/staff/follow-ups/councils/{councilId}",
                new Target(admin, commitment, Map.of("councilId", "norwich"), false));
        t.put(
                "POST /api/v1/staff/follow-ups/councils/{councilId}/{id}/done",
                new Target(
                        admin,
                        "{\"on\":\"" + today + "\",\"note\":\"Fuzz: called\"}",
                        Map.of("councilId", "norwich", "id", "" + followUp),
                        false));
        String staffHelpline = "/api/v1/staff/hr-helpline/councils/{councilId}/queries/{id}/";
        t.put(
                "POST " + staffHelpline + "answers",
                new Target(
                        admin,
                        "{\"text\":\"Fuzz answer\",\"askingBack\":false}",
                        Map.of("councilId", "norwich", "id", "" + helpline),
                        false));
        t.put(
                "POST " + staffHelpline + "close",
                new Target(
                        admin,
                        "{\"note\":\"Fuzz: closed\"}",
                        Map.of("councilId", "norwich", "id", "" + helpline),
                        false));
        t.put(
                "POST /api/v1/coaching/bookings/{id}/cancel",
                new Target(officer, null, Map.of("id", "" + toCancel), false));
        t.put(
                "POST /api/v1/council/event-registrations",
                new Target(
                        officer,
                        "{\"eventId\":" + eventId
                                + ",\"delegateName\":\"Fuzz Delegate\",\"delegateEmail\":\"fuzz.delegate@norwich.demo\"}",
                        Map.of(),
                        false));
        t.put(
                "PUT /api/v1/council/surveys/{id}/response",
                new Target(
                        officer,
                        "{\"submit\":false,\"answers\":" + "[{\"questionId\":" + question + ",\"values\":[\"Yes\"]}]}",
                        Map.of("id", "" + openSurvey),
                        false));
        t.put(
                "POST /api/v1/council/users",
                new Target(
                        councilAdmin,
                        "{\"email\":\"fuzz-" + run
                                + "-b@norwich.demo\",\"firstName\":\"Fuzz\",\"lastName\":\"Invitee\",\"roles\":[\"council-officer\"]}",
                        Map.of(),
                        true));
        t.put(
                "POST /api/v1/council/users/{userId}/deactivate",
                new Target(councilAdmin, null, Map.of("userId", invitee), true));
        t.put(
                "PUT /api/v1/council/users/{userId}/roles",
                new Target(councilAdmin, "{\"roles\":[\"council-officer\"]}", Map.of("userId", invitee), true));
        t.put(
                "POST /api/v1/councils",
                new Target(
                        admin,
                        "{\"id\":\"fuzz-onboarded\",\"name\":\"Fuzz Onboarded"
                                + " Council\",\"kind\":\"DISTRICT\",\"countyArea\":\"Norfolk\",\"emailDomains\":[\"fuzz-onboarded.demo\"],"
                                + "\"adminEmail\":\"admin@fuzz-onboarded.demo\",\"adminFirstName\":\"Fuzz\",\"adminLastName\":\"Admin\"}",
                        Map.of(),
                        true));
        t.put(
                "POST /api/v1/councils/merges",
                new Target(
                        admin,
                        "{\"predecessors\":[\"fuzz-alpha\"],\"successor\":\"fuzz-beta\",\"mergedOn\":\""
                                + today.plusDays(1) + "\"}",
                        Map.of(),
                        true));
        t.put(
                "POST /api/v1/councils/{councilId}/users",
                new Target(
                        admin,
                        "{\"email\":\"fuzz-" + run
                                + "-c@norwich.demo\",\"firstName\":\"Fuzz\",\"lastName\":\"Invitee\",\"roles\":[\"council-officer\"]}",
                        Map.of("councilId", "norwich"),
                        true));
        t.put(
                "POST /api/v1/councils/{councilId}/users/{userId}/deactivate",
                new Target(admin, null, Map.of("councilId", "norwich", "userId", invitee), true));
        t.put(
                "PUT /api/v1/councils/{councilId}/users/{userId}/roles",
                new Target(
                        admin,
                        "{\"roles\":[\"council-officer\"]}",
                        Map.of("councilId", "norwich", "userId", invitee),
                        true));
        t.put(
                "POST /api/v1/councils/{id}/leave",
                new Target(admin, "{\"reason\":\"Fuzz: leaving\"}", Map.of("id", "fuzz-gamma"), true));
        t.put("POST /api/v1/councils/{id}/move-people", new Target(admin, null, Map.of("id", "fuzz-alpha"), true));
        t.put("POST /api/v1/councils/{id}/onboarding", new Target(admin, null, Map.of("id", "fuzz-alpha"), true));
        t.put(
                "PUT /api/v1/councils/{id}/sign-in-provider",
                new Target(
                        admin,
                        "{\"discoveryUrl\":"
                                + "\"http://127.0.0.1:9/.well-known/openid-configuration\",\"clientId\":\"fuzz\",\"clientSecret\":"
                                + "\"fuzz-secret\",\"domain\":\"fuzz-beta.demo\",\"displayName\":\"Fuzz sign-in\"}",
                        Map.of("id", "fuzz-beta"),
                        true));
        t.put("POST /api/v1/engagement/meetings", new Target(admin, event, Map.of(), false));
        // a correction carries the planned details but what it is, its group and its event type
        t.put(
                "PUT /api/v1/engagement/meetings/{id}",
                new Target(
                        admin,
                        event.replace("{\"groupId\":null,\"eventType\":\"CONFERENCE\",", "{"),
                        Map.of("id", "" + toCorrectMeeting),
                        false));
        t.put(
                "PUT /api/v1/engagement/meetings/{id}/attendance",
                new Target(
                        admin,
                        "[{\"councilId\":\"norwich\","
                                + "\"seat\":1,\"status\":\"PRESENT\",\"personName\":\"Fuzz Person\",\"personEmail\":"
                                + "\"fuzz.person@norwich.demo\"}]",
                        Map.of("id", "" + eventId),
                        false));
        // a manual measure's value through the API (issue 14 point 2): the first manual measure of the framework
        long manualMeasure = -1;
        for (JsonNode theme : get(admin, "/api/v1/frameworks/" + framework).get("themes")) {
            for (JsonNode outcome : theme.get("outcomes")) {
                for (JsonNode action : outcome.get("actions")) {
                    for (JsonNode measure : action.get("measures")) {
                        if (manualMeasure < 0
                                && (measure.path("liveKind").isMissingNode()
                                        || measure.path("liveKind").isNull())
                                && "COUNT".equals(measure.get("type").asText())) {
                            manualMeasure = measure.get("id").asLong();
                        }
                    }
                }
            }
        }
        t.put(
                "POST /api/v1/measures/{measureId}/values",
                new Target(
                        admin,
                        "{\"period\":\""
                                + get(admin, "/api/v1/frameworks/" + framework)
                                        .get("framework")
                                        .get("year")
                                        .asText()
                                + " Q1\",\"value\":\"3\",\"valueDate\":null,\"commentary\":\"Fuzz: three"
                                + " bulletins\",\"redNote\":\"Fuzz note\",\"evidenceLink\":\"https://example.org/fuzz\"}",
                        Map.of("measureId", "" + manualMeasure),
                        false));
        // who a group expects (issue 14 point 1): a fuzz group of named councils, one meeting, one membership
        long fuzzGroup = post(
                        admin,
                        "/api/v1/engagement/groups",
                        "{\"code\":\"fuzz-group-" + run + "\",\"name\":\"Fuzz group " + run + "\","
                                + "\"audience\":\"NAMED_COUNCILS\",\"roles\":[{\"role\":\"LEADER\",\"seats\":1}],"
                                + "\"meetingsPerYear\":4}")
                .get("group")
                .get("id")
                .asLong();
        long fuzzMembership = id(post(
                admin,
                "/api/v1/engagement/groups/" + fuzzGroup + "/memberships",
                "{\"councilId\":\"cambridge\",\"from\":\"2017-04-01\"}"));
        long fuzzGroupMeeting = id(post(
                admin,
                "/api/v1/engagement/meetings",
                "{\"groupId\":" + fuzzGroup + ",\"title\":\"Fuzz group meeting\",\"startsAt\":\"2017-06-02T10:00:00\","
                        + "\"place\":\"Cambridge\",\"online\":false}"));
        t.put(
                "POST /api/v1/engagement/groups",
                new Target(
                        admin,
                        "{\"code\":\"fuzz-new-" + run + "\",\"name\":\"Fuzz new group " + run + "\","
                                + "\"description\":\"Fuzz\",\"audience\":\"ALL_COUNCILS\","
                                + "\"roles\":[{\"role\":\"LEADER\",\"seats\":1}],\"meetingsPerYear\":2}",
                        Map.of(),
                        false));
        t.put(
                "PUT /api/v1/engagement/groups/{id}",
                new Target(
                        admin,
                        "{\"name\":\"Fuzz group " + run + "\",\"description\":\"Fuzz\",\"meetingsPerYear\":4}",
                        Map.of("id", "" + fuzzGroup),
                        false));
        t.put(
                "PUT /api/v1/engagement/groups/{id}/roles",
                new Target(
                        admin,
                        "{\"roles\":[{\"role\":\"LEADER\",\"seats\":1},{\"role\":\"CHIEF_EXECUTIVE\",\"seats\":1}]}",
                        Map.of("id", "" + fuzzGroup),
                        false));
        t.put(
                "POST /api/v1/engagement/groups/{id}/memberships",
                new Target(
                        admin,
                        "{\"councilId\":\"norwich\",\"from\":\"2017-04-01\",\"to\":\"2018-03-31\"}",
                        Map.of("id", "" + fuzzGroup),
                        false));
        t.put(
                "POST /api/v1/engagement/memberships/{id}/end",
                new Target(admin, "{\"to\":\"2018-03-31\"}", Map.of("id", "" + fuzzMembership), false));
        t.put(
                "POST /api/v1/engagement/meetings/{id}/seat-exceptions",
                new Target(
                        admin,
                        "{\"councilId\":\"cambridge\",\"role\":\"LEADER\",\"reason\":\"Fuzz: vacancy\"}",
                        Map.of("id", "" + fuzzGroupMeeting),
                        false));
        t.put(
                "POST /api/v1/engagement/meetings/{id}/cancel",
                new Target(admin, "{\"reason\":\"Fuzz: cancelled\"}", Map.of("id", "" + toCancelMeeting), false));
        backOffice(t, run, admin, framework, manualMeasure);
        // closing a real period is for good; only periods of the wrong shape are sent to the real framework
        t.put(
                "POST /api/v1/frameworks/{id}/periods/{period}/close",
                new Target(admin, null, Map.of("id", "" + framework, "period", "2999-00"), false));
        String staffAppraisal = "/api/v1/staff/appraisal-requests/councils/{councilId}/{id}/";
        Map<String, String> appraisalPath = Map.of("councilId", "norwich", "id", "" + appraisal);
        t.put(
                "POST " + staffAppraisal + "schedule",
                new Target(
                        admin,
                        "{\"adviser\":\"Fuzz Adviser\",\"on\":\"" + today.plusDays(20) + "\"}",
                        appraisalPath,
                        false));
        t.put(
                "POST " + staffAppraisal + "delivered",
                new Target(admin, "{\"on\":\"" + today + "\"}", appraisalPath, false));
        t.put(
                "POST " + staffAppraisal + "decline",
                new Target(admin, "{\"reason\":\"Fuzz: declined\"}", appraisalPath, false));
        t.put(
                "POST /api/v1/staff/coaching/cohorts",
                new Target(
                        admin,
                        "{\"programme\":\"CPD\",\"name\":\"Fuzz cohort " + run + " b\",\"description\":\"Fuzz\"}",
                        Map.of(),
                        false));
        t.put(
                "POST /api/v1/staff/coaching/councils/{councilId}/bookings/{id}/attendance",
                new Target(
                        admin,
                        "{\"attended\":true,\"completed\":false}",
                        Map.of("councilId", "norwich", "id", "" + toAttend),
                        false));
        t.put("POST /api/v1/staff/coaching/sessions", new Target(admin, session, Map.of(), false));
        t.put(
                "POST /api/v1/staff/councils/{councilId}/approved-addresses",
                new Target(
                        admin,
                        "{\"email\":\"fuzz-" + run + "@partner.example\",\"reason\":\"Fuzz: a partner's delegate\"}",
                        Map.of("councilId", "norwich"),
                        false));
        t.put(
                "PUT /api/v1/staff/coaching/sessions/{id}",
                new Target(admin, session, Map.of("id", "" + sessionId), false));
        t.put(
                "POST /api/v1/stripe/webhook",
                new Target(
                        null,
                        "{\"id\":\"evt_fuzz\",\"object\":\"event\"," + "\"type\":\"invoice.paid\",\"created\":"
                                + now.getEpochSecond() + ",\"data\":{\"object\":{}}}",
                        Map.of(),
                        false));
        t.put("POST /api/v1/surveys", new Target(admin, survey, Map.of(), false));
        t.put("PUT /api/v1/surveys/{id}", new Target(admin, survey, Map.of("id", "" + draftSurvey), false));
        t.put("POST /api/v1/surveys/{id}/publish", new Target(admin, null, Map.of("id", "" + draftSurvey), false));
        t.put("POST /api/v1/surveys/{id}/reminders", new Target(admin, null, Map.of("id", "" + openSurvey), false));
        t.put(
                "POST /api/v1/surveys/{id}/returns/{councilId}",
                new Target(
                        admin,
                        "{\"receivedOn\":\"" + today + "\",\"source\":\"Fuzz email from the council\","
                                + "\"answers\":[{\"questionId\":" + question + ",\"values\":[\"Yes\"]}]}",
                        Map.of("id", "" + openSurvey, "councilId", "cambridge"),
                        false));
        long enteredReturn = post(
                        admin,
                        "/api/v1/surveys/" + openSurvey + "/returns/ipswich",
                        "{\"source\":\"Fuzz email from the council\",\"answers\":[{\"questionId\":" + question
                                + ",\"values\":[\"Yes\"]}]}")
                .get("responseId")
                .asLong();
        t.put(
                "POST /api/v1/surveys/returns/{responseId}/withdraw",
                new Target(
                        admin,
                        "{\"reason\":\"Fuzz: wrong council\"}",
                        Map.of("responseId", "" + enteredReturn),
                        false));
        t.put("POST /api/v1/talent-bank/requests", new Target(officer, tbRequest, Map.of(), false));
        t.put(
                "POST /api/v1/talent-bank/requests/{id}/quote/accept",
                new Target(officer, null, Map.of("id", "" + talentBankRequest), false));
        t.put(
                "POST /api/v1/talent-bank/requests/{id}/quote/decline",
                new Target(officer, "{\"reason\":\"Fuzz\"}", Map.of("id", "" + talentBankRequest), false));
        return t;
    }

    /** Framework years and a fee year no demo data uses: made and removed by this test. */
    private static final String FIXTURE_YEAR = "2036-37";

    private static final String ROLLED_YEAR = "2037-38";
    private static final String FEE_YEAR = "2009-10";

    /**
     * The back-office entries of issue 14: a framework year rolled forward (its measures edited), manual values
     * imported from CSV, past appraisal support, coaching delegates, paper evaluations and Talent Bank work, the
     * Talent Bank's catalogue and associates, and a membership fee. Each acts on fixtures made here.
     */
    private void backOffice(Map<String, Target> t, String run, String admin, long framework, long manualMeasure)
            throws Exception {
        String year = get(admin, "/api/v1/frameworks/" + framework)
                .get("framework")
                .get("year")
                .asText();
        long fixtureYear = id(post(
                admin,
                "/api/v1/frameworks/" + framework + "/roll-forward",
                "{\"year\":\"" + FIXTURE_YEAR + "\",\"title\":\"Fuzz framework " + FIXTURE_YEAR + "\"}"));
        t.put(
                "POST /api/v1/frameworks/{id}/roll-forward",
                new Target(
                        admin,
                        "{\"year\":\"" + ROLLED_YEAR + "\",\"title\":\"Fuzz framework " + ROLLED_YEAR + "\"}",
                        Map.of("id", "" + fixtureYear),
                        false));
        long percentMeasure = -1;
        for (JsonNode theme : get(admin, "/api/v1/frameworks/" + fixtureYear).get("themes")) {
            for (JsonNode outcome : theme.get("outcomes")) {
                for (JsonNode action : outcome.get("actions")) {
                    for (JsonNode measure : action.get("measures")) {
                        if (percentMeasure < 0
                                && "PERCENT".equals(measure.get("type").asText())) {
                            percentMeasure = measure.get("id").asLong();
                        }
                    }
                }
            }
        }
        assertThat(percentMeasure)
                .as("a percentage measure in the rolled-forward framework")
                .isPositive();
        t.put(
                "PUT /api/v1/measures/{id}",
                new Target(
                        admin,
                        "{\"description\":\"Fuzz: share of forms rated good\",\"target\":70,\"targetDate\":null,"
                                + "\"frequency\":\"Quarterly\",\"dataSource\":\"Evaluation forms\","
                                + "\"direction\":\"HIGHER_IS_BETTER\",\"tolerance\":5,"
                                + "\"liveKind\":\"evaluations-rated-good\",\"liveParameters\":{\"eventType\":\"SUMMIT\"},"
                                + "\"manualReason\":\"Fuzz: kept on paper before the platform\"}",
                        Map.of("id", "" + percentMeasure),
                        false));
        JsonNode fixtureTheme =
                get(admin, "/api/v1/frameworks/" + fixtureYear).get("themes").get(0);
        JsonNode fixtureOutcome = fixtureTheme.get("outcomes").get(0);
        String fixtureAction = fixtureOutcome.get("actions").get(0).get("id").asText();
        t.put(
                "POST /api/v1/frameworks/{id}/themes",
                new Target(
                        admin, "{\"number\":\"F1\",\"title\":\"Fuzz theme\"}", Map.of("id", "" + fixtureYear), false));
        t.put(
                "POST /api/v1/framework-themes/{id}/outcomes",
                new Target(
                        admin,
                        "{\"number\":\"F1.1\",\"text\":\"Fuzz outcome\"}",
                        Map.of("id", fixtureTheme.get("id").asText()),
                        false));
        t.put(
                "POST /api/v1/framework-outcomes/{id}/actions",
                new Target(
                        admin,
                        "{\"number\":\"F1.1.1\",\"text\":\"Fuzz action\",\"mechanism\":\"Fuzz\","
                                + "\"serviceArea\":\"CORE\"}",
                        Map.of("id", fixtureOutcome.get("id").asText()),
                        false));
        t.put(
                "POST /api/v1/framework-actions/{id}/measures",
                new Target(
                        admin,
                        "{\"description\":\"Fuzz measure\",\"type\":\"COUNT\",\"frequency\":\"Annual\","
                                + "\"dataSource\":\"Fuzz\",\"direction\":\"HIGHER_IS_BETTER\"}",
                        Map.of("id", fixtureAction),
                        false));
        t.put(
                "POST /api/v1/framework-parts/{level}/{id}/move",
                new Target(
                        admin,
                        "{\"step\":\"DOWN\",\"parentId\":null}",
                        Map.of(
                                "level",
                                "outcome",
                                "id",
                                fixtureOutcome.get("id").asText()),
                        false));
        t.put(
                "POST /api/v1/measure-values/import",
                new Target(
                        admin,
                        "measure_id,period,value,commentary\n" + manualMeasure + "," + year
                                + " Q2,4,Fuzz: four bulletins\n",
                        Map.of(),
                        false,
                        "text/csv"));
        t.put(
                "POST /api/v1/staff/appraisal-requests/councils/{councilId}/past",
                new Target(
                        admin,
                        "{\"requestedOn\":\"2017-05-02\",\"deliveredOn\":\"2017-06-20\",\"adviser\":\"Fuzz Adviser\","
                                + "\"declinedBecause\":null,\"source\":\"Fuzz spreadsheet\"}",
                        Map.of("councilId", "norwich"),
                        false));
        long enteredSupport = id(post(
                admin,
                "/api/v1/staff/appraisal-requests/councils/cambridge/past",
                "{\"requestedOn\":\"2017-05-09\",\"source\":\"Fuzz spreadsheet\"}"));
        t.put(
                "POST /api/v1/staff/appraisal-requests/past/{id}/withdraw",
                new Target(admin, "{\"reason\":\"Fuzz: wrong council\"}", Map.of("id", "" + enteredSupport), false));
        long cohort = id(post(
                admin,
                "/api/v1/staff/coaching/cohorts",
                "{\"programme\":\"ILM7\",\"name\":\"Fuzz past cohort " + run + "\",\"description\":\"\"}"));
        long pastSession = id(post(
                admin,
                "/api/v1/staff/coaching/sessions",
                "{\"cohortId\":" + cohort + ",\"title\":\"Fuzz past session\",\"startsAt\":\"2017-10-02T09:00:00Z\","
                        + "\"endsAt\":\"2017-10-02T16:00:00Z\",\"venue\":\"Cambridge\",\"capacity\":500,"
                        + "\"pricePence\":0,\"cancellationCutoff\":\"2017-09-25T09:00:00Z\"}"));
        t.put(
                "POST /api/v1/staff/coaching/sessions/{id}/past-delegates",
                new Target(
                        admin,
                        "{\"councilId\":\"norwich\",\"delegateName\":\"Fuzz Delegate\","
                                + "\"delegateEmail\":\"fuzz.past@norwich.demo\",\"attended\":true,\"completed\":true,"
                                + "\"source\":\"Fuzz register\"}",
                        Map.of("id", "" + pastSession),
                        false));
        long enteredDelegate = id(post(
                admin,
                "/api/v1/staff/coaching/sessions/" + pastSession + "/past-delegates",
                "{\"councilId\":\"cambridge\",\"delegateName\":\"Fuzz Withdrawn\","
                        + "\"delegateEmail\":\"fuzz.withdrawn@cambridge.demo\",\"attended\":true,\"completed\":false,"
                        + "\"source\":\"Fuzz register\"}"));
        t.put(
                "POST /api/v1/staff/coaching/sessions/{id}/past-delegates/{bookingId}/withdraw",
                new Target(
                        admin,
                        "{\"reason\":\"Fuzz: wrong session\"}",
                        Map.of("id", "" + pastSession, "bookingId", "" + enteredDelegate),
                        false));
        long pastEvent = id(post(
                admin,
                "/api/v1/engagement/meetings",
                "{\"eventType\":\"SUMMIT\",\"title\":\"Fuzz past summit\",\"startsAt\":\"2017-06-15T10:00:00\","
                        + "\"place\":\"Newmarket\",\"online\":false}"));
        t.put(
                "POST /api/v1/staff/events/{meetingId}/paper-evaluations",
                new Target(
                        admin,
                        "{\"source\":\"Fuzz paper form\",\"counts\":[{\"rating\":5,\"forms\":10},{\"rating\":4,\"forms\":3}]}",
                        Map.of("meetingId", "" + pastEvent),
                        false));
        long paperEntry = post(
                        admin,
                        "/api/v1/staff/events/" + pastEvent + "/paper-evaluations",
                        "{\"source\":\"Fuzz paper form\",\"counts\":[{\"rating\":3,\"forms\":2}]}")
                .get(0)
                .get("id")
                .asLong();
        t.put(
                "POST /api/v1/staff/events/{meetingId}/paper-evaluations/{id}/withdraw",
                new Target(
                        admin,
                        "{\"reason\":\"Fuzz: entered twice\"}",
                        Map.of("meetingId", "" + pastEvent, "id", "" + paperEntry),
                        false));
        String service = "{\"areaId\":\"public-service-reform\",\"name\":\"Fuzz service " + run + "\","
                + "\"description\":\"Fuzz: redesign of services\",\"indicativeDayRatePence\":65000,\"active\":true}";
        long serviceId = id(post(admin, "/api/v1/staff/talent-bank/services", service));
        t.put("POST /api/v1/staff/talent-bank/services", new Target(admin, service, Map.of(), false));
        t.put(
                "PUT /api/v1/staff/talent-bank/services/{id}",
                new Target(admin, service, Map.of("id", "" + serviceId), false));
        String associate = "{\"name\":\"Fuzz Associate\",\"email\":\"jo-" + run + "@fuzz.test\","
                + "\"areaId\":\"public-service-reform\",\"costDayRatePence\":40000,\"chargeDayRatePence\":60000,"
                + "\"from\":\"2017-04-01\"}";
        long associateId = id(post(admin, "/api/v1/staff/talent-bank/associates", associate));
        t.put(
                "POST /api/v1/staff/talent-bank/associates",
                new Target(admin, associate.replace("jo-", "al-"), Map.of(), false));
        t.put(
                "POST /api/v1/staff/talent-bank/associates/{id}/rates",
                new Target(
                        admin,
                        "{\"from\":\"2018-04-01\",\"costDayRatePence\":45000,\"chargeDayRatePence\":70000}",
                        Map.of("id", "" + associateId),
                        false));
        t.put(
                "POST /api/v1/staff/talent-bank/councils/{councilId}/past-work",
                new Target(
                        admin,
                        "{\"serviceId\":" + serviceId + ",\"associateId\":" + associateId
                                + ",\"scope\":\"Fuzz: customer services review\",\"startOn\":\"2017-07-03\","
                                + "\"endOn\":\"2017-09-29\",\"days\":10.5,\"invoiceReference\":\"FUZZ-2017-1\","
                                + "\"source\":\"Fuzz invoice\"}",
                        Map.of("councilId", "norwich"),
                        false));
        long enteredWork = post(
                        admin,
                        "/api/v1/staff/talent-bank/councils/cambridge/past-work",
                        "{\"serviceId\":" + serviceId + ",\"associateId\":" + associateId
                                + ",\"scope\":\"Fuzz: entered for the wrong council\",\"startOn\":\"2017-07-03\","
                                + "\"endOn\":\"2017-07-07\",\"days\":5,\"source\":\"Fuzz invoice\"}")
                .get("requestId")
                .asLong();
        t.put(
                "POST /api/v1/staff/talent-bank/past-work/{requestId}/withdraw",
                new Target(
                        admin, "{\"reason\":\"Fuzz: wrong council\"}", Map.of("requestId", "" + enteredWork), false));
        t.put(
                "PUT /api/v1/staff/membership-fees/{year}/{kind}",
                new Target(
                        admin,
                        "{\"feePence\":325000,\"vatRate\":0.2}",
                        Map.of("year", FEE_YEAR, "kind", "DISTRICT"),
                        false));
        t.put(
                "PUT /api/v1/staff/talent-bank/targets/{year}",
                new Target(
                        admin,
                        "{\"areaId\":\"procurement\",\"grossProfitPence\":5000000}",
                        Map.of("year", FEE_YEAR),
                        false));
        String area = post(admin, "/api/v1/staff/talent-bank/areas", "{\"name\":\"Fuzz area " + run + "\"}")
                .get("id")
                .asText();
        t.put(
                "POST /api/v1/staff/talent-bank/areas",
                new Target(admin, "{\"name\":\"Fuzz area " + run + " b\"}", Map.of(), false));
        t.put(
                "PUT /api/v1/staff/talent-bank/areas/{id}",
                new Target(admin, "{\"name\":\"Fuzz area " + run + " c\"}", Map.of("id", area), false));
    }

    /** Three councils that exist only for this test, with no Keycloak organisation: merged, left, linked. */
    private static void sacrificialCouncils() throws Exception {
        try (Connection owner = TestDatabase.asOwner();
                Statement sql = owner.createStatement()) {
            deleteSacrificialCouncils(sql);
            deleteBackOffice(sql);
            sql.execute("insert into council (id, name, kind, county_area) values"
                    + " ('fuzz-alpha', 'Fuzz Alpha District Council', 'DISTRICT', 'Norfolk'),"
                    + " ('fuzz-beta', 'Fuzz Beta District Council', 'DISTRICT', 'Norfolk'),"
                    + " ('fuzz-gamma', 'Fuzz Gamma District Council', 'DISTRICT', 'Norfolk')");
            sql.execute("insert into council_domain (domain, council_id) values ('fuzz-beta.demo', 'fuzz-beta')");
        }
    }

    private static void deleteSacrificialCouncils(Statement sql) throws Exception {
        sql.execute("delete from council_domain where council_id like 'fuzz-%'");
        sql.execute("delete from merge_carried_item where tenant_id like 'fuzz-%' or from_council like 'fuzz-%'");
        sql.execute("update council set successor_id = null, merged_on = null where id like 'fuzz-%'"
                + " or successor_id like 'fuzz-%'");
        sql.execute("delete from council where id like 'fuzz-%'");
    }

    /** The back-office fixtures of {@link #backOffice}, and what the good requests made from them. */
    private static void deleteBackOffice(Statement sql) throws Exception {
        sql.execute("delete from measure_value where commentary like 'Fuzz%'");
        sql.execute("delete from framework where year_label in ('" + FIXTURE_YEAR + "', '" + ROLLED_YEAR + "')");
        sql.execute("delete from evaluation_paper_form where meeting_id in"
                + " (select id from engagement_meeting where title like 'Fuzz past%')");
        sql.execute("delete from engagement_meeting where title like 'Fuzz past%'");
        sql.execute("delete from talent_bank_associate_rate where associate_id in"
                + " (select id from talent_bank_associate where email like '%@fuzz.test')");
        sql.execute("delete from talent_bank_associate where email like '%@fuzz.test'");
        sql.execute("delete from talent_bank_service where name like 'Fuzz%'");
        sql.execute("delete from billing_membership_fee where financial_year = '" + FEE_YEAR + "'");
        sql.execute("delete from talent_bank_target where financial_year = '" + FEE_YEAR + "'");
    }

    /** The last Talent Bank area's place: the areas the fuzz adds (under whatever name) come after it. */
    private static long lastAreaOrder() throws Exception {
        try (Connection owner = TestDatabase.asOwner();
                Statement sql = owner.createStatement();
                var rows = sql.executeQuery("select coalesce(max(sort_order), 0) from talent_bank_area")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The newest meeting's id: the fuzz's own meetings (association events have no group) come after it. */
    private static long lastMeetingId() throws Exception {
        try (Connection owner = TestDatabase.asOwner();
                Statement sql = owner.createStatement();
                var rows = sql.executeQuery("select coalesce(max(id), 0) from engagement_meeting")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void cleanUp(String run, long meetingsBefore) throws Exception {
        TestDatabase.clearTenantData();
        try (Connection owner = TestDatabase.asOwner();
                Statement sql = owner.createStatement()) {
            deleteSacrificialCouncils(sql);
            deleteBackOffice(sql);
            // the fuzz's accepted events would otherwise fill the later page tests' meeting lists
            sql.execute("update survey set meeting_id = null where meeting_id > " + meetingsBefore);
            sql.execute("delete from engagement_meeting where id > " + meetingsBefore
                    + " or group_id in (select id from engagement_group where code like 'fuzz-%')");
            sql.execute("delete from engagement_group where code like 'fuzz-%'");
            String added = "(select id from talent_bank_area where sort_order > " + lastAreaBefore + ")";
            sql.execute("delete from talent_bank_service where area_id in " + added);
            sql.execute("delete from talent_bank_area where sort_order > " + lastAreaBefore);
        }
        if (keycloak.findOrganisation("fuzz-onboarded").isPresent()) {
            keycloak.deleteOrganisation("fuzz-onboarded");
        }
        keycloak.deleteUserByEmail("admin@fuzz-onboarded.demo");
        for (String suffix : List.of("", "-b", "-c")) {
            keycloak.deleteUserByEmail("fuzz-" + run + suffix + "@norwich.demo");
        }
    }

    private JsonNode post(String user, String path, String json) throws Exception {
        Answer answer = send("POST", path, user, json.getBytes(), "application/json");
        assertThat(answer.status()).as("fixture %s: %s", path, answer.body()).isBetween(200, 299);
        return JSON.readTree(answer.body());
    }

    private JsonNode get(String user, String path) throws Exception {
        Answer answer = send("GET", path, user, null, null);
        assertThat(answer.status()).as("fixture %s: %s", path, answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static long id(JsonNode created) {
        return created.get("id").asLong();
    }

    private static String path(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    record Answer(int status, String contentType, String body) {}

    private Answer send(String method, String path, String user, byte[] body, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.base() + path))
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        HttpResponse<String> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            // The client reused a kept-alive connection the server had just closed (after refusing a huge body it
            // did not read): the request never reached the platform, so it is sent once more on a new connection.
            if (e.getMessage() == null || !e.getMessage().contains("received no bytes")) {
                throw e;
            }
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        return new Answer(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    /** Real tokens from Keycloak, fetched again after a minute so none expires during the run. */
    private String token(String user) {
        Instant at = issued.get(user);
        if (at == null || at.isBefore(Instant.now().minusSeconds(60))) {
            tokens.put(user, DemoTokens.accessToken(user));
            issued.put(user, Instant.now());
        }
        return tokens.get(user);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
