package uk.org.eelga.platform.ops;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The management port: {@code GET /metrics} in Prometheus' text format, on a port of its own
 * ({@code MANAGEMENT_PORT}; {@code MANAGEMENT_HOST}, by default the same interface as the platform), so that the
 * metrics never pass through the public proxy and need no sign-in: the port is reachable only where the deployment
 * lets it be (the cluster's network, Prometheus). Off when the port is unset (-1); 0 picks a free port (tests).
 */
@Context
@Requires(property = "eelga.management.port")
public class ManagementServer {

    private static final Logger LOG = LoggerFactory.getLogger(ManagementServer.class);
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;

    ManagementServer(
            PrometheusMeterRegistry registry,
            @Value("${eelga.management.host:}") String managementHost,
            @Value("${micronaut.server.host:127.0.0.1}") String serverHost,
            @Value("${eelga.management.port}") int port) {
        String host = managementHost == null || managementHost.isBlank() ? serverHost : managementHost.strip();
        if (port < 0) {
            server = null;
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 16);
        } catch (IOException e) {
            throw new UncheckedIOException("The management port " + host + ":" + port + " cannot be opened", e);
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                if (!path.equals("/metrics") && !path.equals("/prometheus")) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                if (!exchange.getRequestMethod().equals("GET")) {
                    exchange.getResponseHeaders().set("Allow", "GET");
                    exchange.sendResponseHeaders(405, -1);
                    return;
                }
                byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "management");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        LOG.info("Metrics on http://{}:{}/metrics", host, port());
    }

    /** The port listened on, -1 when off. */
    public int port() {
        return server == null ? -1 : server.getAddress().getPort();
    }

    @PreDestroy
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
