package uk.org.eelga.platform.web;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Set;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * Believes {@code X-Forwarded-*} (and {@code Forwarded}) only on connections from a configured proxy address; from
 * anyone else the headers change nothing (scheme, host, client address stay what the connection says).
 */
final class TrustedForwarded implements HttpConfiguration.Customizer {

    private final ForwardedRequestCustomizer forwarded = new ForwardedRequestCustomizer();
    private final Set<String> proxies;

    TrustedForwarded(Set<String> proxies) {
        this.proxies = Set.copyOf(proxies);
    }

    @Override
    public void customize(Connector connector, HttpConfiguration config, Request request) {
        if (!proxies.isEmpty() && proxies.contains(peer(request))) {
            forwarded.customize(connector, config, request);
        }
    }

    private static String peer(Request request) {
        SocketAddress remote = request.getHttpChannel().getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet && inet.getAddress() != null
                ? inet.getAddress().getHostAddress()
                : "";
    }
}
