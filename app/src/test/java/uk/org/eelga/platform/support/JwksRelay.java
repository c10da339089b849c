package uk.org.eelga.platform.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Serves the real realm's keys (fetched from Keycloak) from a local address the test can switch off: Keycloak going
 * down, as far as the platform's token checks can tell, without stopping Keycloak.
 */
public final class JwksRelay implements AutoCloseable {

    private final HttpServer server;

    public JwksRelay() throws IOException, InterruptedException {
        byte[] keys = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        DemoTokens.keycloak() + "/realms/eelga/protocol/openid-connect/certs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                .body();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/certs", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keys.length);
            exchange.getResponseBody().write(keys);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/certs";
    }

    /** Keycloak is down. */
    public void stop() {
        server.stop(0);
    }

    @Override
    public void close() {
        stop();
    }
}
