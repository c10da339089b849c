package uk.org.eelga.platform.web;

import java.util.HashSet;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;

/** Jetty's connectors as the platform wants them: anonymous, and trusting only the configured proxies. */
public final class JettyConnectors {

    private JettyConnectors() {}

    public static void harden(Server server, WebSettings settings) {
        for (Connector connector : server.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http == null) {
                continue;
            }
            HttpConfiguration config = http.getHttpConfiguration();
            config.setSendServerVersion(false);
            config.setSendXPoweredBy(false);
            config.getCustomizers()
                    .removeIf(c -> c instanceof ForwardedRequestCustomizer || c instanceof TrustedForwarded);
            config.addCustomizer(new TrustedForwarded(new HashSet<>(settings.trustedProxies())));
        }
    }
}
