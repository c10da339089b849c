package uk.org.eelga.stripe.stub;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * A small HTTP server that answers like Stripe's API for customers, invoices and invoice items: form-encoded
 * requests in, JSON objects out ({@code cus_...}, {@code in_...}, {@code ii_...}). It records every request,
 * replays the stored answer for a repeated {@code Idempotency-Key} (as Stripe does), and can be told to fail the
 * next requests before doing anything ({@link #failNextRequests}) or after doing the work but losing the answer,
 * like a timeout ({@link #loseNextAnswers}). {@link #pay} and {@link #event} make webhook events, {@link #deliver}
 * signs and posts them like Stripe.
 *
 * <p>Like a Stripe account with a webhook endpoint, it can be given the platform's endpoint and signing secret
 * ({@link #sendWebhooksTo}); Stripe's {@code POST /v1/invoices/{id}/pay} then marks the invoice paid and sends the
 * signed {@code invoice.paid} event there, answering with the invoice and, in the header
 * {@value #WEBHOOK_STATUS_HEADER}, the status the endpoint answered (the console's "Simulate payment").
 *
 * <p>Run on its own ({@code java -jar stripe-stub.jar}, as {@code infra/stripe-stub/stripe-stub.sh} does) it reads
 * {@code STRIPE_STUB_PORT}, {@code STRIPE_STUB_WEBHOOK_URL} and {@code STRIPE_WEBHOOK_SECRET}.
 */
public final class StripeStub implements AutoCloseable {

    /** The answer header of {@code POST /v1/invoices/{id}/pay} with the status the webhook endpoint answered. */
    public static final String WEBHOOK_STATUS_HEADER = "Stripe-Stub-Webhook-Status";

    /** One request as received. */
    public record Recorded(String method, String path, String idempotencyKey, Map<String, String> form) {}

    /** An answer; {@code event}: a webhook event to send before answering (then its status is in a header). */
    private record Answer(int status, String body, String event, Map<String, String> headers) {
        Answer(int status, String body) {
            this(status, body, null, Map.of());
        }

        Answer withWebhookStatus(int webhookStatus) {
            return new Answer(status, body, null, Map.of(WEBHOOK_STATUS_HEADER, String.valueOf(webhookStatus)));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Clock clock;
    private final Map<String, ObjectNode> customers = new LinkedHashMap<>();
    private final Map<String, ObjectNode> invoices = new LinkedHashMap<>();
    private final Map<String, Answer> idempotent = new HashMap<>();
    private final List<Recorded> requests = new ArrayList<>();
    private int failNext;
    private int loseNext;
    private String apiVersion;
    private String webhookUrl;
    private String webhookSecret;

    private StripeStub(HttpServer server, Clock clock) {
        this.server = server;
        this.clock = clock;
    }

    /** Starts on 127.0.0.1 at {@code port} (0: any free port). */
    public static StripeStub start(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            StripeStub stub = new StripeStub(server, Clock.systemUTC());
            server.createContext("/", stub::handle);
            server.setExecutor(Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "stripe-stub");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return stub;
        } catch (IOException e) {
            throw new IllegalStateException("The Stripe stub could not listen on port " + port, e);
        }
    }

    /** Runs the stub on its own until the process is stopped; see the class documentation for its settings. */
    public static void main(String[] args) throws InterruptedException {
        String port = System.getenv("STRIPE_STUB_PORT");
        StripeStub stub = start(port == null || port.isBlank() ? 0 : Integer.parseInt(port));
        String url = System.getenv("STRIPE_STUB_WEBHOOK_URL");
        String secret = System.getenv("STRIPE_WEBHOOK_SECRET");
        if (url != null && !url.isBlank() && secret != null && !secret.isBlank()) {
            stub.sendWebhooksTo(url, secret);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stub::close));
        System.out.println("Stripe stub at " + stub.baseUrl() + (url == null ? "" : ", webhooks to " + url));
        Thread.currentThread().join();
    }

    /** Where {@code POST /v1/invoices/{id}/pay} sends the signed {@code invoice.paid} event, as Stripe would. */
    public synchronized void sendWebhooksTo(String url, String secret) {
        this.webhookUrl = url;
        this.webhookSecret = secret;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public synchronized void failNextRequests(int count) {
        failNext = count;
    }

    public synchronized void loseNextAnswers(int count) {
        loseNext = count;
    }

    public synchronized List<Recorded> requests() {
        return List.copyOf(requests);
    }

    public synchronized int invoiceCount() {
        return invoices.size();
    }

    public synchronized int customerCount() {
        return customers.size();
    }

    public synchronized Optional<Map<String, Object>> invoice(String id) {
        ObjectNode invoice = invoices.get(id);
        return invoice == null ? Optional.empty() : Optional.of(JSON.convertValue(invoice, Map.class));
    }

    /** Marks an open invoice paid (as a customer paying it would) and returns the {@code invoice.paid} event. */
    public synchronized String pay(String invoiceId) {
        ObjectNode invoice = invoices.get(invoiceId);
        if (invoice == null) {
            throw new IllegalArgumentException("No invoice " + invoiceId);
        }
        long now = clock.instant().getEpochSecond();
        invoice.put("status", "paid")
                .put("paid", true)
                .put("amount_paid", invoice.get("amount_due").asLong());
        invoice.put("amount_remaining", 0);
        ((ObjectNode) invoice.get("status_transitions")).put("paid_at", now);
        return event("invoice.paid", invoiceId, now);
    }

    /** A webhook event of {@code type} carrying the invoice as it is now, created at {@code createdEpochSeconds}. */
    public synchronized String event(String type, String invoiceId, long createdEpochSeconds) {
        ObjectNode invoice = invoices.get(invoiceId);
        if (invoice == null) {
            throw new IllegalArgumentException("No invoice " + invoiceId);
        }
        ObjectNode event = JSON.createObjectNode();
        event.put("id", "evt_" + random());
        event.put("object", "event");
        event.put("api_version", apiVersion);
        event.put("created", createdEpochSeconds);
        event.put("livemode", false);
        event.put("pending_webhooks", 1);
        event.put("type", type);
        event.putObject("data").set("object", invoice.deepCopy());
        return event.toString();
    }

    /** Signs {@code payload} with {@code secret} like Stripe and posts it to {@code url}; returns the HTTP status. */
    public static int deliver(String url, String payload, String secret) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .header("Content-Type", "application/json")
                                    .header(
                                            "Stripe-Signature",
                                            StripeSignature.header(
                                                    payload,
                                                    secret,
                                                    Clock.systemUTC().instant().getEpochSecond()))
                                    .POST(HttpRequest.BodyPublishers.ofString(payload))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return response.statusCode();
        } catch (IOException e) {
            throw new IllegalStateException("Could not deliver the webhook to " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Answer answer = answer(exchange);
            if (answer.event() != null) {
                // sent like Stripe's webhooks, outside the lock: the platform may call the API while it handles it
                answer = answer.withWebhookStatus(deliver(webhookUrl, answer.event(), webhookSecret));
            }
            send(exchange, answer);
        }
    }

    private synchronized Answer answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        Map<String, String> form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (exchange.getRequestURI().getRawQuery() != null) {
            form.putAll(parse(exchange.getRequestURI().getRawQuery()));
        }
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        // events carry the API version the platform's client speaks, as Stripe's carry the account's
        String version = exchange.getRequestHeaders().getFirst("Stripe-Version");
        if (version != null) {
            apiVersion = version;
        }
        requests.add(new Recorded(method, path, key, Map.copyOf(form)));
        if (failNext > 0) {
            failNext--;
            return new Answer(500, error("api_error", "The Stripe stub was told to fail"));
        }
        String idempotencyScope = key == null ? null : method + " " + path + " " + key;
        Answer answer = idempotencyScope == null ? null : idempotent.get(idempotencyScope);
        if (answer == null) {
            answer = answer(method, path, form);
            if (idempotencyScope != null && answer.status() < 500) {
                // a replay answers the same and sends no second event
                idempotent.put(idempotencyScope, new Answer(answer.status(), answer.body()));
            }
        }
        if (loseNext > 0) {
            loseNext--;
            return new Answer(500, error("api_error", "The Stripe stub lost its answer"));
        }
        return answer;
    }

    private Answer answer(String method, String path, Map<String, String> form) {
        String[] parts = path.split("/");
        // "", "v1", resource, id?, action?
        if (parts.length < 3 || !"v1".equals(parts[1])) {
            return notFound(path);
        }
        String resource = parts[2];
        if ("POST".equals(method) && parts.length == 3 && "customers".equals(resource)) {
            return ok(createCustomer(form));
        }
        if ("POST".equals(method) && parts.length == 3 && "invoices".equals(resource)) {
            if (!customers.containsKey(form.get("customer"))) {
                return new Answer(400, error("invalid_request_error", "No such customer: " + form.get("customer")));
            }
            return ok(createInvoice(form));
        }
        if ("POST".equals(method) && parts.length == 3 && "invoiceitems".equals(resource)) {
            return addItem(form);
        }
        if ("invoices".equals(resource) && parts.length >= 4) {
            ObjectNode invoice = invoices.get(parts[3]);
            if (invoice == null) {
                return notFound(parts[3]);
            }
            if ("GET".equals(method) && parts.length == 4) {
                return ok(invoice);
            }
            if ("POST".equals(method) && parts.length == 5 && "finalize".equals(parts[4])) {
                if (!"draft".equals(invoice.get("status").asText())) {
                    return new Answer(400, error("invalid_request_error", "This invoice is already finalized"));
                }
                invoice.put("status", "open");
                invoice.put(
                        "hosted_invoice_url",
                        baseUrl() + "/hosted/" + invoice.get("id").asText());
                invoice.put("number", "EELGA-" + String.format("%04d", invoices.size()));
                ((ObjectNode) invoice.get("status_transitions"))
                        .put("finalized_at", clock.instant().getEpochSecond());
                return ok(invoice);
            }
            if ("POST".equals(method) && parts.length == 5 && "send".equals(parts[4])) {
                return ok(invoice);
            }
            if ("POST".equals(method) && parts.length == 5 && "pay".equals(parts[4])) {
                return paid(invoice);
            }
            if ("POST".equals(method) && parts.length == 5 && "void".equals(parts[4])) {
                invoice.put("status", "void");
                return ok(invoice);
            }
        }
        return notFound(path);
    }

    /** Stripe's "pay an invoice": paid now, and the signed event sent to the webhook endpoint if there is one. */
    private Answer paid(ObjectNode invoice) {
        if (!"open".equals(invoice.get("status").asText())) {
            return new Answer(400, error("invalid_request_error", "Only an open invoice can be paid"));
        }
        String event = pay(invoice.get("id").asText());
        return new Answer(200, invoice.toString(), webhookUrl == null ? null : event, Map.of());
    }

    private ObjectNode createCustomer(Map<String, String> form) {
        ObjectNode customer = JSON.createObjectNode();
        customer.put("id", "cus_" + random());
        customer.put("object", "customer");
        customer.put("name", form.get("name"));
        customer.put("email", form.get("email"));
        customer.put("created", clock.instant().getEpochSecond());
        customer.set("metadata", metadata(form));
        customers.put(customer.get("id").asText(), customer);
        return customer;
    }

    private ObjectNode createInvoice(Map<String, String> form) {
        ObjectNode invoice = JSON.createObjectNode();
        invoice.put("id", "in_" + random());
        invoice.put("object", "invoice");
        invoice.put("customer", form.get("customer"));
        invoice.put("currency", form.getOrDefault("currency", "gbp"));
        invoice.put("collection_method", form.getOrDefault("collection_method", "charge_automatically"));
        invoice.put("description", form.get("description"));
        invoice.put("status", "draft");
        invoice.put("paid", false);
        invoice.put("amount_due", 0);
        invoice.put("amount_paid", 0);
        invoice.put("amount_remaining", 0);
        invoice.put("subtotal", 0);
        invoice.put("total", 0);
        invoice.put("created", clock.instant().getEpochSecond());
        if (form.containsKey("due_date")) {
            invoice.put("due_date", Long.parseLong(form.get("due_date")));
        }
        ArrayNode fields = invoice.putArray("custom_fields");
        for (int i = 0; form.containsKey("custom_fields[" + i + "][name]"); i++) {
            fields.addObject()
                    .put("name", form.get("custom_fields[" + i + "][name]"))
                    .put("value", form.get("custom_fields[" + i + "][value]"));
        }
        invoice.set("metadata", metadata(form));
        invoice.putObject("status_transitions");
        ObjectNode lines = invoice.putObject("lines");
        lines.put("object", "list");
        lines.putArray("data");
        lines.put("has_more", false);
        lines.put("url", "/v1/invoices/" + invoice.get("id").asText() + "/lines");
        invoices.put(invoice.get("id").asText(), invoice);
        return invoice;
    }

    private Answer addItem(Map<String, String> form) {
        ObjectNode invoice = invoices.get(form.get("invoice"));
        if (invoice == null) {
            return new Answer(400, error("invalid_request_error", "No such invoice: " + form.get("invoice")));
        }
        if (!"draft".equals(invoice.get("status").asText())) {
            return new Answer(400, error("invalid_request_error", "The invoice is no longer a draft"));
        }
        long amount;
        try {
            amount = Long.parseLong(form.get("amount"));
        } catch (NumberFormatException e) {
            return new Answer(400, error("invalid_request_error", "Invalid integer: " + form.get("amount")));
        }
        ObjectNode item = JSON.createObjectNode();
        item.put("id", "ii_" + random());
        item.put("object", "invoiceitem");
        item.put("amount", amount);
        item.put("currency", form.getOrDefault("currency", "gbp"));
        item.put("customer", form.get("customer"));
        item.put("description", form.get("description"));
        item.put("invoice", invoice.get("id").asText());
        item.set("metadata", metadata(form));
        ((ArrayNode) invoice.get("lines").get("data"))
                .addObject()
                .put("id", "il_" + random())
                .put("object", "line_item")
                .put("amount", amount)
                .put("description", form.get("description"));
        for (String total : List.of("subtotal", "total", "amount_due", "amount_remaining")) {
            invoice.put(total, invoice.get(total).asLong() + amount);
        }
        return ok(item);
    }

    private static ObjectNode metadata(Map<String, String> form) {
        ObjectNode metadata = JSON.createObjectNode();
        form.forEach((name, value) -> {
            if (name.startsWith("metadata[") && name.endsWith("]")) {
                metadata.put(name.substring("metadata[".length(), name.length() - 1), value);
            }
        });
        return metadata;
    }

    private static Answer ok(ObjectNode body) {
        return new Answer(200, body.toString());
    }

    private static Answer notFound(String what) {
        return new Answer(404, error("invalid_request_error", "No such resource: " + what));
    }

    private static String error(String type, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("type", type).put("message", message);
        return body.toString();
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Request-Id", "req_" + random());
        answer.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> parse(String encoded) {
        Map<String, String> form = new LinkedHashMap<>();
        if (encoded == null || encoded.isBlank()) {
            return form;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.put(name, value);
        }
        return form;
    }

    private static String random() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }
}
